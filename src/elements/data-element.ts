import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { WaymarkAdapter } from '../data/adapters/types.js';
import type { DataHost } from '../data/load-controller.js';

/**
 * The one shared level under every data-driven Waymark element: the SPEC's
 * common properties (data, adapter, src, source, locale). Loading itself is a
 * controller (`LoadController`), so behaviour composes rather than inherits.
 */
export abstract class DataElement<T> extends LitElement implements DataHost {
  /** The element's data, validated before use. Takes precedence over every other source. */
  @property({ attribute: false }) data?: T;

  /** Any object implementing the `WaymarkAdapter` interface. */
  @property({ attribute: false }) adapter?: WaymarkAdapter;

  /** URL of a JSON document of the element's data shape. */
  @property({ reflect: true }) src?: string;

  /** The id of a `<wm-data-source>` element in the document. */
  @property({ reflect: true }) source?: string;

  /** BCP 47 locale for numbers and dates; defaults to the nearest `lang`. */
  @property({ reflect: true }) locale?: string;

  /** The locale in force: `locale`, else the nearest `lang`, else the browser's. */
  protected get effectiveLocale(): string {
    return (
      this.locale ||
      this.closest('[lang]')?.getAttribute('lang') ||
      document.documentElement.lang ||
      navigator.language
    );
  }
}
