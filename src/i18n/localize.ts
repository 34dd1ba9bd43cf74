import type { TemplateMap } from '@lit/localize';
import type { MsgFn } from '@lit/localize/internal/types.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';

export { str } from '@lit/localize/internal/str-tag.js';

/**
 * Waymark's UI strings use @lit/localize in runtime mode: `msg()` and `str`
 * in the source, one lazily loaded module of templates per target locale
 * (`./locales/de.ts`, `./locales/nl.ts`, in the format `lit-localize build`
 * writes). Where @lit/localize keeps one locale per page, Waymark resolves it
 * per element (`locale`, else the nearest `lang`), so a German tracker and a
 * Dutch one can share a page: an element renders inside `withLocale()`, which
 * points `msg()` at its locale's templates for that synchronous render.
 */
export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['de', 'nl'] as const;
export type UiLocale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];

// One literal import per locale, so bundlers split each into its own chunk.
const loaders: Record<Exclude<UiLocale, 'en'>, () => Promise<{ templates: TemplateMap }>> = {
  de: () => import('./locales/de.js'),
  nl: () => import('./locales/nl.js'),
};

const loaded = new Map<UiLocale, TemplateMap | undefined>([[SOURCE_LOCALE, undefined]]);
const loading = new Map<UiLocale, Promise<void>>();
let active: TemplateMap | undefined;
let activeTag = SOURCE_LOCALE as string;

/**
 * Marks a string for translation; same signature as @lit/localize's `msg` (so
 * `lit-localize extract` finds every call), resolved against the templates of
 * the element rendering now. Give every call an `id` (`area.what`).
 */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
  runtimeMsg(active, template as never, options)) as MsgFn;

/** The UI locale for a BCP 47 tag: `de-AT` gets German, `nl-BE` Dutch, anything else English. */
export function uiLocale(tag: string | undefined): UiLocale {
  const lang = (tag ?? '').slice(0, 2).toLowerCase();
  return (TARGET_LOCALES as readonly string[]).includes(lang) ? (lang as UiLocale) : SOURCE_LOCALE;
}

/**
 * Starts loading a locale's templates. Returns undefined when they are ready
 * to use synchronously, else a promise that settles once they are (a failed
 * load falls back to English, with one warning, rather than breaking a render).
 */
export function localeReady(locale: UiLocale): Promise<void> | undefined {
  if (loaded.has(locale)) return undefined;
  let p = loading.get(locale);
  if (!p) {
    p = loaders[locale as Exclude<UiLocale, 'en'>]().then(
      (mod) => void loaded.set(locale, mod.templates),
      (e: unknown) => {
        console.warn(`waymark: could not load the "${locale}" strings; showing English.`, e);
        loaded.set(locale, undefined);
      },
    );
    loading.set(locale, p);
  }
  return p;
}

/**
 * Runs `fn` with `msg()` answering in the UI locale for `tag` (English until
 * its templates are loaded), and `renderLocale()` returning `tag`.
 */
export function withLocale<R>(tag: string, fn: () => R): R {
  const outer = active;
  const outerTag = activeTag;
  active = loaded.get(uiLocale(tag));
  activeTag = tag;
  try {
    return fn();
  } finally {
    active = outer;
    activeTag = outerTag;
  }
}

/** The BCP 47 locale of the element rendering now, for Intl formatting in shared code. */
export const renderLocale = (): string => activeTag;
