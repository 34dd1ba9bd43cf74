// `node bench/run.js [--runs N] [--only name]` (after `npm run build`):
// times each workload's waymark page (A) against its hand-written baseline (B)
// in one Chromium, prints the Markdown tables (render ratios; frames, heap and
// goals of the workloads with an `after` hook) and writes bench/results.md,
// the README's bench section and bench/results/<workload>.json.
//
// `--against <dir>` (another build's dist folder) also runs each waymark page
// with that build's bundle, interleaved with the current one's runs, and
// reports current/previous (lib/against.js) in bench/results-against.md and
// bench/results/<workload>.against.json instead; `--skip-baseline` then leaves
// page B out, for a quicker comparison of the two builds only.
import { existsSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { againstReport, compareBuilds, writeAgainst } from './lib/against.js';
import { launch, runPage, withPage } from './lib/browser.js';
import { startServer } from './lib/server.js';
import { snapshotBundle } from './lib/snapshot.js';
import { compare, median, percentile, summarize } from './lib/stats.js';
import { checkGoals, rawRun, summarizeFrames } from './lib/frames.js';
import { tables, withEarlier, writeResults } from './lib/report.js';
import { select, WORKLOADS } from './workloads/index.js';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' }, only: { type: 'string' }, against: { type: 'string' },
    'skip-baseline': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log(`Usage: node bench/run.js [--runs N] [--only name] [--against <dist dir> [--skip-baseline]]

Times each workload's waymark page (A) against its hand-written baseline (B) in
one Chromium (after npm run build; npm run bench builds first). See bench/README.md.

  --runs N            timed runs of each page, interleaved A, B, A, B, … (default 7; quote 5 or more)
  --only name         one workload, or a family: every workload named name-* (e.g. journey-map, touchpoint-timeline); several comma-separated
  --against <dir>     also run page A with another build's dist/ and report current/previous (bench/results-against.md)
  --skip-baseline     with --against: leave page B out
  -h, --help          this text

Workloads, in the order they run:
${WORKLOADS.map((w) => `  ${w.name.padEnd(34)}${w.title}`).join('\n')}`);
  process.exit(0);
}
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1, not "${opts.runs}"`);
if (runs < 5) console.warn(`Only ${runs} run(s) of each page: fine for a quick look, too few to quote (use 5 or more)${opts.against ? '; the comparison with the previous build gets no bounds and no verdict' : ''}.`);
const workloads = select(opts.only);
const against = opts.against === undefined ? undefined : resolve(opts.against);
if (against !== undefined && !existsSync(join(against, 'waymark.min.js'))) throw new Error(`--against wants another build's dist folder, with waymark.min.js in it: ${against} has none`);
if (opts['skip-baseline'] && against === undefined) throw new Error('--skip-baseline goes with --against: without it there is nothing left to compare');
const baseline = !opts['skip-baseline'];

/** Lines of `a` and `b` that differ, as "- a" / "+ b" pairs. */
function differences(a, b) {
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) out.push(`- A ${i}: ${a[i] ?? '(none)'}`, `+ B ${i}: ${b[i] ?? '(none)'}`);
  }
  return out;
}

/** What the like-for-like check compares: the first host's DOM, then what `after` saw (the timeline's view after its steps). */
const shown = (run) => [...run.shape.first, ...(run.shownAfter ?? [])];

/** One line of progress per iteration: A and B, and P (page A with the previous build's bundle) with --against. */
function progress(w, i, runsOf) {
  const first = (r) => (r.firstShown === undefined ? '' : `, first page shown ${r.firstShown.toFixed(1)} ms, longest task ${r.longestTask.toFixed(1)} ms`);
  const frames = (r) => (r.frames ? ` (frames p95 ${percentile(r.frames, 95).toFixed(1)} ms, change to paint p95 ${percentile(r.paints, 95).toFixed(1)} ms${first(r)})` : '');
  const nodes = (r) => (r.nodes === undefined ? '' : ` (${(r.nodes / r.shape.count).toFixed(1)} nodes per element)`);
  const parts = Object.entries(runsOf).map(([label, list]) => `${label} ${list[i].ms.toFixed(1)} ms${frames(list[i])}${nodes(list[i])}`);
  process.stdout.write(`  ${w.name} run ${i + 1}/${runs}: ${parts.join(', ')}\n`);
}

/**
 * The pages run in iteration i. Without --against: A, B, as always. With it, P
 * (page A served with the previous build's bundle) joins, and A and P swap
 * places every other iteration (A, P, B; P, A, B; …), so neither build always
 * runs first; each such pair runs back to back.
 */
function order(i, pages) {
  const pair = !pages.P ? [pages.A] : i % 2 ? [pages.P, pages.A] : [pages.A, pages.P];
  return pages.B ? [...pair, pages.B] : pair;
}

/**
 * Measures workload `w`: page A at `base`, page B (unless --skip-baseline) and,
 * with --against, page A again at `previousBase` (the server of the previous
 * build's bundle) as P. One warm-up of each, then `runs` iterations.
 */
async function measure(browser, base, w, previousBase) {
  const started = Date.now();
  const input = w.prepare ? await withPage(browser, base + w.pageA, w.prepare) : undefined;
  const page = (url) => runPage(browser, url, input, w.after, w.nodes);
  const pages = {
    A: { label: 'A', url: base + w.pageA, runs: [] },
    ...(previousBase === undefined ? {} : { P: { label: 'P', url: previousBase + w.pageA, runs: [] } }),
    ...(baseline && w.pageB ? { B: { label: 'B', url: base + w.pageB, runs: [] } } : {}),
  };
  const warm = {};
  for (const p of Object.values(pages)) warm[p.label] = await page(p.url);
  for (let i = 0; i < runs; i++) {
    for (const p of order(i, pages)) {
      const run = await page(p.url);
      const { shape } = run;
      if (shape.rendered !== shape.count || shape.count === 0) throw new Error(`${w.name} ${p.label}: ${shape.rendered} of ${shape.count} rendered`);
      p.runs.push(run);
    }
    progress(w, i, Object.fromEntries(Object.values(pages).map((p) => [p.label, p.runs])));
  }
  const a = pages.A.runs;
  const msA = a.map((r) => r.ms);
  let result = {
    name: w.name, title: w.title, goal: w.goal, ...(w.goals ? { goals: w.goals } : {}), ...(w.check ? { check: w.check } : {}), runs, count: warm.A.shape.count,
    warmup: Object.fromEntries(Object.entries(warm).map(([label, r]) => [label.toLowerCase(), r.ms])),
    a: summarize(msA), signature: shown(warm.A),
  };
  if (pages.B) {
    const b = pages.B.runs;
    const msB = b.map((r) => r.ms);
    const diff = differences(shown(warm.A), shown(warm.B));
    result = { ...result, b: summarize(msB), ...compare(msA, msB), equivalent: diff.length === 0, differences: diff };
    if (w.after) {
      result.frames = { a: summarizeFrames(a), b: summarizeFrames(b) };
      result.checks = checkGoals(w, result);
    }
  }
  if (w.nodes) {
    // DOM nodes the render added, per page measured (median over runs): what users wait for besides script.
    // With `count` elements on the page, and `maxNodes` the goal per element (bench/README.md, "Nodes per element").
    const perPage = Object.values(pages).map((p) => [p.label.toLowerCase(), median(p.runs.map((r) => r.nodes))]);
    result.nodes = { ...Object.fromEntries(perPage), count: result.count, ...(w.maxNodes ? { goal: w.maxNodes } : {}) };
  }
  if (pages.P) result.against = compareBuilds(a, pages.P.runs, differences(shown(warm.A), shown(warm.P)).map((l) => l.replace(/^([-+]) B /, '$1 P ')));
  if (w.after) {
    if (!result.frames) result.frames = { a: summarizeFrames(a) };
    if (!result.checks) result.checks = checkGoals(w, result);
    result.raw = Object.fromEntries(Object.values(pages).map((p) => [p.label.toLowerCase(), p.runs.map(rawRun)]));
  }
  result.seconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`  ${w.name}: ${result.seconds} s\n`);
  return result;
}

const bundle = await snapshotBundle();
const previous = against === undefined ? undefined : await snapshotBundle(against).catch(async (e) => { await bundle.remove(); throw e; });
// /dist/ is sealed: each server hands out its snapshot's files and nothing else from a dist folder.
const server = await startServer({ overrides: bundle.overrides, sealed: ['/dist/'] });
const previousServer = previous && (await startServer({ overrides: previous.overrides, sealed: ['/dist/'] }));
const browser = await launch();
try {
  const cpu = cpus();
  const flags = `--runs ${runs}${opts.only ? ` --only ${opts.only}` : ''}${against ? ` --against ${opts.against}` : ''}${baseline ? '' : ' --skip-baseline'}`;
  const env = {
    date: new Date().toISOString(), chromium: `Chromium ${browser.version()}`,
    cores: cpu.length, cpu: cpu[0]?.model.trim() ?? 'unknown', platform: `${platform()} ${release()}`,
    node: process.version, bundle: bundle.hash, command: `node bench/run.js ${flags}`,
    ...(previous ? { against, previousBundle: previous.hash, baseline } : {}),
  };
  const results = [];
  for (const w of workloads) results.push({ ...env, ...(await measure(browser, server.url, w, previousServer?.url)) });
  const abTables = baseline ? tables(results) : undefined;
  for (const r of results.filter((x) => x.b && !x.equivalent)) {
    console.error(`${r.name}: page B does not show the same as page A, so the comparison is void:\n${r.differences.slice(0, 10).join('\n')}`);
    process.exitCode = 1;
  }
  const dir = new URL('./', import.meta.url);
  if (previous) {
    // A comparison of two builds: bench/results.md and the README keep the last regular run.
    const report = againstReport(results, env, abTables);
    console.log(`\n${report}`);
    await writeAgainst(dir, results, report);
    console.log(`Wrote bench/results-against.md and bench/results/*.against.json (${results.length} workload${results.length === 1 ? '' : 's'}; results.md and the README are unchanged)`);
  } else {
    console.log(`\n${abTables}\n`);
    // With --only, the report keeps the other workloads' last results (each row says when it was measured).
    const all = opts.only ? await withEarlier(dir, results, WORKLOADS.map((w) => w.name)) : results;
    await writeResults(dir, all, results);
    console.log(`Wrote bench/results.md (${all.length} workloads, ${results.length} from this run), the README's bench section and bench/results/*.json`);
  }
} finally {
  await browser.close();
  await server.close();
  await previousServer?.close();
  await bundle.remove();
  await previous?.remove();
}
