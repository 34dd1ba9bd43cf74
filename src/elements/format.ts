const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** "55 %" in the element's locale; formatters are shared, not rebuilt per render. */
export const formatPercent = (locale: string, fraction: number) =>
  cached(`p|${locale}`, () => new Intl.NumberFormat(safeLocale(locale), { style: 'percent', maximumFractionDigits: 0 })).format(fraction);

export const formatDate = (locale: string, iso: string) =>
  cached(`d|${locale}`, () => new Intl.DateTimeFormat(safeLocale(locale), { dateStyle: 'medium' })).format(new Date(iso));

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
