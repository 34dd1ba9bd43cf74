import * as z from 'zod/mini';
import { id, text, time } from './fields.js';
import { Metric } from './metric.js';

export const LANE_KINDS = ['notes', 'emotion', 'channels', 'metrics', 'funnel'] as const;
export const NOTE_TONES = ['pain', 'gain', 'idea', 'neutral'] as const;
/** Up to this many named series (personas, current vs future) per emotion lane. */
export const MAX_SERIES = 5;

export const MapNote = z.object({
  text: text(),
  tone: z.optional(z.enum(NOTE_TONES)),
  /** Shown as a link only when it is `http:` or `https:`. */
  link: z.optional(z.string()),
});

/**
 * A feeling, or one per series: a finite number or an object of them. Their
 * range (-1..1, or -2..2 on a lane of `scale: 2`) is the map check's. Written
 * as a custom check rather than z.union and z.record: the zod code a schema
 * uses lands in the chunk every element shares, and those two are needed by
 * the map only (scripts/json-schema.js states this field's JSON Schema).
 */
const isEmotion = (v: unknown): v is number | Record<string, number> =>
  Number.isFinite(v) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => Number.isFinite(x)));

export const MapCell = z.object({
  /** A stage id or a step id of the map. */
  column: id(),
  notes: z.optional(z.array(MapNote)),
  emotion: z.optional(z.custom<number | Record<string, number>>(isEmotion, 'expected a number or an object of numbers')),
  channels: z.optional(
    z.array(z.object({ channel: id(), count: z.optional(z.number().check(z.gte(0))) })),
  ),
  metrics: z.optional(z.array(Metric)),
  reached: z.optional(z.number().check(z.gte(0))),
});

export const MapLane = z.object({
  id: id(),
  label: text(),
  kind: z.enum(LANE_KINDS),
  /** 1 or 2 (an enum of two rather than a union of literals, for the shared chunk's sake). */
  scale: z.optional(z.enum({ one: 1, two: 2 } as const)),
  series: z.optional(
    z.array(z.object({ id: id(), name: text() })).check(z.maxLength(MAX_SERIES)),
  ),
  cells: z.array(MapCell),
});

interface Issue { code: 'custom'; message: string; input: unknown; path: PropertyKey[] }

/**
 * What a schema cannot say field by field: every cell names a column of the
 * map, every step a stage, and emotions stay on their lane's scale and series.
 */
function checkReferences(map: {
  stages: { id: string }[];
  steps?: { stageId: string }[];
  lanes: { scale?: 1 | 2; series?: { id: string }[]; cells: { column: string; emotion?: number | Record<string, number> }[] }[];
}, issues: Issue[]): void {
  const stages = new Set(map.stages.map((s) => s.id));
  const columns = new Set(stages);
  map.steps?.forEach((step, i) => {
    columns.add((step as { id?: string }).id ?? '');
    if (!stages.has(step.stageId)) {
      issues.push({ code: 'custom', message: `unknown stage "${step.stageId}"`, input: step.stageId, path: ['steps', i, 'stageId'] });
    }
  });
  map.lanes.forEach((lane, l) => {
    const limit = lane.scale === 2 ? 2 : 1;
    const series = lane.series && new Set(lane.series.map((s) => s.id));
    lane.cells.forEach((cell, c) => {
      const at = ['lanes', l, 'cells', c];
      if (!columns.has(cell.column)) {
        issues.push({ code: 'custom', message: `unknown column "${cell.column}"`, input: cell.column, path: [...at, 'column'] });
      }
      const e = cell.emotion;
      if (e === undefined) return;
      const values = typeof e === 'number' ? [['', e] as const] : Object.entries(e);
      for (const [key, value] of values) {
        const path = key ? [...at, 'emotion', key] : [...at, 'emotion'];
        if (Math.abs(value) > limit) {
          issues.push({ code: 'custom', message: `must be between -${limit} and ${limit}`, input: value, path });
        }
        if (key && series && !series.has(key)) {
          issues.push({ code: 'custom', message: `unknown series "${key}"`, input: key, path });
        }
      }
    });
  });
}

export const JourneyMap = z
  .object({
    id: id(),
    name: text(),
    description: z.optional(z.string()),
    persona: z.optional(z.object({ name: text(), summary: z.optional(z.string()) })),
    stages: z.array(z.object({ id: id(), name: text(), description: z.optional(z.string()) })),
    steps: z.optional(
      z.array(z.object({ id: id(), stageId: id(), name: text(), description: z.optional(z.string()) })),
    ),
    lanes: z.array(MapLane),
    updatedAt: z.optional(time()),
  })
  .check(z.superRefine((map, ctx) => checkReferences(map, ctx.issues as unknown as Issue[])));

export type LaneKind = (typeof LANE_KINDS)[number];
export type NoteTone = (typeof NOTE_TONES)[number];
export type MapNote = z.infer<typeof MapNote>;
export type MapCell = z.infer<typeof MapCell>;
export type MapLane = z.infer<typeof MapLane>;
export type JourneyMap = z.infer<typeof JourneyMap>;
