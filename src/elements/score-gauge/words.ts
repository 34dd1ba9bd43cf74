import type { Band, MetricKind } from '../../data/schema.js';
import { msg, str } from '../../i18n/localize.js';

// The gauge's words in the reader's language. Each is a function, so msg()
// answers in the locale of the element rendering when it is called. The
// metrics module keeps its English defaults (labels, explanations) as its API;
// the default bands and explanations are translated here, by kind and tone.

type Words = () => string;

/** Label of an inline metric given no `label`. */
export const KIND_LABEL_WORDS: Record<MetricKind, Words> = {
  nps: () => msg('Net Promoter Score', { id: 'gauge.kind.nps' }),
  csat: () => msg('Customer satisfaction', { id: 'gauge.kind.csat' }),
  ces: () => msg('Customer effort score', { id: 'gauge.kind.ces' }),
  health: () => msg('Customer health', { id: 'gauge.kind.health' }),
  score: () => msg('Score', { id: 'gauge.kind.score' }),
};

/** The value with its measure's name ("NPS +32"); health scores are named, custom scores not. */
export const NAMED_VALUE: Record<MetricKind, (value: string) => string> = {
  nps: (value) => msg(str`NPS ${value}`, { id: 'gauge.named.nps' }),
  csat: (value) => msg(str`CSAT ${value}`, { id: 'gauge.named.csat' }),
  ces: (value) => msg(str`CES ${value}`, { id: 'gauge.named.ces' }),
  health: (value) => msg(str`Health score ${value}`, { id: 'gauge.named.health' }),
  score: (value) => value,
};

type Tone = Band['tone'];

/** The labels of each kind's default bands (KIND_DEFAULTS), by tone. */
export const DEFAULT_BAND_WORDS: Record<MetricKind, Partial<Record<Tone, Words>>> = {
  nps: {
    critical: () => msg('Detractor-heavy', { id: 'gauge.band.nps.critical' }),
    warning: () => msg('Mixed', { id: 'gauge.band.nps.warning' }),
    good: () => msg('Strong', { id: 'gauge.band.nps.good' }),
  },
  csat: {
    critical: () => msg('Low satisfaction', { id: 'gauge.band.csat.critical' }),
    warning: () => msg('Fair', { id: 'gauge.band.csat.warning' }),
    good: () => msg('High satisfaction', { id: 'gauge.band.csat.good' }),
  },
  ces: {
    critical: () => msg('Hard work', { id: 'gauge.band.ces.critical' }),
    warning: () => msg('Some effort', { id: 'gauge.band.ces.warning' }),
    good: () => msg('Easy', { id: 'gauge.band.ces.good' }),
  },
  health: {
    critical: () => msg('At risk', { id: 'gauge.band.health.critical' }),
    warning: () => msg('Needs attention', { id: 'gauge.band.health.warning' }),
    good: () => msg('Healthy', { id: 'gauge.band.health.good' }),
  },
  score: {
    critical: () => msg('Poor', { id: 'gauge.band.score.critical' }),
    warning: () => msg('Fair', { id: 'gauge.band.score.warning' }),
    good: () => msg('Good', { id: 'gauge.band.score.good' }),
  },
};

/** Words for a band of the metric's own that has no label. */
export const TONE_WORDS: Record<Tone, Words> = {
  critical: () => msg('Critical', { id: 'gauge.tone.critical' }),
  warning: () => msg('Needs attention', { id: 'gauge.tone.warning' }),
  good: () => msg('Good', { id: 'gauge.tone.good' }),
  neutral: () => msg('Neutral', { id: 'gauge.tone.neutral' }),
};

/** How each kind is computed (the same text as KIND_DEFAULTS' `explain`, translated). */
export const EXPLAIN_WORDS: Record<MetricKind, Words> = {
  nps: () =>
    msg(
      'The percentage of promoters (who answer 9 or 10 to "how likely are you to recommend us?") minus the percentage of detractors (0 to 6). It runs from −100 to +100.',
      { id: 'gauge.explain.nps' },
    ),
  csat: () =>
    msg('The percentage of customers who rated their satisfaction 4 or 5 on a scale of 1 to 5.', {
      id: 'gauge.explain.csat',
    }),
  ces: () =>
    msg(
      'The average answer, from 1 (strongly disagree) to 7 (strongly agree), to "the company made it easy to handle my issue". Higher means less effort.',
      { id: 'gauge.explain.ces' },
    ),
  health: () =>
    msg(
      'A weighted average of usage, support, sentiment and payment signals, each scored from 0 to 100. Below 40 is at risk; 70 and above is healthy.',
      { id: 'gauge.explain.health' },
    ),
  score: () =>
    msg(
      "A weighted average of this journey's outcome metrics, each placed on a scale of 0 to 100 so that customer goals and business results add up to one number.",
      { id: 'gauge.explain.score' },
    ),
};

/**
 * The change in words. `amount` is unsigned and formatted; `points` says it
 * is in percentage points, `one` that Intl's plural rules call it singular.
 */
export function changeWords(direction: 'up' | 'down', amount: string, points: boolean, one: boolean): string {
  if (!points) {
    return direction === 'up'
      ? msg(str`up ${amount} since last period`, { id: 'gauge.change.up' })
      : msg(str`down ${amount} since last period`, { id: 'gauge.change.down' });
  }
  if (direction === 'up') {
    return one
      ? msg(str`up ${amount} point since last period`, { id: 'gauge.change.up-points.one' })
      : msg(str`up ${amount} points since last period`, { id: 'gauge.change.up-points.other' });
  }
  return one
    ? msg(str`down ${amount} point since last period`, { id: 'gauge.change.down-points.one' })
    : msg(str`down ${amount} points since last period`, { id: 'gauge.change.down-points.other' });
}

export const noChangeWords = () => msg('no change since last period', { id: 'gauge.change.flat' });
