import type { Band, MetricKind } from '../data/schema.js';
import { MetricError, show } from './errors.js';

/** How a metric of one kind is shown and judged when the metric does not say. */
export interface KindDefaults {
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

// Deep-frozen: every gauge shares these objects, so one caller sorting or
// editing a band list must not change what the others see.
const freeze = (d: KindDefaults): Readonly<KindDefaults> =>
  Object.freeze({ ...d, bands: Object.freeze(d.bands.map((b) => Object.freeze({ ...b }))) as Band[] });

/**
 * Defaults per metric kind: range, bands, unit, sign, decimals, direction and
 * a plain explanation. Bands follow {@link band}'s rule (a band holds values
 * below its `upTo`), so `upTo: 40` means "below 40". Frozen: copy before changing.
 */
export const KIND_DEFAULTS: Readonly<Record<MetricKind, KindDefaults>> = Object.freeze({
  nps: freeze({
    min: -100,
    max: 100,
    bands: [
      { upTo: 0, tone: 'critical', label: 'Detractor-heavy' },
      { upTo: 30, tone: 'warning', label: 'Mixed' },
      { upTo: 100, tone: 'good', label: 'Strong' },
    ],
    unit: '',
    signed: true,
    decimals: 0,
    higherIsBetter: true,
    explain:
      'The percentage of promoters (who answer 9 or 10 to "how likely are you to recommend us?") ' +
      'minus the percentage of detractors (0 to 6). It runs from −100 to +100.',
  }),
  csat: freeze({
    min: 0,
    max: 100,
    bands: [
      { upTo: 60, tone: 'critical', label: 'Low satisfaction' },
      { upTo: 80, tone: 'warning', label: 'Fair' },
      { upTo: 100, tone: 'good', label: 'High satisfaction' },
    ],
    unit: '%',
    signed: false,
    decimals: 0,
    higherIsBetter: true,
    explain:
      'The percentage of customers who rated their satisfaction 4 or 5 on a scale of 1 to 5.',
  }),
  ces: freeze({
    min: 1,
    max: 7,
    bands: [
      { upTo: 4, tone: 'critical', label: 'Hard work' },
      { upTo: 5.5, tone: 'warning', label: 'Some effort' },
      { upTo: 7, tone: 'good', label: 'Easy' },
    ],
    unit: '',
    signed: false,
    decimals: 1,
    higherIsBetter: true,
    explain:
      'The average answer, from 1 (strongly disagree) to 7 (strongly agree), to ' +
      '"the company made it easy to handle my issue". Higher means less effort.',
  }),
  health: freeze({
    min: 0,
    max: 100,
    bands: [
      { upTo: 40, tone: 'critical', label: 'At risk' },
      { upTo: 70, tone: 'warning', label: 'Needs attention' },
      { upTo: 100, tone: 'good', label: 'Healthy' },
    ],
    unit: '',
    signed: false,
    decimals: 0,
    higherIsBetter: true,
    explain:
      'A weighted average of usage, support, sentiment and payment signals, each scored from 0 to 100. ' +
      'Below 40 is at risk; 70 and above is healthy.',
  }),
  score: freeze({
    min: 0,
    max: 100,
    bands: [
      { upTo: 40, tone: 'critical', label: 'Poor' },
      { upTo: 70, tone: 'warning', label: 'Fair' },
      { upTo: 100, tone: 'good', label: 'Good' },
    ],
    unit: '',
    signed: false,
    decimals: 0,
    higherIsBetter: true,
    explain:
      "A weighted average of this journey's outcome metrics, each placed on a scale of 0 to 100 " +
      'so that customer goals and business results add up to one number.',
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
