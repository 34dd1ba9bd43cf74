// `node bench/run.js [--runs N] [--only name]` (after `npm run build`):
// times each workload's waymark page (A) against its hand-written baseline (B)
// in one Chromium, prints the Markdown tables (render ratios; frames, heap and
// goals of the workloads with an `after` hook) and writes bench/results.md,
// the README's bench section and bench/results/<workload>.json.
import { cpus, platform, release } from 'node:os';
import { parseArgs } from 'node:util';
import { launch, runPage, withPage } from './lib/browser.js';
import { startServer } from './lib/server.js';
import { snapshotBundle } from './lib/snapshot.js';
import { compare, percentile, summarize } from './lib/stats.js';
import { checkGoals, rawRun, summarizeFrames } from './lib/frames.js';
import { tables, withEarlier, writeResults } from './lib/report.js';
import { select, WORKLOADS } from './workloads/index.js';

const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '7' }, only: { type: 'string' } } });
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1, not "${opts.runs}"`);
if (runs < 5) console.warn(`Only ${runs} run(s) of each page: fine for a quick look, too few to quote (use 5 or more).`);
const workloads = select(opts.only);

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

/** One line of progress per pair of runs. */
function progress(w, i, a, b) {
  const frames = (r) => (r.frames ? ` (frames p95 ${percentile(r.frames, 95).toFixed(1)} ms)` : '');
  process.stdout.write(`  ${w.name} run ${i + 1}/${runs}: A ${a.ms.toFixed(1)} ms${frames(a)}, B ${b.ms.toFixed(1)} ms${frames(b)}\n`);
}

async function measure(browser, base, w) {
  const input = w.prepare ? await withPage(browser, base + w.pageA, w.prepare) : undefined;
  const page = (url) => runPage(browser, base + url, input, w.after);
  const warmA = await page(w.pageA);
  const warmB = await page(w.pageB);
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    for (const [url, into, label] of [[w.pageA, a, 'A'], [w.pageB, b, 'B']]) {
      const run = await page(url);
      const { shape } = run;
      if (shape.rendered !== shape.count || shape.count === 0) throw new Error(`${w.name} ${label}: ${shape.rendered} of ${shape.count} rendered`);
      into.push(run);
    }
    progress(w, i, a[i], b[i]);
  }
  const diff = differences(shown(warmA), shown(warmB));
  const msA = a.map((r) => r.ms);
  const msB = b.map((r) => r.ms);
  const result = {
    name: w.name, title: w.title, goal: w.goal, runs, count: warmA.shape.count,
    warmup: { a: warmA.ms, b: warmB.ms },
    a: summarize(msA), b: summarize(msB), ...compare(msA, msB),
    equivalent: diff.length === 0, differences: diff, signature: shown(warmA),
  };
  if (!w.after) return result;
  result.frames = { a: summarizeFrames(a), b: summarizeFrames(b) };
  result.checks = checkGoals(w, result);
  result.raw = { a: a.map(rawRun), b: b.map(rawRun) };
  return result;
}

const bundle = await snapshotBundle();
const server = await startServer({ overrides: bundle.overrides });
const browser = await launch();
try {
  const cpu = cpus();
  const env = {
    date: new Date().toISOString(), chromium: `Chromium ${browser.version()}`,
    cores: cpu.length, cpu: cpu[0]?.model.trim() ?? 'unknown', platform: `${platform()} ${release()}`,
    node: process.version, bundle: bundle.hash, command: `node bench/run.js --runs ${runs}${opts.only ? ` --only ${opts.only}` : ''}`,
  };
  const results = [];
  for (const w of workloads) results.push({ ...env, ...(await measure(browser, server.url, w)) });
  console.log(`\n${tables(results)}\n`);
  for (const r of results.filter((x) => !x.equivalent)) {
    console.error(`${r.name}: page B does not show the same as page A, so the comparison is void:\n${r.differences.slice(0, 10).join('\n')}`);
    process.exitCode = 1;
  }
  // With --only, the report keeps the other workloads' last results (each row says when it was measured).
  const dir = new URL('./', import.meta.url);
  const all = opts.only ? await withEarlier(dir, results, WORKLOADS.map((w) => w.name)) : results;
  await writeResults(dir, all, results);
  console.log(`Wrote bench/results.md (${all.length} workloads, ${results.length} from this run), the README's bench section and bench/results/*.json`);
} finally {
  await browser.close();
  await server.close();
  await bundle.remove();
}
