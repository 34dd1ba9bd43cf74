import * as z from 'zod/mini';
import { id, text, time } from './fields.js';

export const BAND_TONES = ['critical', 'warning', 'good', 'neutral'] as const;
export const METRIC_KINDS = ['nps', 'csat', 'ces', 'health', 'score'] as const;

export const Band = z.object({
  upTo: z.number(),
  tone: z.enum(BAND_TONES),
  label: z.optional(z.string()),
});

export const Metric = z.object({
  id: id(),
  kind: z.enum(METRIC_KINDS),
  label: text(),
  value: z.number(),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  target: z.optional(z.number()),
  previous: z.optional(z.number()),
  bands: z.optional(z.array(Band)),
  history: z.optional(z.array(z.object({ at: time(), value: z.number() }))),
  unit: z.optional(z.string()),
  sampleSize: z.optional(z.number().check(z.int(), z.gte(0))),
});

export const ScoreComponent = z.object({
  metric: Metric,
  weight: z.number().check(z.gte(0)),
  higherIsBetter: z.optional(z.boolean()),
});

export type Band = z.infer<typeof Band>;
export type MetricKind = (typeof METRIC_KINDS)[number];
export type Metric = z.infer<typeof Metric>;
export type ScoreComponent = z.infer<typeof ScoreComponent>;
