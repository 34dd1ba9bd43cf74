import { uiLocale } from '../../i18n/localize.js';

// Numbers in the element's locale (digits and separators), sentences in its UI language.

const numbers = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = numbers.get(`${key}|${locale}`);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      // A locale the browser rejects (`locale="not a locale!"`): English digits rather than no result.
      f = new Intl.NumberFormat('en', options);
    }
    numbers.set(`${key}|${locale}`, f);
  }
  return f;
}

/** A score or a count as a whole number: "53", "1.234" in German. */
export const formatScore = (locale: string, n: number): string =>
  numberFormat(locale, 'int', { maximumFractionDigits: 0 }).format(Math.round(n));

/** "3 seconds", "3 Sekunden", "3 seconden": Intl picks the plural form. */
export const formatSeconds = (locale: string, seconds: number): string =>
  numberFormat(locale, 'sec', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The sentence for `n` in the plural form its UI language needs (one or
 * other in English, German and Dutch). Each form is a whole translated
 * sentence, so no language has to glue words to a number.
 */
export function plural(locale: string, n: number, forms: { one: () => string; other: () => string }): string {
  const ui = uiLocale(locale);
  let rules = pluralRules.get(ui);
  if (!rules) pluralRules.set(ui, (rules = new Intl.PluralRules(ui)));
  return rules.select(n) === 'one' ? forms.one() : forms.other();
}
