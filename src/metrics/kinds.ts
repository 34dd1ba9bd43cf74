import type { Band, MetricKind } from '../data/schema.js';
import { MetricError, show } from './errors.js';
import { KIND_TEXT } from './words.js';

/** How a metric of one kind is shown and judged when the metric does not say. */
export interface KindDefaults {
  /** The kind's name, the label of a metric given none ("Net Promoter Score"). */
  label: string;
  /** Lowest value of the range. */
  min: number;
  /** Highest value of the range. */
  max: number;
  /** Bands in ascending `upTo` order, read with {@link band}. */
  bands: Band[];
  /** `''` or `'%'`, written after the value. */
  unit: string;
  /** Whether a positive value shows its `+` sign. */
  signed: boolean;
  /** Decimal places to show. */
  decimals: number;
  /** Whether a higher value is a better one. */
  higherIsBetter: boolean;
  /** One or two plain sentences on how this kind is computed. */
  explain: string;
}

type Numbers = Omit<KindDefaults, 'label' | 'explain' | 'bands'> & { bands: Omit<Band, 'label'>[] };

/**
 * A kind's defaults with its texts (name, explanation, band labels) from
 * KIND_TEXT, in English: this runs once, at load, outside any element's
 * render, where msg() answers in English. Deep-frozen: every gauge shares these objects, so
 * one caller sorting or editing a band list must not change what the others see.
 */
function defaults(kind: MetricKind, d: Numbers): Readonly<KindDefaults> {
  const text = KIND_TEXT[kind]();
  const bands = d.bands.map((b) => Object.freeze({ ...b, label: text.bands[b.tone] }));
  return Object.freeze({ ...d, label: text.label, bands: Object.freeze(bands) as Band[], explain: text.explain });
}

/**
 * Defaults per metric kind: name, range, bands, unit, sign, decimals,
 * direction and a plain explanation. Bands follow {@link band}'s rule (a band
 * holds values below its `upTo`), so `upTo: 40` means "below 40". Frozen: copy before changing.
 */
export const KIND_DEFAULTS: Readonly<Record<MetricKind, KindDefaults>> = Object.freeze({
  nps: defaults('nps', {
    min: -100,
    max: 100,
    bands: [
      { upTo: 0, tone: 'critical' },
      { upTo: 30, tone: 'warning' },
      { upTo: 100, tone: 'good' },
    ],
    unit: '',
    signed: true,
    decimals: 0,
    higherIsBetter: true,
  }),
  csat: defaults('csat', {
    min: 0,
    max: 100,
    bands: [
      { upTo: 60, tone: 'critical' },
      { upTo: 80, tone: 'warning' },
      { upTo: 100, tone: 'good' },
    ],
    unit: '%',
    signed: false,
    decimals: 0,
    higherIsBetter: true,
  }),
  ces: defaults('ces', {
    min: 1,
    max: 7,
    bands: [
      { upTo: 4, tone: 'critical' },
      { upTo: 5.5, tone: 'warning' },
      { upTo: 7, tone: 'good' },
    ],
    unit: '',
    signed: false,
    decimals: 1,
    higherIsBetter: true,
  }),
  health: defaults('health', {
    min: 0,
    max: 100,
    bands: [
      { upTo: 40, tone: 'critical' },
      { upTo: 70, tone: 'warning' },
      { upTo: 100, tone: 'good' },
    ],
    unit: '',
    signed: false,
    decimals: 0,
    higherIsBetter: true,
  }),
  score: defaults('score', {
    min: 0,
    max: 100,
    bands: [
      { upTo: 40, tone: 'critical' },
      { upTo: 70, tone: 'warning' },
      { upTo: 100, tone: 'good' },
    ],
    unit: '',
    signed: false,
    decimals: 0,
    higherIsBetter: true,
  }),
});

/** The defaults for `kind`, or a MetricError for a kind that is not one of METRIC_KINDS. */
export function kindDefaults(kind: MetricKind): Readonly<KindDefaults> {
  // hasOwn, so a kind like "constructor" from unchecked data is not found on the prototype.
  if (!Object.hasOwn(KIND_DEFAULTS, kind)) {
    throw new MetricError(`metric kind ${show(kind)} is unknown; use nps, csat, ces, health or score`);
  }
  return KIND_DEFAULTS[kind];
}
