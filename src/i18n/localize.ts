import type { TemplateMap } from '@lit/localize';
import type { MsgFn } from '@lit/localize/internal/types.js';
import type { StrResult } from '@lit/localize/internal/str-tag.js';
import type { TemplateResult } from 'lit';

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
 * `lit-localize extract` finds every call), resolved like its runtime mode
 * against the templates of the element rendering now. Every call has an `id`
 * (`area.what`; checked by scripts/check-locales.js), so no hashing is shipped.
 */
export const msg = ((template: string | StrResult | TemplateResult, options?: { id?: string }) => {
  const localized = options?.id ? active?.[options.id] : undefined;
  if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
  if ('strTag' in template) {
    const t = localized && typeof localized !== 'string' && 'strTag' in localized ? localized : undefined;
    return join((t ?? template).strings, template.values, t?.values as number[] | undefined);
  }
  // A translated html`` template holds the index of each source value (the
  // lit-localize runtime format): its values are picked from the source's.
  return localized && typeof localized !== 'string' && !('strTag' in localized)
    ? { ...localized, values: (localized.values as number[]).map((i) => template.values[i]) }
    : template;
}) as MsgFn;

function join(strings: readonly string[], values: readonly unknown[], order?: number[]): string {
  let out = strings[0]!;
  for (let i = 1; i < strings.length; i++) out += String(values[order ? order[i - 1]! : i - 1]) + strings[i];
  return out;
}

const uiLocales = new Map<string, UiLocale>();

/**
 * The UI locale for a BCP 47 tag, by its canonical language (`de-AT` and `deu`
 * get German, `nl-BE` Dutch); anything else, or a malformed tag, English.
 */
export function uiLocale(tag = ''): UiLocale {
  // Every update asks (twice): parsing a tag costs tens of microseconds, a lookup nothing.
  let ui = uiLocales.get(tag);
  if (ui) return ui;
  let lang = '';
  try {
    lang = new Intl.Locale(tag).language;
  } catch {
    // Not a locale: English.
  }
  ui = (TARGET_LOCALES as readonly string[]).includes(lang) ? (lang as UiLocale) : SOURCE_LOCALE;
  if (uiLocales.size > 64) uiLocales.clear();
  uiLocales.set(tag, ui);
  return ui;
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
