import * as z from 'zod/mini';
import { ScanDefinition } from '../shapes/scan.js';

const id = () => z.string().check(z.minLength(1));
const base = ScanDefinition.shape;

/**
 * The SPEC's `ScanDefinition` with two optional extensions, and the checks
 * across fields that a scan needs to be answerable:
 * - `scale.notApplicable`: the label of a "not applicable" option; answering
 *   it stores `scale.min - 1`, which scoring leaves out;
 * - `dimensions[].recommendations`: advice for a dimension, keyed by the
 *   level ("1" to "5") the dimension reached.
 * The scale runs over whole numbers with 2 to 11 points; question and
 * dimension ids are unique; every question names a dimension of the scan;
 * there is at least one level, each level number once.
 */
// Spread shapes rather than z.extend(): extend() is the only user of zod's
// shape-merging helpers, which would otherwise ride in the zod/mini every
// element shares (about 3 kB before gzip).
export const MaturityScanDefinition = z
  .object({
    ...base,
    scale: z.object({ ...base.scale.shape, notApplicable: z.optional(z.string()) }),
    dimensions: z.array(
      z.object({
        id: id(),
        name: z.string().check(z.minLength(1)),
        description: z.optional(z.string()),
        // What z.record(z.string(), …) accepts, built from z.object: z.record's code
        // would land in the chunk every element shares (see journey-map.ts).
        recommendations: z.optional(z.catchall(z.object({}), z.array(z.string()))),
      }),
    ),
  })
  .check(
    z.superRefine((d, ctx) => {
      const issue = (path: PropertyKey[], message: string) =>
        ctx.issues.push({ code: 'custom', path, message, input: d });
      const { min, max } = d.scale;
      if (!Number.isInteger(min) || !Number.isInteger(max) || max - min < 1 || max - min > 10) {
        issue(['scale'], `must run over whole numbers with 2 to 11 points, not ${min} to ${max}`);
      }
      const dims = new Set<string>();
      d.dimensions.forEach((x, i) => {
        if (dims.has(x.id)) issue(['dimensions', i, 'id'], `repeats the dimension id "${x.id}"`);
        dims.add(x.id);
      });
      const qs = new Set<string>();
      d.questions.forEach((q, i) => {
        if (qs.has(q.id)) issue(['questions', i, 'id'], `repeats the question id "${q.id}"`);
        qs.add(q.id);
        if (!dims.has(q.dimensionId)) issue(['questions', i, 'dimensionId'], `names no dimension of this scan ("${q.dimensionId}")`);
      });
      if (!d.levels.length) issue(['levels'], 'needs at least one level');
      const levels = new Set<number>();
      d.levels.forEach((l, i) => {
        if (levels.has(l.level)) issue(['levels', i, 'level'], `repeats level ${l.level}`);
        levels.add(l.level);
      });
    }),
  );

export type MaturityScanDefinition = z.infer<typeof MaturityScanDefinition>;

/** The id of the scan built into `<wm-maturity-scan>`. */
export const BUILT_IN_SCAN = 'journey-management';
