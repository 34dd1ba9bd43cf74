// The journey map's words in the reader's language: functions, so msg()
// answers in the locale of the element rendering when it is called.
import type { NoteTone } from '../../data/schema.js';
import { formatCount, formatPercent, numberFormat } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import type { FunnelStep } from './model.js';

export const TONE_TEXT: Record<NoteTone, () => string> = {
  pain: () => msg('Pain', { id: 'map.tone.pain' }),
  gain: () => msg('Gain', { id: 'map.tone.gain' }),
  idea: () => msg('Idea', { id: 'map.tone.idea' }),
  neutral: () => msg('Note', { id: 'map.tone.neutral' }),
};

const MOOD_TEXT: Record<-2 | -1 | 0 | 1 | 2, () => string> = {
  [-2]: () => msg('very negative', { id: 'map.mood.very-negative' }),
  [-1]: () => msg('negative', { id: 'map.mood.negative' }),
  0: () => msg('neutral', { id: 'map.mood.neutral' }),
  1: () => msg('positive', { id: 'map.mood.positive' }),
  2: () => msg('very positive', { id: 'map.mood.very-positive' }),
};

/** "+1.5", "−2", "0": an emotion as a signed number. */
export const emotionNumber = (locale: string, v: number) =>
  numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v);

/** "Today: very negative (−2 of ±2)"; without a series name, "very negative (−2 of ±2)". */
export function emotionWords(locale: string, series: string, value: number, mood: -2 | -1 | 0 | 1 | 2, scale: 1 | 2): string {
  const v = emotionNumber(locale, value);
  const words = msg(str`${MOOD_TEXT[mood]()} (${v} of ±${scale})`, { id: 'map.emotion.point' });
  return series ? `${series}: ${words}` : words;
}

export const noEmotionWords = (series: string) =>
  series ? `${series}: ${msg('no value', { id: 'map.emotion.none' })}` : msg('no value', { id: 'map.emotion.none' });

/** "4,200 reached". */
export const reachedWords = (locale: string, n: number) =>
  msg(str`${formatCount(locale, n)} reached`, { id: 'map.funnel.reached' });

/** "62% continue, 38% drop off", or that none drop off when the next column has more. */
export function flowWords(locale: string, step: FunnelStep): string {
  if (step.continues === undefined) return '';
  if (step.grows) return msg('all continue, none drop off', { id: 'map.funnel.grows' });
  const c = formatPercent(locale, step.continues / 100);
  const d = formatPercent(locale, step.dropsOff! / 100);
  return msg(str`${c} continue, ${d} drop off`, { id: 'map.funnel.flow' });
}

export const biggestDropWords = () => msg('Biggest drop-off', { id: 'map.funnel.biggest' });

/** What an empty cell says to a screen reader. */
export const noEntryWords = () => msg('No entry', { id: 'map.cell.empty' });
