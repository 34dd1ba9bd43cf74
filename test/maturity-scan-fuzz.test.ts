import { fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/elements/maturity-scan/define.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import { MaturityScanDefinition } from '../src/data/scans/schema.js';
import { expectEachInvalidShown } from './helpers/invalid-fuzz.js';

// Scan definitions that are almost right: a valid shape with one part broken.
const junk = fc.oneof(
  fc.constant(null), fc.constant(''), fc.integer(), fc.double(), fc.string(), fc.boolean(),
  fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const validScan = fc
  .record({
    id: fc.string({ minLength: 1 }),
    title: fc.string({ minLength: 1 }),
    min: fc.integer({ min: -3, max: 3 }),
    points: fc.integer({ min: 2, max: 11 }),
    dimensions: fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }),
  })
  .chain(({ id, title, min, points, dimensions }) =>
    fc.record({
      id: fc.constant(id),
      title: fc.constant(title),
      scale: fc.constant({ min, max: min + points - 1, labels: [] as string[] }),
      dimensions: fc.constant(dimensions.map((d) => ({ id: d, name: d }))),
      questions: fc.uniqueArray(
        fc.record({ id: fc.string({ minLength: 1 }), dimensionId: fc.constantFrom(...dimensions), text: fc.string({ minLength: 1 }) }),
        { minLength: 1, maxLength: 6, selector: (q) => q.id },
      ),
      levels: fc.constant([1, 2, 3].map((level) => ({ level, name: `L${level}`, minScore: (level - 1) * 30, summary: '', recommendations: [] }))),
    }),
  );
const FIELDS = ['id', 'title', 'scale', 'dimensions', 'questions', 'levels'] as const;
const brokenScan = validScan
  .chain((s) =>
    fc.oneof(
      fc.tuple(fc.constantFrom(...FIELDS), junk).map(([key, v]) => ({ ...s, [key]: v })),
      fc.tuple(fc.constantFrom('min', 'max', 'labels'), junk).map(([key, v]) => ({ ...s, scale: { ...s.scale, [key]: v } })),
      fc.tuple(fc.nat(s.questions.length - 1), fc.constantFrom('id', 'dimensionId', 'text', 'weight'), junk).map(([i, key, v]) => ({
        ...s, questions: s.questions.map((q, k) => (k === i ? { ...q, [key]: v } : q)),
      })),
      // Answerable shapes that still do not make a scan: a stray dimension, a repeated id, no levels, a reversed scale.
      fc.constant({ ...s, questions: [...s.questions, { id: '\u0000stray', dimensionId: '\u0000none', text: 'Stray' }] }),
      fc.constant({ ...s, questions: [...s.questions, { ...s.questions[0]! }] }),
      fc.constant({ ...s, levels: [] }),
      fc.constant({ ...s, scale: { ...s.scale, max: s.scale.min } }),
      junk,
    ),
  )
  // null means "no data", which shows the built-in scan.
  .filter((d) => d !== null && !MaturityScanDefinition.safeParse(d).success);

describe('1,000 random invalid scan definitions', () => {
  it('each shows the error state naming the failing field, with no uncaught error', async () => {
    const el = await fixture<MaturityScan>(html`<wm-maturity-scan autosave="off"></wm-maturity-scan>`);
    await expectEachInvalidShown(el, brokenScan, {
      what: 'scan',
      reason: /: (expected|required|must|is not|names no|repeats|needs)/,
      absent: 'fieldset',
      seed: 20260404,
    });
  });
});
