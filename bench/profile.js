// `node bench/profile.js [--only name] [--top N]`: where each workload's time
// goes, page A against page B. Builds the CDN bundle again with a source map
// (same code as dist/waymark.min.js) into a temporary folder and serves it in
// its place, then per page: one warm-up, one traced run (main-thread time by
// phase: script & DOM, style, layout, paint, GC) and one CPU-profiled run
// (JavaScript functions by self time, named through the source map).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchReady, launch, runPage, withPage } from './lib/browser.js';
import { profileCpu, functionTimes } from './lib/cpu-profile.js';
import { startServer } from './lib/server.js';
import { originalPosition } from './lib/sourcemap.js';
import { TRACE_CATEGORIES, breakdown } from './lib/trace.js';
import { select } from './workloads/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({ options: { only: { type: 'string' }, top: { type: 'string', default: '20' } } });
const top = Number(opts.top);

const out = mkdtempSync(join(tmpdir(), 'waymark-profile-'));
const bundle = join(out, 'waymark.min.js');
execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'cdn', '--sourcemap', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });

/** "name  file:line  | source line" for a profiled function. */
function describe(frame) {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const path = new URL(frame.url).pathname;
  if (path === '/dist/waymark.min.js') {
    const o = originalPosition(`${bundle}.map`, frame.lineNumber, frame.columnNumber);
    if (o) return `${o.name ?? name}  ${relative(ROOT, o.source)}:${o.line0 + 1}  | ${(o.text ?? '').slice(0, 70)}`;
  }
  return `${name}  ${path.slice(1)}:${frame.lineNumber + 1}`;
}

const fmt = (x) => x.toFixed(1).padStart(7);

async function profilePage(browser, url, input) {
  await runPage(browser, url, input);
  const phases = await withPage(browser, url, async (page) => {
    await benchReady(page);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.evaluate(() => window.runBench());
    return breakdown(JSON.parse(await browser.stopTracing()));
  }, input);
  const cpu = await withPage(browser, url, async (page) => {
    await benchReady(page);
    return profileCpu(page, () => page.evaluate(() => window.runBench()));
  }, input);
  return { phases, ms: cpu.result.ms, functions: functionTimes(cpu.profile) };
}

const server = await startServer({ overrides: { '/dist/waymark.min.js': bundle } });
const browser = await launch();
try {
  for (const w of select(opts.only)) {
    const input = w.prepare ? await withPage(browser, server.url + w.pageA, w.prepare) : undefined;
    const a = await profilePage(browser, server.url + w.pageA, input);
    // Workloads without a baseline (the million-touchpoint ones) profile page A alone.
    const none = { phases: { groups: {}, totalMs: 0 }, ms: 0, functions: [] };
    const b = w.pageB ? await profilePage(browser, server.url + w.pageB, input) : none;
    console.log(`\n## ${w.title}\n\nMain thread in the timed region (traced run), ms:\n`);
    console.log(`${'phase'.padEnd(14)}${'A'.padStart(7)}${'B'.padStart(7)}${'A-B'.padStart(7)}`);
    const names = [...new Set([...Object.keys(a.phases.groups), ...Object.keys(b.phases.groups)])];
    for (const g of names) {
      const [x, y] = [a.phases.groups[g] ?? 0, b.phases.groups[g] ?? 0];
      console.log(`${g.padEnd(14)}${fmt(x)}${fmt(y)}${fmt(x - y)}`);
    }
    console.log(`${'total'.padEnd(14)}${fmt(a.phases.totalMs)}${fmt(b.phases.totalMs)}${fmt(a.phases.totalMs - b.phases.totalMs)}`);
    for (const [label, p] of [['A (waymark)', a], ...(w.pageB ? [['B (baseline)', b]] : [])]) {
      console.log(`\n${label}: top ${top} functions by self time (profiled run, ${p.ms.toFixed(1)} ms; profiler overhead included)\n\n   self   total  function`);
      for (const f of p.functions.slice(0, top)) console.log(`${fmt(f.self)} ${fmt(f.total)}  ${describe(f)}`);
      console.log(`\n${label}: top ${top} JavaScript functions by total time\n\n   self   total  function`);
      const js = p.functions.filter((f) => f.url).sort((x, y) => y.total - x.total);
      for (const f of js.slice(0, top)) console.log(`${fmt(f.self)} ${fmt(f.total)}  ${describe(f)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
