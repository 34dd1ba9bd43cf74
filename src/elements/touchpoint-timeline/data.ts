import type { Touchpoint as TouchpointT } from '../../data/schema.js';
import { msg } from '../../i18n/localize.js';

export const GROUP_BYS = ['channel', 'stage', 'none'] as const;
export const VIEWS = ['timeline', 'list'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export type TimelineView = (typeof VIEWS)[number];

export { TimelineData } from '../../data/timeline.js';

// Thunks, so each name is looked up in the locale of the element asking.
const CHANNEL_NAMES = new Map<string, () => string>([
  ['web', () => msg('Web', { id: 'timeline.channel.web' })],
  ['app', () => msg('App', { id: 'timeline.channel.app' })],
  ['email', () => msg('Email', { id: 'timeline.channel.email' })],
  ['phone', () => msg('Phone', { id: 'timeline.channel.phone' })],
  ['chat', () => msg('Chat', { id: 'timeline.channel.chat' })],
  ['sms', () => msg('SMS', { id: 'timeline.channel.sms' })],
  ['social', () => msg('Social', { id: 'timeline.channel.social' })],
  ['store', () => msg('Store', { id: 'timeline.channel.store' })],
  ['field', () => msg('Field', { id: 'timeline.channel.field' })],
  ['partner', () => msg('Partner', { id: 'timeline.channel.partner' })],
  ['ad', () => msg('Ads', { id: 'timeline.channel.ad' })],
]);

/** "Email" for `email` (in the rendering element's language); unknown channels as given. */
export const channelName = (channel: string) => CHANNEL_NAMES.get(channel)?.() ?? channel;

/** Sentiment (-1..1) in words, so it is never told by colour alone. */
export function sentimentWord(s: number | undefined): string {
  if (s === undefined || Number.isNaN(s)) return msg('no sentiment', { id: 'timeline.sentiment.none' });
  if (s <= -0.6) return msg('very negative', { id: 'timeline.sentiment.very-negative' });
  if (s < -0.2) return msg('negative', { id: 'timeline.sentiment.negative' });
  if (s <= 0.2) return msg('neutral', { id: 'timeline.sentiment.neutral' });
  if (s < 0.6) return msg('positive', { id: 'timeline.sentiment.positive' });
  return msg('very positive', { id: 'timeline.sentiment.very-positive' });
}

export const initiatorText = (tp: TouchpointT) =>
  tp.initiator === 'customer'
    ? msg('started by the customer', { id: 'timeline.initiator.customer' })
    : tp.initiator === 'company'
      ? msg('started by us', { id: 'timeline.initiator.company' })
      : '';
