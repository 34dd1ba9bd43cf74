import * as z from 'zod/mini';
import { id, text, time } from './fields.js';

export const FRICTION_LEVELS = ['low', 'medium', 'high'] as const;
export const INITIATORS = ['customer', 'company'] as const;
export const KNOWN_CHANNELS = [
  'web', 'app', 'email', 'phone', 'chat', 'sms', 'social', 'store', 'field', 'partner', 'ad',
] as const;

export const Touchpoint = z.object({
  id: id(),
  at: time(),
  channel: id(),
  title: text(),
  stageId: z.optional(z.string()),
  initiator: z.optional(z.enum(INITIATORS)),
  sentiment: z.optional(z.number().check(z.gte(-1), z.lte(1))),
  momentOfTruth: z.optional(z.boolean()),
  friction: z.optional(z.enum(FRICTION_LEVELS)),
  outcome: z.optional(z.string()),
  detail: z.optional(z.string()),
});

export const TouchpointPage = z.object({
  items: z.array(Touchpoint),
  nextCursor: z.optional(z.string()),
});

export type Touchpoint = z.infer<typeof Touchpoint>;
export type TouchpointPage = z.infer<typeof TouchpointPage>;
