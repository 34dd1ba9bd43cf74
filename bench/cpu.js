// `node bench/cpu.js [--only name] [--runs N] [--dist dir]` (after `npm run build`):
// the main-thread CPU time of each workload's timed region, pages A and B
// interleaved in one Chromium, from Chromium's Performance.getMetrics
// `ThreadTime` taken just before and just after `window.benchTimed()`
// (pages/harness.js). Unlike the wall-clock figures of run.js, it leaves out the
// time the renderer waits for a core, so it stays steady on a busy machine;
// it also leaves out the compositor's and raster threads' work. Prints a
// table; writes nothing. Workloads with an `after` hook are timed on their
// render only.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, withPage } from './lib/browser.js';
import { startServer } from './lib/server.js';
import { snapshotBundle } from './lib/snapshot.js';
import { median } from './lib/stats.js';
import { select } from './workloads/index.js';

const { values: opts } = parseArgs({ options: { only: { type: 'string' }, runs: { type: 'string', default: '7' }, dist: { type: 'string' } } });
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1, not "${opts.runs}"`);

/** Main-thread CPU ms of one fresh page's timed region. */
const cpuOf = (browser, url, input) =>
  withPage(browser, url, async (page) => {
    await page.waitForFunction(() => typeof window.benchTimed === 'function', null, { timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const thread = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
    const before = await thread();
    await page.evaluate(() => window.benchTimed());
    return ((await thread()) - before) * 1000;
  }, input);

const bundle = await snapshotBundle(opts.dist && resolve(opts.dist));
const server = await startServer({ overrides: bundle.overrides, sealed: ['/dist/'] });
const browser = await launch();
try {
  const rows = [];
  for (const w of select(opts.only)) {
    const input = w.prepare ? await withPage(browser, server.url + w.pageA, w.prepare) : undefined;
    await cpuOf(browser, server.url + w.pageA, input);
    await cpuOf(browser, server.url + w.pageB, input);
    const a = [];
    const b = [];
    for (let i = 0; i < runs; i++) {
      a.push(await cpuOf(browser, server.url + w.pageA, input));
      b.push(await cpuOf(browser, server.url + w.pageB, input));
      process.stdout.write(`  ${w.name} run ${i + 1}/${runs}: A ${a[i].toFixed(1)} ms, B ${b[i].toFixed(1)} ms CPU\n`);
    }
    const ma = median(a);
    const mb = median(b);
    rows.push(`| ${w.title} | ${runs} | ${ma.toFixed(1)} (${Math.min(...a).toFixed(1)}–${Math.max(...a).toFixed(1)}) | ${mb.toFixed(1)} (${Math.min(...b).toFixed(1)}–${Math.max(...b).toFixed(1)}) | **${(ma / mb).toFixed(2)}×** | ${median(a.map((x, i) => x / b[i])).toFixed(2)}× |`);
  }
  console.log(`\nMain-thread CPU time of the timed region (Performance.getMetrics ThreadTime), bundle ${bundle.hash}:\n`);
  console.log(['| Workload | Runs | A ms CPU: median (min–max) | B ms CPU: median (min–max) | A/B of medians | A/B paired median |', '|---|---:|---:|---:|---:|---:|', ...rows].join('\n'));
} finally {
  await browser.close();
  await server.close();
  await bundle.remove();
}
