import * as z from 'zod/mini';
import { id, text, time } from './fields.js';

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
  // What z.record(z.string(), …) accepts, built from z.object: z.record's code
  // would land in the chunk every element shares (see journey-map.ts).
  answers: z.catchall(z.object({}), z.number()),
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

export type ScanDefinition = z.infer<typeof ScanDefinition>;
export type ScanResponse = z.infer<typeof ScanResponse>;
export type ScanResult = z.infer<typeof ScanResult>;
