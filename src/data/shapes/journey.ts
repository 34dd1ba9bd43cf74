import * as z from 'zod/mini';
import { id, text, time, unit } from './fields.js';
import { ScoreComponent } from './metric.js';

export const STAGE_STATUSES = ['done', 'current', 'upcoming', 'blocked', 'skipped'] as const;
export const MILESTONE_OWNERS = ['customer', 'company'] as const;

export const Milestone = z.object({
  id: id(),
  name: text(),
  done: z.boolean(),
  dueAt: z.optional(time()),
  completedAt: z.optional(time()),
  /** Who completes it; customer-owned milestones can be ticked off in an `actionable` tracker. */
  owner: z.optional(z.enum(MILESTONE_OWNERS)),
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

export type Milestone = z.infer<typeof Milestone>;
export type StageWindow = z.infer<typeof StageWindow>;
export type MilestoneOwner = (typeof MILESTONE_OWNERS)[number];
export type StageStatus = (typeof STAGE_STATUSES)[number];
export type Stage = z.infer<typeof Stage>;
export type Journey = z.infer<typeof Journey>;
