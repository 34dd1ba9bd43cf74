import type { Band, MetricKind } from '../data/schema.js';
import { msg } from '../i18n/localize.js';

/** A metric kind's texts: its name, how it is computed, and the labels of its default bands by tone. */
export interface KindText {
  label: string;
  explain: string;
  bands: Partial<Record<Band['tone'], string>>;
}

/**
 * Each kind's texts in the language `msg()` answers in when called: inside an
 * element's render that is the element's locale, anywhere else English. The
 * one source of these texts: KIND_DEFAULTS holds them in English (built once,
 * outside any render), the score gauge shows them translated. The ids keep
 * the `gauge.` prefix the German and Dutch catalogs have always used.
 */
export const KIND_TEXT: Record<MetricKind, () => KindText> = {
  nps: () => ({
    label: msg('Net Promoter Score', { id: 'gauge.kind.nps' }),
    explain: msg(
      'The percentage of promoters (who answer 9 or 10 to "how likely are you to recommend us?") minus the percentage of detractors (0 to 6). It runs from −100 to +100.',
      { id: 'gauge.explain.nps' },
    ),
    bands: {
      critical: msg('Detractor-heavy', { id: 'gauge.band.nps.critical' }),
      warning: msg('Mixed', { id: 'gauge.band.nps.warning' }),
      good: msg('Strong', { id: 'gauge.band.nps.good' }),
    },
  }),
  csat: () => ({
    label: msg('Customer satisfaction', { id: 'gauge.kind.csat' }),
    explain: msg('The percentage of customers who rated their satisfaction 4 or 5 on a scale of 1 to 5.', {
      id: 'gauge.explain.csat',
    }),
    bands: {
      critical: msg('Low satisfaction', { id: 'gauge.band.csat.critical' }),
      warning: msg('Fair', { id: 'gauge.band.csat.warning' }),
      good: msg('High satisfaction', { id: 'gauge.band.csat.good' }),
    },
  }),
  ces: () => ({
    label: msg('Customer effort score', { id: 'gauge.kind.ces' }),
    explain: msg(
      'The average answer, from 1 (strongly disagree) to 7 (strongly agree), to "the company made it easy to handle my issue". Higher means less effort.',
      { id: 'gauge.explain.ces' },
    ),
    bands: {
      critical: msg('Hard work', { id: 'gauge.band.ces.critical' }),
      warning: msg('Some effort', { id: 'gauge.band.ces.warning' }),
      good: msg('Easy', { id: 'gauge.band.ces.good' }),
    },
  }),
  health: () => ({
    label: msg('Customer health', { id: 'gauge.kind.health' }),
    explain: msg(
      'A weighted average of usage, support, sentiment and payment signals, each scored from 0 to 100. Below 40 is at risk; 70 and above is healthy.',
      { id: 'gauge.explain.health' },
    ),
    bands: {
      critical: msg('At risk', { id: 'gauge.band.health.critical' }),
      warning: msg('Needs attention', { id: 'gauge.band.health.warning' }),
      good: msg('Healthy', { id: 'gauge.band.health.good' }),
    },
  }),
  score: () => ({
    label: msg('Score', { id: 'gauge.kind.score' }),
    explain: msg(
      "A weighted average of this journey's outcome metrics, each placed on a scale of 0 to 100 so that customer goals and business results add up to one number.",
      { id: 'gauge.explain.score' },
    ),
    bands: {
      critical: msg('Poor', { id: 'gauge.band.score.critical' }),
      warning: msg('Fair', { id: 'gauge.band.score.warning' }),
      good: msg('Good', { id: 'gauge.band.score.good' }),
    },
  }),
};
