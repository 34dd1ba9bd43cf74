// Copied into a fresh project that installed the packed tarball and run there
// (`node consumer.js input.json`), so every specifier resolves the way a
// consumer's Node resolves it: through the installed package.json exports.
// Prints one JSON line: [{ name, ok, detail }].
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = [];
async function check(name, fn) {
  try {
    results.push({ name, ok: true, detail: (await fn()) ?? '' });
  } catch (e) {
    results.push({ name, ok: false, detail: e instanceof Error ? e.message : String(e) });
  }
}
const assert = (cond, message) => {
  if (!cond) throw new Error(message);
};
const here = fileURLToPath(new URL('.', import.meta.url));

for (const specifier of input.specifiers) {
  await check(`resolves ${specifier}`, () => {
    const path = fileURLToPath(import.meta.resolve(specifier));
    assert(existsSync(path), `${path} does not exist`);
    return path.slice(here.length);
  });
}

await check('every export names types that were packed', () => {
  const pkg = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('waymark/package.json')), 'utf8'));
  const root = fileURLToPath(new URL('.', import.meta.resolve('waymark/package.json')));
  const typed = Object.values(pkg.exports).filter((t) => typeof t === 'object');
  const missing = typed.map((t) => t.types).filter((p) => !existsSync(root + p));
  assert(!missing.length, `missing ${missing.join(', ')}`);
  return `${typed.length} typed exports`;
});

await check('waymark/schema validates a journey in Node', async () => {
  const { Journey, schemas } = await import('waymark/schema');
  const ok = Journey.safeParse(input.journey);
  assert(ok.success, `the fixture journey failed: ${JSON.stringify(ok.error?.issues?.[0])}`);
  const bad = Journey.safeParse({ ...input.journey, stages: [{ id: 's', name: 'S', status: 'finished' }] });
  assert(!bad.success, 'a stage with status "finished" passed');
  return `Journey.safeParse ok; ${Object.keys(schemas).length} schemas`;
});

await check('waymark/metrics scores in Node', async () => {
  const { nps, csat, journeyScore } = await import('waymark/metrics');
  const n = nps([10, 9, 0]);
  assert(Math.abs(n - 100 / 3) < 1e-9, `nps([10, 9, 0]) = ${n}, expected 33.33`);
  assert(csat([5, 4, 2]) > 0, 'csat returned nothing');
  assert(typeof journeyScore === 'function', 'journeyScore is missing');
  return `nps([10, 9, 0]) = ${n.toFixed(2)}`;
});

await check('waymark/adapters serves a journey in Node', async () => {
  const { StaticAdapter } = await import('waymark/adapters');
  const adapter = new StaticAdapter({ journeys: [input.journey] });
  const j = await adapter.journey({ journey: input.journey.id, customer: input.journey.customer });
  assert(j.stages.length === input.journey.stages.length, 'wrong journey');
  return `StaticAdapter.journey → ${j.stages.length} stages`;
});

await check('waymark/schema/Journey.json imports as JSON', async () => {
  const { default: schema } = await import('waymark/schema/Journey.json', { with: { type: 'json' } });
  assert(schema.$schema && schema.type === 'object', 'not a JSON Schema object');
  return schema.$schema;
});

await check('custom-elements.json lists all six tags', async () => {
  const { default: cem } = await import('waymark/custom-elements.json', { with: { type: 'json' } });
  const tags = cem.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
  const want = ['wm-stage-tracker', 'wm-score-gauge', 'wm-journey-score', 'wm-maturity-scan', 'wm-touchpoint-timeline', 'wm-data-source'];
  const missing = want.filter((t) => !tags.includes(t));
  assert(!missing.length, `missing ${missing.join(', ')}`);
  return `${new Set(tags).size} tags`;
});

console.log(JSON.stringify(results));
