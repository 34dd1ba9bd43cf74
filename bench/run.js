// `node bench/run.js [--runs N] [--only name]` (after `npm run build`):
// times each workload's waymark page (A) against its hand-written baseline (B)
// in one Chromium, prints a Markdown table and writes bench/results.md and
// bench/results/<workload>.json.
import { cpus, platform, release } from 'node:os';
import { parseArgs } from 'node:util';
import { launch, runPage, withPage } from './lib/browser.js';
import { startServer } from './lib/server.js';
import { compare, summarize } from './lib/stats.js';
import { table, writeResults } from './lib/report.js';
import { WORKLOADS } from './workloads/index.js';

const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '7' }, only: { type: 'string' } } });
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1, not "${opts.runs}"`);
if (runs < 5) console.warn(`Only ${runs} run(s) of each page: fine for a quick look, too few to quote (use 5 or more).`);
const workloads = WORKLOADS.filter((w) => !opts.only || w.name === opts.only);
if (!workloads.length) throw new Error(`No workload "${opts.only}"; there are: ${WORKLOADS.map((w) => w.name).join(', ')}`);

/** Lines of `a` and `b` that differ, as "- a" / "+ b" pairs. */
function differences(a, b) {
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) out.push(`- A ${i}: ${a[i] ?? '(none)'}`, `+ B ${i}: ${b[i] ?? '(none)'}`);
  }
  return out;
}

async function measure(browser, base, w) {
  const input = w.prepare ? await withPage(browser, base + w.pageA, w.prepare) : undefined;
  const page = (url) => runPage(browser, base + url, input);
  const warmA = await page(w.pageA);
  const warmB = await page(w.pageB);
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    for (const [url, into, label] of [[w.pageA, a, 'A'], [w.pageB, b, 'B']]) {
      const { ms, shape } = await page(url);
      if (shape.rendered !== shape.count || shape.count === 0) throw new Error(`${w.name} ${label}: ${shape.rendered} of ${shape.count} rendered`);
      into.push(ms);
    }
    process.stdout.write(`  ${w.name} run ${i + 1}/${runs}: A ${a[i].toFixed(1)} ms, B ${b[i].toFixed(1)} ms\n`);
  }
  const diff = differences(warmA.shape.first, warmB.shape.first);
  return {
    name: w.name, title: w.title, goal: w.goal, runs, count: warmA.shape.count,
    warmup: { a: warmA.ms, b: warmB.ms },
    a: summarize(a), b: summarize(b), ...compare(a, b),
    equivalent: diff.length === 0, differences: diff, signature: warmA.shape.first,
  };
}

const server = await startServer();
const browser = await launch();
try {
  const cpu = cpus();
  const env = {
    date: new Date().toISOString(), chromium: `Chromium ${browser.version()}`,
    cores: cpu.length, cpu: cpu[0]?.model.trim() ?? 'unknown', platform: `${platform()} ${release()}`,
    node: process.version, command: `node bench/run.js --runs ${runs}${opts.only ? ` --only ${opts.only}` : ''}`,
  };
  const results = [];
  for (const w of workloads) results.push(await measure(browser, server.url, w));
  console.log(`\n${table(results)}\n`);
  for (const r of results.filter((x) => !x.equivalent)) {
    console.error(`${r.name}: page B does not build the same DOM as page A, so the comparison is void:\n${r.differences.slice(0, 10).join('\n')}`);
    process.exitCode = 1;
  }
  await writeResults(new URL('./', import.meta.url), env, results);
  console.log('Wrote bench/results.md and bench/results/*.json');
} finally {
  await browser.close();
  await server.close();
}
