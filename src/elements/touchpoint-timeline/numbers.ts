const numbers = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();

// A malformed `locale` must not break a render: Intl throws on it, so fall back to English.
function make<T>(cache: Map<string, T>, key: string, locale: string, build: (l: string) => T): T {
  let f = cache.get(key);
  if (!f) {
    try {
      f = build(locale);
    } catch {
      f = build('en');
    }
    cache.set(key, f);
  }
  return f;
}

/** "1,234" / "1.234": a count in the element's locale. */
export const formatCount = (locale: string, n: number) =>
  make(numbers, `n|${locale}`, locale, (l) => new Intl.NumberFormat(l)).format(n);

/** Sentiment with its sign and two decimals: "+0.50", "−0,40" (a true minus sign, as the marks' legend uses). */
export function formatSigned(locale: string, s: number): string {
  const f = make(numbers, `s|${locale}`, locale, (l) => new Intl.NumberFormat(l, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  return `${s > 0 ? '+' : s < 0 ? '−' : ''}${f.format(Math.abs(s))}`;
}

/**
 * Picks the message for `n` by the locale's plural rules (@lit/localize has
 * no plural syntax). English, German and Dutch all have exactly `one` and
 * `other`, so two messages cover them.
 */
export function plural<R>(locale: string, n: number, forms: { one: () => R; other: () => R }): R {
  const rule = make(plurals, locale, locale, (l) => new Intl.PluralRules(l)).select(n);
  return rule === 'one' ? forms.one() : forms.other();
}
