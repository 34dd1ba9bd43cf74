import type { Band } from '../../data/schema.js';
import { msg } from '../../i18n/localize.js';

// The dial's words in the reader's language: functions, so msg() answers in
// the locale of the element rendering when it is called.

/** Words for a band of the metric's own that has no label. */
export const TONE_WORDS: Record<Band['tone'], () => string> = {
  critical: () => msg('Critical', { id: 'gauge.tone.critical' }),
  warning: () => msg('Needs attention', { id: 'gauge.tone.warning' }),
  good: () => msg('Good', { id: 'gauge.tone.good' }),
  neutral: () => msg('Neutral', { id: 'gauge.tone.neutral' }),
};
