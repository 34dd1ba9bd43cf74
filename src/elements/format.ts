type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
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

/** "3 days", "1 Tag", "3 dagen": Intl picks the plural form. */
export const formatDays = (locale: string, days: number) =>
  cached(`days|${locale}`, () => new Intl.NumberFormat(safeLocale(locale), { style: 'unit', unit: 'day', unitDisplay: 'long' })).format(days);

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
  return cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(safeLocale(locale), { numeric: 'auto' })).format(Math.round(value), unit);
}
