import * as z from 'zod/mini';
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
