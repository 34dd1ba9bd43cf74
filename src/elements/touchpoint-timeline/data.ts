import * as z from 'zod/mini';
import { Stage, Touchpoint, type Touchpoint as TouchpointT } from '../../data/schema.js';

export const GROUP_BYS = ['channel', 'stage', 'none'] as const;
export const VIEWS = ['timeline', 'list'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export type TimelineView = (typeof VIEWS)[number];

/**
 * The timeline's `data` shape: a `TouchpointPage` (SPEC) plus, optionally,
 * the journey's stages for the stage bands. `nextCursor` is ignored in `data`
 * (there is no adapter to fetch more with); `wm-load` reports it while pages
 * are still arriving.
 */
export const TimelineData = z.object({
  items: z.array(Touchpoint),
  nextCursor: z.optional(z.string()),
  stages: z.optional(z.array(Stage)),
});
export type TimelineData = z.infer<typeof TimelineData>;

const CHANNEL_NAMES: Record<string, string> = {
  web: 'Web', app: 'App', email: 'Email', phone: 'Phone', chat: 'Chat', sms: 'SMS',
  social: 'Social', store: 'Store', field: 'Field', partner: 'Partner', ad: 'Ads',
};

/** "Email" for `email`; unknown channels as given. */
export const channelName = (channel: string) => CHANNEL_NAMES[channel] ?? channel;

/** Sentiment (-1..1) in words, so it is never told by colour alone. */
export function sentimentWord(s: number | undefined): string {
  if (s === undefined || Number.isNaN(s)) return 'no sentiment';
  if (s <= -0.6) return 'very negative';
  if (s < -0.2) return 'negative';
  if (s <= 0.2) return 'neutral';
  if (s < 0.6) return 'positive';
  return 'very positive';
}

export const signed = (s: number) => `${s > 0 ? '+' : s < 0 ? '−' : ''}${Math.abs(s).toFixed(2)}`;

export const initiatorText = (tp: TouchpointT) =>
  tp.initiator === 'customer' ? 'started by the customer' : tp.initiator === 'company' ? 'started by us' : '';
