import type { Band, Metric, MetricKind } from '../../data/schema.js';
import { KIND_DEFAULTS, band as bandOf, change as changeOf, metricRange, normalise } from '../../metrics/index.js';
import { formatCount, formatDate, numberFormat, pluralOf } from '../format.js';
import { msg, str } from '../../i18n/localize.js';
import { KIND_TEXT, type KindText } from '../../metrics/words.js';
import { NAMED_VALUE, TONE_WORDS, changeWords, noChangeWords } from './words.js';

export type BandTone = Band['tone'];

/** Below this many responses a survey score is flagged as a low sample. */
export const LOW_SAMPLE = 30;

/** The default label of an inline metric of `kind` (KIND_DEFAULTS' `label`), in the language of the element rendering now. */
export const kindLabel = (kind: MetricKind): string => KIND_TEXT[kind]().label;

const RANK: Partial<Record<BandTone, number>> = { critical: 0, warning: 1, good: 2 };

export interface BandSegment {
  band: Band;
  /** Start and end as fractions (0..1) of the range. */
  from: number;
  to: number;
}

export interface ChangeView {
  direction: 'up' | 'down' | 'flat';
  /** "up 6 since last period": the amount is unsigned, so it needs no bidi isolation. */
  words: string;
  /** Whether the move is for the better, the worse, or neither (flat). */
  verdict: 'better' | 'worse' | 'same';
}

export interface TrendView {
  labels: string[];
  values: number[];
  texts: string[];
  /** "Trend over 6 periods: from 20 to 32". */
  summary: string;
}

/** Everything the gauge shows, computed once per render from a validated metric. */
export interface GaugeView {
  metric: Metric;
  min: number;
  max: number;
  /** Where the value sits in the range, 0..1, clamped. */
  at: number;
  /** Where the value arc starts: 0 for signed kinds whose range spans zero, else the range start. */
  origin: number;
  segments: BandSegment[];
  band?: Band;
  bandLabel: string;
  tone: BandTone;
  valueText: string;
  /** The value as drawn in the dial: the number, and a custom unit ("days") on a line of its own. */
  dialText: string;
  dialUnit?: string;
  minText: string;
  maxText: string;
  /** The target's place (0..1) and its formatted value. */
  target?: { at: number; text: string };
  change?: ChangeView;
  /** The meter's aria-valuenow: the value held inside the range, as ARIA requires. */
  now: number;
  valuetext: string;
  /** The formatted sample size, and whether it is under LOW_SAMPLE. */
  sample?: { text: string; low: boolean };
  explain: string;
  format: (v: number) => string;
  trend?: TrendView;
}

/**
 * Formats a value of a kind: "+32" (NPS), "84%" / "84 %" (CSAT, by locale),
 * "5.6" (CES), "23 days" (a custom unit). `signed` false drops the sign.
 */
export function formatValue(locale: string, v: number, kind: MetricKind, unit = KIND_DEFAULTS[kind].unit, signed = KIND_DEFAULTS[kind].signed): string {
  const decimals = KIND_DEFAULTS[kind].decimals;
  const o: Intl.NumberFormatOptions = {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: signed ? 'exceptZero' : 'auto',
  };
  if (unit === '%') return numberFormat(locale, { ...o, style: 'percent' }).format(v / 100);
  const n = numberFormat(locale, o).format(v);
  return unit ? `${n} ${unit}` : n;
}

/** Lower is better when the metric's own bands run from good to critical (e.g. days to first value). */
function higherIsBetter(m: Metric): boolean {
  const sorted = m.bands?.length ? [...m.bands].sort((a, b) => a.upTo - b.upTo) : undefined;
  const first = sorted && RANK[sorted[0]!.tone];
  const last = sorted && RANK[sorted[sorted.length - 1]!.tone];
  if (first !== undefined && last !== undefined && first !== last) return first < last;
  return KIND_DEFAULTS[m.kind].higherIsBetter;
}

function changeView(m: Metric, locale: string, unit: string): ChangeView | undefined {
  const c = changeOf(m.value, m.previous);
  if (!c) return undefined;
  if (c.direction === 'flat') return { direction: 'flat', words: noChangeWords(), verdict: 'same' };
  const points = unit === '%';
  const magnitude = Math.abs(c.delta);
  const amount = formatValue(locale, magnitude, m.kind, points ? '' : unit, false);
  const decimals = KIND_DEFAULTS[m.kind].decimals;
  const one = points && pluralOf(locale, magnitude, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) === 'one';
  const better = (c.direction === 'up') === higherIsBetter(m);
  return {
    direction: c.direction,
    words: changeWords(c.direction, amount, points, one),
    verdict: better ? 'better' : 'worse',
  };
}

function trendView(m: Metric, locale: string, format: (v: number) => string): TrendView | undefined {
  const points = [...(m.history ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (points.length < 2) return undefined;
  const texts = points.map((p) => format(p.value));
  const count = formatCount(locale, points.length);
  const first = texts[0]!;
  const last = texts[texts.length - 1]!;
  return {
    labels: points.map((p) => formatDate(locale, p.at)),
    values: points.map((p) => p.value),
    texts,
    // Two or more periods, so always the plural.
    summary: msg(str`Trend over ${count} periods: from ${first} to ${last}`, { id: 'gauge.trend.summary' }),
  };
}

/** A band's label: the metric's own words, else the translated default of its kind, else its tone in words. */
function bandLabelOf(b: Band, ownBands: boolean, text: KindText): string {
  if (ownBands) return b.label ?? TONE_WORDS[b.tone]();
  return text.bands[b.tone] ?? b.label ?? TONE_WORDS[b.tone]();
}

/**
 * Builds the view of `m`, its words in the language of the element rendering
 * now (call it from a render); throws a MetricError only for data the schema check lets through by mistake. */
export function gaugeView(m: Metric, locale: string): GaugeView {
  const d = KIND_DEFAULTS[m.kind];
  const text = KIND_TEXT[m.kind]();
  const { min, max } = metricRange(m);
  const unit = m.unit ?? d.unit;
  const format = (v: number) => formatValue(locale, v, m.kind, unit);
  const fraction = (v: number) => normalise({ kind: m.kind, value: v, min, max }) / 100;
  const ownBands = !!m.bands?.length;
  const bands = ownBands ? m.bands! : d.bands;
  const sorted = [...bands].sort((a, b) => a.upTo - b.upTo);
  const segments: BandSegment[] = [];
  let from = 0;
  sorted.forEach((b, i) => {
    const to = i === sorted.length - 1 ? 1 : fraction(b.upTo);
    if (to > from) segments.push({ band: b, from, to });
    from = Math.max(from, to);
  });
  const current = bandOf(m.value, bands);
  const bandLabel = current ? bandLabelOf(current, ownBands, text) : '';
  const change = changeView(m, locale, unit);
  const valueText = format(m.value);
  const signedOrigin = d.signed && min < 0 && max > 0;
  const customUnit = unit !== '' && unit !== '%';
  return {
    metric: m,
    min,
    max,
    at: fraction(m.value),
    origin: signedOrigin ? fraction(0) : 0,
    segments,
    band: current,
    bandLabel,
    tone: current?.tone ?? 'neutral',
    valueText,
    dialText: customUnit ? formatValue(locale, m.value, m.kind, '') : valueText,
    dialUnit: customUnit ? unit : undefined,
    minText: format(min),
    maxText: format(max),
    target: m.target === undefined ? undefined : { at: fraction(m.target), text: format(m.target) },
    change,
    now: Math.min(max, Math.max(min, m.value)),
    valuetext: [NAMED_VALUE[m.kind](valueText), bandLabel, change?.words].filter(Boolean).join(', '),
    sample:
      m.sampleSize === undefined
        ? undefined
        : { text: formatCount(locale, m.sampleSize), low: m.sampleSize < LOW_SAMPLE },
    explain: text.explain,
    format,
    trend: trendView(m, locale, format),
  };
}
