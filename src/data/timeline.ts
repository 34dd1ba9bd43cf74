import * as z from 'zod/mini';
import { ISO_8601 } from './shapes/fields.js';
import { Stage } from './shapes/journey.js';
import { Touchpoint } from './shapes/touchpoint.js';

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

const Rest = z.object({ nextCursor: z.optional(z.string()), stages: z.optional(z.array(Stage)) });
const Items = z.array(Touchpoint);

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v == 'string';
const word: Check = (v) => str(v) && v !== '';
const oneOf = (...values: unknown[]): Check => (v) => values.includes(v);
/** `Touchpoint`'s checks as plain code (zod runs about ten times slower per touchpoint). */
const FIELDS: Record<string, Check> = {
  id: word,
  at: (v) => str(v) && ISO_8601.test(v as string) && !Number.isNaN(Date.parse(v as string)),
  channel: word,
  title: word,
  stageId: str,
  initiator: oneOf('customer', 'company'),
  sentiment: (v) => typeof v == 'number' && v >= -1 && v <= 1,
  momentOfTruth: (v) => typeof v == 'boolean',
  friction: oneOf('low', 'medium', 'high'),
  outcome: str,
  detail: str,
};
const REQUIRED = ['id', 'at', 'channel', 'title'];

/** Whether `Touchpoint` would pass `v` unchanged: a plain object, valid, with no field it would drop. */
function plain(v: unknown): v is Touchpoint {
  if (!v || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const o = v as Record<string, unknown>;
  for (const k in o) if (!FIELDS[k]?.(o[k])) return false;
  return REQUIRED.every((k) => k in o);
}

/**
 * Touchpoints `items[from, to)` validated as `z.array(Touchpoint)` would:
 * the same touchpoints, or `undefined` and the same issues (paths within the
 * slice). Touchpoints that pass as they are are kept, not copied; anything
 * else (an invalid or extra field) sends the slice through zod.
 */
type Result<T> = { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };

export function touchpoints(items: readonly unknown[], from = 0, to = items.length): Result<Touchpoint[]> {
  for (let i = from; i < to; i++) if (!plain(items[i])) return Items.safeParse(items.slice(from, to), { reportInput: true });
  // The whole array is kept as it is (the element copies what it draws into columns of its own).
  return { success: true, data: (from || to < items.length ? items.slice(from, to) : items) as Touchpoint[] };
}

/**
 * `TimelineData`, checked the fast way first (`touchpoints`): the same result
 * and the same errors, as zod reports them when anything fails.
 */
export const FastTimelineData = {
  safeParse(input: unknown, o?: { reportInput?: boolean }): Result<TimelineData> {
    const v = input as TimelineData | null;
    const items = v && Object.getPrototypeOf(v) === Object.prototype && Array.isArray(v.items) ? touchpoints(v.items) : undefined;
    const rest = items?.success && Rest.safeParse(v, o);
    return rest && rest.success ? { success: true, data: { items: items.data!, ...rest.data } } : TimelineData.safeParse(input, o);
  },
} as unknown as typeof TimelineData;
