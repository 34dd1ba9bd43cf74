import { LitElement, css, html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { adapterContext } from '../../data/context.js';
import { RestAdapter } from '../../data/adapters/rest.js';
import { StaticAdapter } from '../../data/adapters/static.js';
import type { WaymarkAdapter } from '../../data/adapters/types.js';
import type { AdapterSource } from '../../data/resolve.js';
import { AdapterChangeEvent } from './events.js';

export const SOURCE_TYPES = ['rest', 'static'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/**
 * Configures a data adapter for the page, with no UI. Elements use it when
 * they name it (`source="id"`) or sit inside it (provided through @lit/context).
 * Changing its attributes reloads every element that uses it.
 *
 * @summary A data adapter configured in HTML: REST API or static JSON.
 * @tagname wm-data-source
 * @slot - Elements that take their data from this source.
 * @fires wm-adapter-change - When the adapter it provides changes (does not bubble); elements naming it reload.
 */
export class DataSource extends LitElement implements AdapterSource {
  static override styles = css`
    :host {
      display: contents;
    }
  `;
  static override properties: PropertyDeclarations = {
    type: { reflect: true },
    baseUrl: { attribute: 'base-url', reflect: true },
    src: { reflect: true },
    timeoutMs: { attribute: 'timeout-ms', type: Number, reflect: true },
    retries: { type: Number, reflect: true },
    headers: { attribute: false },
  };

  /** `rest` (an API following the Waymark REST contract) or `static` (one JSON document). */
  type: SourceType = 'rest';

  /** Base URL of the REST API (`type="rest"`). */
  baseUrl?: string;

  /** URL of the JSON dataset (`type="static"`). */
  src?: string;

  /** REST request timeout in milliseconds (default 10000). */
  timeoutMs?: number;

  /** REST retries on network errors, 408, 429 and 5xx (default 2). */
  retries?: number;

  /** Extra request headers for the REST adapter (e.g. authorisation). */
  headers?: Record<string, string>;

  #custom?: WaymarkAdapter;
  #built?: WaymarkAdapter;
  #builtKey?: string;
  readonly #provider = new ContextProvider(this, { context: adapterContext });

  /**
   * The adapter this source provides: one set in code, else one built from
   * the attributes (undefined when they are incomplete; see `problem`).
   */
  get adapter(): WaymarkAdapter | undefined {
    if (this.#custom) return this.#custom;
    const key = JSON.stringify([this.type, this.baseUrl, this.src, this.timeoutMs, this.retries, this.headers]);
    if (key !== this.#builtKey) {
      this.#builtKey = key;
      this.#built = this.#build();
    }
    return this.#built;
  }

  set adapter(value: WaymarkAdapter | undefined) {
    this.#custom = value;
    this.requestUpdate();
  }

  /** Why there is no adapter, in words, or undefined. */
  get problem(): string | undefined {
    if (this.adapter) return undefined;
    const name = this.id ? `<wm-data-source id="${this.id}">` : '<wm-data-source>';
    return this.type === 'static'
      ? `No data source: ${name} needs a src (the URL of a JSON dataset).`
      : `No data source: ${name} needs a base-url (the address of the REST API).`;
  }

  #build(): WaymarkAdapter | undefined {
    if (this.type === 'static') return this.src ? new StaticAdapter(this.src) : undefined;
    if (!this.baseUrl) return undefined;
    return new RestAdapter({
      baseUrl: this.baseUrl,
      headers: this.headers,
      timeoutMs: this.timeoutMs,
      retries: this.retries,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#provider.setValue(this.adapter);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const adapter = this.adapter;
    if (adapter !== this.#provider.value) {
      this.#provider.setValue(adapter);
      this.dispatchEvent(new AdapterChangeEvent(adapter));
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-data-source': DataSource;
  }
}
