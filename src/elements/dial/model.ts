import type { Band, Metric, MetricKind } from '../../data/schema.js';
import { KIND_DEFAULTS, band as bandOf, metricRange, normalise } from '../../metrics/index.js';
import { KIND_TEXT } from '../../metrics/words.js';
import { numberFormat } from '../../i18n/format.js';
import { TONE_WORDS } from './words.js';

export type BandTone = Band['tone'];

// The dial's geometry, in viewBox units (200 × 172): a 240° arc open at the bottom.
const CX = 100;
const CY = 100; // the needle turns about (CX, CY): dial.styles.ts says so too
const R = 78; // the track and the value arc
const R_BANDS = 95; // the band ring, just outside the track
const SWEEP = 240;
const START = -SWEEP / 2; // degrees from 12 o'clock, clockwise

/** Angle in degrees (0 = top, clockwise) of a fraction of the range. */
export const angleOf = (f: number) => START + SWEEP * f;

const round = (n: number) => Math.round(n * 100) / 100;

function point(r: number, deg: number): [number, number] {
  const rad = (deg * Math.PI) / 180;
  return [round(CX + r * Math.sin(rad)), round(CY - r * Math.cos(rad))];
}

/** An SVG path along the circle of radius `r` between two fractions of the range. */
function arc(r: number, from: number, to: number): string {
  const a0 = angleOf(Math.min(from, to));
  const a1 = angleOf(Math.max(from, to));
  const [x0, y0] = point(r, a0);
  const [x1, y1] = point(r, a1);
  return `M ${x0} ${y0} A ${r} ${r} 0 ${a1 - a0 > 180 ? 1 : 0} 1 ${x1} ${y1}`;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function radial(f: number, r0: number, r1: number): Line {
  const a = angleOf(f);
  const [x1, y1] = point(r0, a);
  const [x2, y2] = point(r1, a);
  return { x1, y1, x2, y2 };
}

/** Text placed in the dial, in viewBox units. */
export interface DialText {
  x: number;
  y: number;
  text: string;
}

/** Long values ("-12,345.6") shrink to stay inside the arc. */
const fontSize = (text: string) => Math.max(16, Math.min(34, Math.round(170 / text.length)));

/** The range's ends, under the ends of the arc. */
const endOf = (f: number, text: string): DialText => {
  const [x, y] = point(R, angleOf(f));
  return { x, y: y + 24, text };
};

/** What a dial shows and its meter says, computed once per render from a validated metric. */
export interface DialModel {
  /** The meter's range. */
  min: number;
  max: number;
  /** The meter's aria-valuenow: the value held inside the range, as ARIA requires. */
  now: number;
  /** Where the value sits in the range, 0..1, clamped. */
  at: number;
  band?: Band;
  /** The value's band in words, in the language of the element rendering now. */
  bandLabel: string;
  tone: BandTone;
  /** The value formatted with its unit ("+32", "84%", "23 days"). */
  valueText: string;
  format: (v: number) => string;
  /** The target's place (0..1) and its formatted value. */
  target?: { at: number; text: string };
  /** The drawing: the arcs as SVG paths, marks and text in viewBox units. */
  track: string;
  bands: { tone: BandTone; d: string }[];
  /** The value arc, from the origin (0 for signed kinds whose range spans zero, else the start); none at the origin. */
  fill?: string;
  needle: Line;
  targetMark?: Line;
  /** The value as drawn: the number sized to fit, and a custom unit ("days") on a line of its own. */
  value: DialText & { size: number };
  unit?: DialText;
  ends: [DialText, DialText];
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

/** A band's label: the metric's own words, else the translated default of its kind, else its tone in words. */
function bandLabelOf(m: Metric, b: Band, ownBands: boolean): string {
  if (ownBands) return b.label ?? TONE_WORDS[b.tone]();
  return KIND_TEXT[m.kind]().bands[b.tone] ?? b.label ?? TONE_WORDS[b.tone]();
}

/**
 * The dial of `m`, its words in the language of the element rendering now
 * (call it from a render); throws a MetricError only for data the schema check lets through by mistake.
 */
export function dialModel(m: Metric, locale: string): DialModel {
  const d = KIND_DEFAULTS[m.kind];
  const { min, max } = metricRange(m);
  const unit = m.unit ?? d.unit;
  const format = (v: number) => formatValue(locale, v, m.kind, unit);
  const fraction = (v: number) => normalise({ kind: m.kind, value: v, min, max }) / 100;
  const ownBands = !!m.bands?.length;
  const bands = ownBands ? m.bands! : d.bands;
  const sorted = [...bands].sort((a, b) => a.upTo - b.upTo);
  const ring: DialModel['bands'] = [];
  let from = 0;
  sorted.forEach((b, i) => {
    const to = i === sorted.length - 1 ? 1 : fraction(b.upTo);
    if (to > from) ring.push({ tone: b.tone, d: arc(R_BANDS, from, to) });
    from = Math.max(from, to);
  });
  const band = bandOf(m.value, bands);
  const at = fraction(m.value);
  const origin = d.signed && min < 0 && max > 0 ? fraction(0) : 0;
  const valueText = format(m.value);
  const customUnit = unit !== '' && unit !== '%';
  const dialText = customUnit ? formatValue(locale, m.value, m.kind, '') : valueText;
  const target = m.target === undefined ? undefined : { at: fraction(m.target), text: format(m.target) };
  return {
    min,
    max,
    now: Math.min(max, Math.max(min, m.value)),
    at,
    band,
    bandLabel: band ? bandLabelOf(m, band, ownBands) : '',
    tone: band?.tone ?? 'neutral',
    valueText,
    format,
    target,
    track: arc(R, 0, 1),
    bands: ring,
    fill: Math.abs(at - origin) > 0.001 ? arc(R, origin, at) : undefined,
    needle: radial(at, R - 16, R_BANDS + 6),
    targetMark: target && radial(target.at, R - 12, R + 12),
    value: { x: CX, y: CY + 8, text: dialText, size: fontSize(dialText) },
    unit: customUnit ? { x: CX, y: CY + 30, text: unit } : undefined,
    ends: [endOf(0, format(min)), endOf(1, format(max))],
  };
}
