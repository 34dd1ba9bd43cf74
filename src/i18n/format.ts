// Numbers, dates and plural forms in an element's locale, for every element.
// Building an Intl object costs far more than using one and a render uses
// dozens, so each (kind, locale, options) is built once and shared.

import { uiLocale } from './localize.js';

type Cached = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules;
const cache = new Map<string, Cached>();

function cached<T extends Cached>(kind: string, locale: string, options: object, make: (tag: string) => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make(safeLocale(locale))));
  return f;
}

/** An invalid `locale` attribute ("not a locale!") falls back to English rather than failing the render. */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The shared Intl.NumberFormat for `locale` and `options`. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached('n', locale, options, (tag) => new Intl.NumberFormat(tag, options));

/** The shared Intl.DateTimeFormat for `locale` and `options`. */
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('d', locale, options, (tag) => new Intl.DateTimeFormat(tag, options));

/**
 * The plural category of `n` ("one", "other", ...) by the rules of the language
 * the sentence is in (the element's UI language: a French page reads English
 * sentences, so "0 touchpoints", not French "0 touchpoint"), to pick a whole
 * translated sentence by (@lit/localize has no plural syntax; English, German
 * and Dutch have only `one` and `other`). Pass the fraction digits the number
 * is shown with: "1 point" is `one`, but "1.0 points" is `other`.
 */
export const pluralOf = (locale: string, n: number, options: Intl.PluralRulesOptions = {}): Intl.LDMLPluralRule =>
  cached('p', uiLocale(locale), options, (tag) => new Intl.PluralRules(tag, options)).select(n);

/** A count, or a score as a whole number: "1,234", "1.234" in German. */
export const formatCount = (locale: string, n: number) => numberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(n));

/** "55 %" in the element's locale. */
export const formatPercent = (locale: string, fraction: number) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);

/** "12 Mar 2025", "12.03.2025": an ISO date in the element's locale. */
export const formatDate = (locale: string, iso: string) => dateFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

const unitFormat = (locale: string, unit: 'day' | 'second') => numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });

/** "3 days", "1 Tag", "3 dagen": Intl picks the plural form. */
export const formatDays = (locale: string, days: number) => unitFormat(locale, 'day').format(days);

/** "3 seconds", "3 Sekunden", "3 seconden": Intl picks the plural form. */
export const formatSeconds = (locale: string, seconds: number) => unitFormat(locale, 'second').format(seconds);

const RELATIVE: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [['second', 60], ['minute', 60], ['hour', 24], ['day', 7], ['week', 4.35], ['month', 12], ['year', Infinity]];

/** "5 minutes ago", "vor 5 Minuten", "over 2 dagen": `when` relative to `now`. */
export function formatRelative(locale: string, when: Date | number, now = Date.now()): string {
  let value = (+when - now) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = 'second';
  for (const [u, size] of UNITS) {
    unit = u;
    if (Math.abs(value) < size) break;
    value /= size;
  }
  return cached('r', locale, RELATIVE, (tag) => new Intl.RelativeTimeFormat(tag, RELATIVE)).format(Math.round(value), unit);
}
