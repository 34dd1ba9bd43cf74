import { LitElement, type PropertyDeclarations } from 'lit';
import type { WaymarkAdapter } from '../data/adapters/types.js';
import type { DataHost } from '../data/load-controller.js';
import { localeReady, uiLocale, withLocale } from '../i18n/localize.js';
import { watchPrint } from '../styles/print.js';

// Connected elements, so a `lang` or `data-wm-theme` change anywhere on the
// page reaches them: a new language re-renders, a new theme sets `theme` (and
// re-renders, so canvases repaint in the new colours).
const connected = new Set<DataElement<unknown>>();
let observer: MutationObserver | undefined;
let printWatched = false;
const watch = () =>
  (observer ??= new MutationObserver((records) => {
    const theme = records.some((r) => r.attributeName === 'data-wm-theme');
    for (const el of connected) {
      if (theme) applyTheme(el);
      el.requestUpdate();
    }
  })).observe(document, { attributes: true, attributeFilter: ['lang', 'data-wm-theme'], subtree: true });

/** The value of the nearest `name` attribute, looking through shadow roots to their hosts. */
function nearest(el: Element, name: string): string | undefined {
  let node: Element | null = el;
  // A server's DOM shim has no tree to search.
  while (node?.closest) {
    const found = node.closest(`[${name}]`);
    if (found) return found.getAttribute(name) || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * Mirrors the nearest `data-wm-theme` (light or dark) in the host's `theme`
 * attribute, which the shared styles key on. `:host-context()` would read the
 * ancestor directly, but only Chromium supports it.
 */
function applyTheme(el: Element): void {
  const theme = nearest(el, 'data-wm-theme');
  if (theme === 'light' || theme === 'dark') {
    if (el.getAttribute('theme') !== theme) el.setAttribute('theme', theme);
  } else if (el.hasAttribute('theme')) {
    el.removeAttribute('theme');
  }
}

/**
 * The one shared level under every data-driven Waymark element: the SPEC's
 * common properties (data, adapter, src, source, locale) and the locale each
 * render uses. Loading itself is a controller (`LoadController`), so
 * behaviour composes rather than inherits.
 */
export abstract class DataElement<T> extends LitElement implements DataHost {
  // Reactive properties are declared in `static properties` (here and in every
  // element), not with decorators: the decorator helpers and the call each
  // decorated field compiles to cost about 0.35 kB gz on every element's page.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    adapter: { attribute: false },
    src: { reflect: true },
    source: { reflect: true },
    locale: { reflect: true },
  };

  /** The element's data, validated before use. Takes precedence over every other source. */
  data?: T;

  /** Any object implementing the `WaymarkAdapter` interface. */
  adapter?: WaymarkAdapter;

  /** URL of a JSON document of the element's data shape. */
  src?: string;

  /** The id of a `<wm-data-source>` element in the document. */
  source?: string;

  /**
   * BCP 47 locale for words, numbers and dates; defaults to the nearest `lang`,
   * then the browser's. Words come in English, German (`de`) and Dutch (`nl`).
   */
  locale?: string;

  #lang?: string;
  #opened: HTMLDetailsElement[] = [];
  /** The page is being printed: render the whole content. */
  protected printing = false;

  /** The locale in force: `locale`, else the nearest `lang`, else the browser's. */
  protected get effectiveLocale(): string {
    return this.#lang ?? this.#resolveLocale();
  }

  #resolveLocale(): string {
    return this.locale || nearest(this, 'lang') || globalThis.navigator?.language || 'en';
  }

  /** Runs `fn` with `msg()` answering in this element's locale (for strings made outside a render). */
  protected localized<R>(fn: () => R): R {
    return withLocale(this.effectiveLocale, fn);
  }

  /**
   * The page starts (`true`) or stops printing: closed disclosures open for
   * the print and close again after; the element renders again (charts
   * re-read their colours in the print theme).
   */
  protected printChanged(on: boolean): void {
    this.printing = on;
    if (!on) this.#opened.splice(0).forEach((d) => (d.open = false));
    else
      this.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((d) => {
        d.open = true;
        this.#opened.push(d);
      });
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!connected.size) watch();
    // Once per page: printing reaches every connected element.
    if (!printWatched) watchPrint((on) => connected.forEach((el) => el.printChanged(on)));
    printWatched = true;
    connected.add(this as DataElement<unknown>);
    applyTheme(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this as DataElement<unknown>);
    if (!connected.size) observer?.disconnect();
  }

  // An update waits for the strings of its locale (a lazily loaded module the
  // first time), so `await el.updateComplete` sees the element in its language.
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.#lang = this.#resolveLocale();
    const pending = localeReady(uiLocale(this.#lang));
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override performUpdate(): void {
    withLocale(this.effectiveLocale, () => super.performUpdate());
  }
}
