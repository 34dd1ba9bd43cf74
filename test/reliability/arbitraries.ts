// Arbitraries derived from the data schemas (src/data/schema.ts and the
// element-level extensions): small valid generators, and one-field mutations
// of them. Whether a mutation is still valid is for the schema to say
// (safeParse), never for the generator.
import fc from 'fast-check';
import {
  BAND_TONES, FRICTION_LEVELS, INITIATORS, KNOWN_CHANNELS, METRIC_KINDS, STAGE_STATUSES,
  type Journey, type Metric, type Stage, type Touchpoint,
} from '../../src/data/schema.js';
import type { MaturityScanDefinition } from '../../src/data/scans/schema.js';
import type { TimelineData } from '../../src/elements/touchpoint-timeline/data.js';

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
/** Drops the keys an optional arbitrary left undefined, as JSON would. */
const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const nonEmpty = fc.string({ minLength: 1, maxLength: 24 });
const anyText = fc.string({ maxLength: 24 });
export const iso = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2031-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const finite = (min = -1e6, max = 1e6) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Values that break most fields, and some that are valid for a few. */
export const junk = fc.oneof(
  fc.constant(null), fc.constant(''), fc.constant(' '), fc.integer(), fc.double(), fc.string({ maxLength: 8 }), fc.boolean(),
  fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.constant(-0), fc.constant(-1), fc.constant(1.5),
  fc.constant(Number.MAX_VALUE), fc.constant('2025-13-45T99:00:00Z'), fc.constant('yesterday'),
  fc.constant([]), fc.constant({}), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }),
);

export const milestone = fc
  .record({ id: nonEmpty, name: nonEmpty, done: fc.boolean(), dueAt: opt(iso), completedAt: opt(iso) })
  .map(compact);

export const stage: fc.Arbitrary<Stage> = fc
  .record({
    id: nonEmpty,
    name: nonEmpty,
    description: opt(anyText),
    status: fc.constantFrom(...STAGE_STATUSES),
    progress: opt(fc.double({ min: 0, max: 1, noNaN: true })),
    startedAt: opt(iso),
    completedAt: opt(iso),
    window: opt(fc.record({ fromDay: fc.nat(90), toDay: opt(fc.nat(400)) }).map(compact)),
    milestones: opt(fc.array(milestone, { maxLength: 3 })),
    nextStep: opt(anyText),
  })
  .map(compact);

export const journey: fc.Arbitrary<Journey> = fc
  .record({
    id: nonEmpty,
    name: nonEmpty,
    customer: opt(anyText),
    persona: opt(anyText),
    segment: opt(anyText),
    stages: fc.array(stage, { maxLength: 7 }),
    updatedAt: opt(iso),
  })
  .map(compact);

/** A metric the gauge can read: finite numbers, and a range whose min is below its max. */
export const metric: fc.Arbitrary<Metric> = fc
  .record({
    id: nonEmpty,
    kind: fc.constantFrom(...METRIC_KINDS),
    label: nonEmpty,
    value: finite(-200, 200),
    range: opt(fc.tuple(finite(-1000, 0), finite(1, 1000))),
    target: opt(finite(-200, 200)),
    previous: opt(finite(-200, 200)),
    bands: opt(fc.array(fc.record({ upTo: finite(-200, 200), tone: fc.constantFrom(...BAND_TONES), label: opt(anyText) }).map(compact), { maxLength: 4 })),
    history: opt(fc.array(fc.record({ at: iso, value: finite(-200, 200) }), { maxLength: 6 })),
    unit: opt(fc.constantFrom('', '%', 'days', 'EUR')),
    sampleSize: opt(fc.nat(400)),
  })
  .map(({ range, ...m }) => compact({ ...m, min: range?.[0], max: range?.[1] }));

/** A journey with one to five score components, at least one weighing above 0. */
export const scoredJourney: fc.Arbitrary<Journey> = fc
  .tuple(
    journey,
    fc.array(fc.record({ metric, weight: fc.double({ min: 0, max: 10, noNaN: true }), higherIsBetter: opt(fc.boolean()) }).map(compact), {
      minLength: 1, maxLength: 5,
    }),
  )
  .map(([j, components]) => ({
    ...j,
    scoreComponents: components.map((c, i) => (i === 0 ? { ...c, weight: c.weight + 0.5 } : c)),
  }));

/** An answerable scan: whole-number scale of 2 to 11 points, unique ids, questions naming its dimensions, levels 1..n once each. */
export const scan: fc.Arbitrary<MaturityScanDefinition> = fc
  .record({
    id: nonEmpty,
    title: nonEmpty,
    intro: opt(anyText),
    min: fc.integer({ min: -3, max: 3 }),
    points: fc.integer({ min: 2, max: 11 }),
    labels: fc.array(anyText, { maxLength: 11 }),
    notApplicable: opt(anyText),
    dimensions: fc.uniqueArray(nonEmpty, { minLength: 1, maxLength: 5 }),
    levels: fc.integer({ min: 1, max: 5 }),
  })
  .chain((s) =>
    fc.record({
      id: fc.constant(s.id),
      title: fc.constant(s.title),
      intro: fc.constant(s.intro),
      scale: fc.constant(compact({ min: s.min, max: s.min + s.points - 1, labels: s.labels, notApplicable: s.notApplicable })),
      dimensions: fc.tuple(...s.dimensions.map((d) =>
        fc.record({ id: fc.constant(d), name: nonEmpty, description: opt(anyText) }).map(compact))),
      questions: fc.uniqueArray(
        fc.record({ id: nonEmpty, dimensionId: fc.constantFrom(...s.dimensions), text: nonEmpty, help: opt(anyText), weight: opt(finite(0, 5)) }).map(compact),
        { maxLength: 8, selector: (q) => q.id },
      ),
      levels: fc.tuple(...Array.from({ length: s.levels }, (_, i) =>
        fc.record({ level: fc.constant(i + 1), name: nonEmpty, minScore: fc.constant(i * 20), summary: anyText, recommendations: fc.array(anyText, { maxLength: 2 }) }))),
    }).map(compact),
  );

export const touchpoint: fc.Arbitrary<Touchpoint> = fc
  .record({
    id: nonEmpty,
    at: iso,
    channel: fc.oneof(fc.constantFrom(...KNOWN_CHANNELS), nonEmpty),
    title: nonEmpty,
    stageId: opt(anyText),
    initiator: opt(fc.constantFrom(...INITIATORS)),
    sentiment: opt(fc.double({ min: -1, max: 1, noNaN: true })),
    momentOfTruth: opt(fc.boolean()),
    friction: opt(fc.constantFrom(...FRICTION_LEVELS)),
    outcome: opt(anyText),
    detail: opt(anyText),
  })
  .map(compact);

export const timeline: fc.Arbitrary<TimelineData> = fc
  .record({
    items: fc.array(touchpoint, { maxLength: 8 }),
    nextCursor: opt(anyText),
    stages: opt(fc.array(stage, { maxLength: 4 })),
  })
  .map(compact);

type Path = (string | number)[];

/** Every path into `v` (objects and arrays, not the root), for one-field mutations. */
export function pathsOf(v: unknown, at: Path = []): Path[] {
  if (v === null || typeof v !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_x, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [[...at, k], ...pathsOf((v as Record<string | number, unknown>)[k], [...at, k])]);
}

/** A copy of `v` with the value at `path` replaced by `value` (or removed when `remove`). */
export function setAt(v: unknown, path: Path, value: unknown, remove = false): unknown {
  if (!path.length) return value;
  const [k, ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  if (rest.length) copy[k!] = setAt(copy[k!], rest, value, remove);
  else if (remove && !Array.isArray(copy)) delete copy[k!];
  else copy[k!] = value;
  return copy;
}

/**
 * Valid values of `valid` as they are, with an unknown field added (still
 * valid), or with one field mutated: set to junk, removed, or the whole
 * payload replaced by junk. About two in five come out valid.
 */
export function mixed<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return valid.chain((v) => {
    const paths = pathsOf(v);
    const some = paths.length ? paths : [['id']];
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant<unknown>(v) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...some), junk).map(([p, j]) => setAt(v, [...p.slice(0, -1), `x-extra-${p.length}`], j)) },
      { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...some), junk).map(([p, j]) => setAt(v, p, j)) },
      { weight: 2, arbitrary: fc.constantFrom(...some).map((p) => setAt(v, p, undefined, true)) },
      { weight: 1, arbitrary: junk },
    );
  });
}
