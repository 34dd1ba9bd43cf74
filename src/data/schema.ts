import * as z from 'zod/mini';

/** Identifiers are non-empty strings. */
const id = () => z.string().check(z.minLength(1));
const text = () => z.string().check(z.minLength(1));
const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Times are ISO 8601 strings that name a real instant. */
const time = () =>
  z.string().check(
    z.refine((s) => ISO_8601.test(s) && !Number.isNaN(Date.parse(s)), {
      message: 'expected an ISO 8601 date-time',
    }),
  );
const unit = () => z.number().check(z.gte(0), z.lte(1));

export const STAGE_STATUSES = ['done', 'current', 'upcoming', 'blocked', 'skipped'] as const;
export const BAND_TONES = ['critical', 'warning', 'good', 'neutral'] as const;
export const METRIC_KINDS = ['nps', 'csat', 'ces', 'health', 'score'] as const;
export const FRICTION_LEVELS = ['low', 'medium', 'high'] as const;
export const INITIATORS = ['customer', 'company'] as const;
export const KNOWN_CHANNELS = [
  'web', 'app', 'email', 'phone', 'chat', 'sms', 'social', 'store', 'field', 'partner', 'ad',
] as const;

export const Milestone = z.object({
  id: id(),
  name: text(),
  done: z.boolean(),
  dueAt: z.optional(time()),
  completedAt: z.optional(time()),
});

export const StageWindow = z.object({
  fromDay: z.number().check(z.gte(0)),
  toDay: z.optional(z.number().check(z.gte(0))),
});

export const Stage = z.object({
  id: id(),
  name: text(),
  description: z.optional(z.string()),
  status: z.enum(STAGE_STATUSES),
  progress: z.optional(unit()),
  startedAt: z.optional(time()),
  completedAt: z.optional(time()),
  window: z.optional(StageWindow),
  milestones: z.optional(z.array(Milestone)),
  nextStep: z.optional(z.string()),
});

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

export const Journey = z.object({
  id: id(),
  name: text(),
  customer: z.optional(z.string()),
  persona: z.optional(z.string()),
  segment: z.optional(z.string()),
  stages: z.array(Stage),
  scoreComponents: z.optional(z.array(ScoreComponent)),
  updatedAt: z.optional(time()),
});

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

export const ScanDefinition = z.object({
  id: id(),
  title: text(),
  intro: z.optional(z.string()),
  scale: z.object({
    min: z.number(),
    max: z.number(),
    labels: z.array(z.string()),
  }),
  dimensions: z.array(z.object({ id: id(), name: text(), description: z.optional(z.string()) })),
  questions: z.array(
    z.object({
      id: id(),
      dimensionId: id(),
      text: text(),
      help: z.optional(z.string()),
      weight: z.optional(z.number().check(z.gte(0))),
    }),
  ),
  levels: z.array(
    z.object({
      level: z.number().check(z.int(), z.gte(1), z.lte(5)),
      name: text(),
      minScore: z.number().check(z.gte(0), z.lte(100)),
      summary: z.string(),
      recommendations: z.array(z.string()),
    }),
  ),
});

export const ScanResponse = z.object({
  id: id(),
  scanId: id(),
  respondent: z.optional(z.string()),
  answers: z.record(z.string(), z.number()),
  startedAt: time(),
  updatedAt: time(),
  completedAt: z.optional(time()),
});

export const ScanResult = z.object({
  score: z.number().check(z.gte(0), z.lte(100)),
  level: z.number().check(z.int(), z.gte(1), z.lte(5)),
  byDimension: z.array(
    z.object({ dimensionId: id(), score: z.number().check(z.gte(0), z.lte(100)), level: z.number() }),
  ),
});

export type Milestone = z.infer<typeof Milestone>;
export type StageWindow = z.infer<typeof StageWindow>;
export type StageStatus = (typeof STAGE_STATUSES)[number];
export type Stage = z.infer<typeof Stage>;
export type Band = z.infer<typeof Band>;
export type MetricKind = (typeof METRIC_KINDS)[number];
export type Metric = z.infer<typeof Metric>;
export type ScoreComponent = z.infer<typeof ScoreComponent>;
export type Journey = z.infer<typeof Journey>;
export type Touchpoint = z.infer<typeof Touchpoint>;
export type TouchpointPage = z.infer<typeof TouchpointPage>;
export type ScanDefinition = z.infer<typeof ScanDefinition>;
export type ScanResponse = z.infer<typeof ScanResponse>;
export type ScanResult = z.infer<typeof ScanResult>;

/** Every data shape by name, for validation and JSON Schema generation. */
export const schemas = {
  Journey, Stage, Milestone, Metric, ScoreComponent, Touchpoint, TouchpointPage,
  ScanDefinition, ScanResponse, ScanResult,
} as const;
