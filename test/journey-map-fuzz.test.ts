import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/elements/journey-map/define.js';
import type { JourneyMapElement } from '../src/elements/journey-map/journey-map.js';
import { JourneyMap } from '../src/data/schema.js';
import { formatPath } from '../src/data/errors.js';
import { $, text } from './helpers/setup.js';
import { watchUncaught } from './helpers/invalid-fuzz.js';

// 500 random valid maps and one one-field mutation of each: 1,000 maps set as
// `data` on one element. A valid map renders (its table, or the empty state
// for no stages or lanes); an invalid one shows the error state naming the
// broken field's path; nothing escapes as an uncaught error.

type Json = Record<string, unknown>;
type Path = (string | number)[];

const name = fc.string({ minLength: 1, maxLength: 12 });
const KINDS = ['notes', 'emotion', 'channels', 'metrics', 'funnel'] as const;

/** A valid map: 1-3 stages, each with 0-2 steps, and 1-4 lanes of any kind filling some columns. */
const validMap = fc
  .record({
    name,
    description: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    stages: fc.array(fc.record({ name, steps: fc.array(name, { maxLength: 2 }) }), { minLength: 1, maxLength: 3 }),
    lanes: fc.array(
      fc.record({
        label: name,
        kind: fc.constantFrom(...KINDS),
        scale: fc.constantFrom(1, 2, undefined),
        series: fc.integer({ min: 0, max: 3 }),
        fill: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        notes: fc.array(
          fc.record({
            text: name,
            tone: fc.constantFrom('pain', 'gain', 'idea', 'neutral', undefined),
            link: fc.constantFrom(undefined, 'https://example.com/a', 'javascript:alert(1)', '/relative'),
          }),
          { maxLength: 2 },
        ),
        value: fc.double({ min: -1, max: 1, noNaN: true }),
        count: fc.nat({ max: 100_000 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map((g): Json => {
    const stages = g.stages.map((s, i) => ({ id: `stage-${i}`, name: s.name }));
    const steps = g.stages.flatMap((s, i) => s.steps.map((n, j) => ({ id: `step-${i}-${j}`, stageId: `stage-${i}`, name: n })));
    const columns = [...stages.map((s) => s.id), ...steps.map((s) => s.id)];
    const lanes = g.lanes.map((l, i) => {
      const series = Array.from({ length: l.series }, (_, k) => ({ id: `p${k}`, name: `Persona ${k}` }));
      const scale = l.scale ?? 1;
      const cell = (column: string, k: number): Json => {
        const v = Math.round(l.value * scale * 100) / 100;
        switch (l.kind) {
          case 'notes':
            return { column, notes: l.notes.map((n) => Object.fromEntries(Object.entries(n).filter(([, x]) => x !== undefined))) };
          case 'emotion':
            return { column, emotion: series.length ? Object.fromEntries(series.map((s, j) => [s.id, j % 2 ? -v : v])) : v };
          case 'channels':
            return { column, channels: [{ channel: k % 2 ? 'web' : 'carrier-pigeon', count: l.count }, { channel: 'email' }] };
          case 'metrics':
            return { column, metrics: [{ id: `m${k}`, kind: 'csat', label: 'CSAT', value: l.count % 101, previous: 50 }] };
          case 'funnel':
            return { column, reached: Math.max(0, l.count - k * 1000) };
        }
      };
      return {
        id: `lane-${i}`, label: l.label, kind: l.kind,
        ...(l.kind === 'emotion' && l.scale ? { scale: l.scale } : {}),
        ...(l.kind === 'emotion' && series.length ? { series } : {}),
        cells: columns.filter((_, k) => l.fill[k]).map(cell),
      };
    });
    return {
      id: 'map', name: g.name, ...(g.description === undefined ? {} : { description: g.description }),
      persona: { name: 'Sam', summary: 'On a phone' }, stages, ...(steps.length ? { steps } : {}), lanes,
    };
  });

/** Every field of `v` with its path, depth first. */
function fields(v: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const here = path.length ? [{ path, value: v }] : [];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => fields(x, [...path, i]))];
  if (v && typeof v === 'object') return [...here, ...Object.entries(v).flatMap(([k, x]) => fields(x, [...path, k]))];
  return here;
}

const at = (root: Json, path: Path) => path.slice(0, -1).reduce<Json>((o, k) => o[k] as Json, root);
const key = (path: Path) => path[path.length - 1]!;
/** An emotion value is one of a union: a broken one is named by the cell's `emotion`. */
const named = (path: Path) => {
  const e = path.indexOf('emotion');
  return e < 0 ? path : path.slice(0, e + 1);
};

type Mutation = { how: string; data: Json; path?: Path; mustFail: boolean };

/** A value of another type than `v`. */
const otherType = (v: unknown, pick: number): unknown => {
  if (typeof v === 'string') return [42, null, true, {}][pick % 4];
  if (typeof v === 'number') return ['12', null, [], Number.NaN][pick % 4];
  if (Array.isArray(v)) return ['x', 3, {}][pick % 3];
  return ['x', 7, []][pick % 3];
};

const TEXT_KEYS = new Set(['name', 'label', 'text', 'description', 'summary']);
const REQUIRED = new Set(['id', 'name', 'stages', 'lanes', 'stageId', 'label', 'kind', 'cells', 'column', 'text', 'channel', 'value']);
const HUGE = 'Ωμέγα, "quoted" <b>&amp;</b> '.repeat(400);

/** One field of `map` changed, and what must come of it. */
function mutate(map: Json, choice: number, pick: number): Mutation {
  const data = structuredClone(map);
  const all = fields(data);
  const any = <T>(list: T[]) => list[pick % list.length];
  const kinds = ['wrong type', 'unknown column', 'emotion off scale', 'missing field', 'huge string', 'empty array'];
  const how = kinds[choice % kinds.length]!;
  if (how === 'wrong type') {
    const f = any(all)!;
    at(data, f.path)[key(f.path)] = otherType(f.value, pick);
    return { how, data, path: named(f.path), mustFail: true };
  }
  if (how === 'unknown column') {
    const cells = all.filter((f) => key(f.path) === 'column');
    const f = any(cells);
    if (!f) {
      (data.lanes as Json[])[0]!.cells = [{ column: 'nowhere' }];
      return { how, data, path: ['lanes', 0, 'cells', 0, 'column'], mustFail: true };
    }
    at(data, f.path).column = `${f.value}-gone`;
    return { how, data, path: f.path, mustFail: true };
  }
  if (how === 'emotion off scale') {
    const f = any(all.filter((x) => x.path.includes('emotion') && typeof x.value === 'number'));
    if (f) {
      const lane = (data.lanes as Json[])[f.path[1] as number]!;
      const limit = lane.scale === 2 ? 2 : 1;
      at(data, f.path)[key(f.path)] = (pick % 2 ? -1 : 1) * (limit + 0.01 + (pick % 5));
      return { how, data, path: named(f.path), mustFail: true };
    }
    // No emotion in this map: give the first lane's first cell one, on a lane that is not an emotion lane.
    const lane = (data.lanes as Json[])[0]!;
    lane.cells = [{ column: (data.stages as Json[])[0]!.id, emotion: 9 }];
    return { how, data, path: ['lanes', 0, 'cells', 0, 'emotion'], mustFail: true };
  }
  if (how === 'missing field') {
    const f = any(all.filter((x) => typeof key(x.path) === 'string'))!;
    delete at(data, f.path)[key(f.path)];
    // A required field is named; an optional one may go (the map stays valid, or steps gone leave cells naming no column).
    const required = REQUIRED.has(String(key(f.path))) && !f.path.includes('emotion');
    return { how, data, path: required ? f.path : undefined, mustFail: required };
  }
  if (how === 'huge string') {
    const f = any(all.filter((x) => TEXT_KEYS.has(String(key(x.path))) && typeof x.value === 'string'))!;
    at(data, f.path)[key(f.path)] = HUGE;
    return { how, data, mustFail: false };
  }
  const f = any(all.filter((x) => Array.isArray(x.value)))!;
  at(data, f.path)[key(f.path)] = [];
  return { how, data, mustFail: false };
}

/** The next wm-load or wm-error of `el`. */
const settled = (el: HTMLElement) =>
  new Promise<CustomEvent>((resolve) => {
    const on = (e: Event) => {
      el.removeEventListener('wm-load', on);
      el.removeEventListener('wm-error', on);
      resolve(e as CustomEvent);
    };
    el.addEventListener('wm-load', on);
    el.addEventListener('wm-error', on);
  });

async function show(el: JourneyMapElement, data: Json) {
  const next = settled(el);
  el.data = data as unknown as JourneyMap;
  const event = await next;
  await el.updateComplete;
  return event;
}

describe('1,000 fuzzed journey maps (500 valid, each with a one-field mutation)', () => {
  it('valid maps render, invalid ones show invalid-data naming the path, nothing is thrown', async function () {
    this.timeout(120_000);
    const el = await fixture<JourneyMapElement>(html`<wm-journey-map selectable></wm-journey-map>`);
    const started = performance.now();
    const watch = watchUncaught();
    const seen: Record<string, { valid: number; invalid: number }> = {};
    try {
      await fc.assert(
        fc.asyncProperty(validMap, fc.nat(), fc.nat(), async (map, choice, pick) => {
          const ok = JourneyMap.safeParse(map);
          expect(ok.success, `generated map is valid: ${JSON.stringify(ok.error?.issues[0])}`).to.equal(true);
          const loaded = await show(el, map);
          expect(loaded.type).to.equal('wm-load');
          expect($(el, 'table'), 'the table of a valid map').to.exist;

          const m = mutate(map, choice, pick);
          const result = JourneyMap.safeParse(m.data);
          const label = `${m.how} ${m.path ? formatPath(m.path) : ''}`;
          if (m.mustFail) expect(result.success, `${label} must be invalid`).to.equal(false);
          (seen[m.how] ??= { valid: 0, invalid: 0 })[result.success ? 'valid' : 'invalid']++;
          const event = await show(el, m.data);
          if (result.success) {
            expect(event.type, label).to.equal('wm-load');
            const lanes = (m.data.lanes as unknown[]).length && (m.data.stages as unknown[]).length;
            expect($(el, lanes ? 'table' : '[part="empty"]'), label).to.exist;
            expect($(el, '[part~="error"]'), label).to.equal(null);
          } else {
            expect(event.type, label).to.equal('wm-error');
            expect(event.detail.kind, label).to.equal('invalid-data');
            const alert = $(el, '[part~="error"][role="alert"]');
            expect(alert, label).to.exist;
            expect($(el, 'table'), label).to.equal(null);
            expect(text(alert)).to.contain("The journey map data has a problem, so it can't be shown.");
            // The broken field's path, else (an emptied or removed array breaking references) the first one the schema names.
            const path = m.path ? formatPath(m.path) : formatPath(result.error.issues[0]!.path as Path);
            expect(text(alert), label).to.match(new RegExp(`${path.replace(/[.[\]]/g, '\\$&')}[.:\\[]`));
          }
        }),
        { numRuns: 500, seed: 20261203 },
      );
    } finally {
      watch.stop();
    }
    console.log(`1,000 journey maps in ${Math.round(performance.now() - started)} ms`);
    expect(watch.uncaught).to.deep.equal([]);
    // Every kind of mutation was tried, and the always-invalid ones were caught.
    expect(Object.keys(seen).sort()).to.deep.equal(['emotion off scale', 'empty array', 'huge string', 'missing field', 'unknown column', 'wrong type']);
    for (const how of ['wrong type', 'unknown column', 'emotion off scale']) expect(seen[how]!.valid, how).to.equal(0);
    expect(seen['huge string']!.invalid, 'huge text is still valid text').to.equal(0);
  });
});
