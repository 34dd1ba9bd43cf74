// Workloads: one touchpoint timeline at 1,000, 10,000 and 100,000 touchpoints
// over two years across six channels, against a hand-written DOM timeline
// (one element per touchpoint in view). Each run times the first full render
// (`runBench`, as every workload), then `after(page)` plays 30 zoom and pan
// steps for frame times and reads the JS heap after garbage collection.
//
// Until bench/run.js calls `after`, run these on their own:
//   npm run build && node bench/workloads/touchpoint-timeline.js [--runs 5] [--only 10k]
// (builds the element's own bundle into a temporary folder and serves it as
// /dist/waymark.min.js, so it works before src/waymark.ts includes the element).
import { pathToFileURL } from 'node:url';

const SIZES = [
  // The goals: at 10k, render no slower than the baseline and p95 frame <= 33 ms;
  // at 100k, render <= 1 s, p95 frame <= 50 ms, heap <= 60 MB. 1k has none: reported only.
  { n: 1_000, label: '1k', goal: undefined, goals: {} },
  { n: 10_000, label: '10k', goal: 1, goals: { p95FrameMs: 33 } },
  { n: 100_000, label: '100k', goal: undefined, goals: { renderMs: 1000, p95FrameMs: 50, heapMB: 60 } },
];

/** Plays the 30 steps (page's `runFrames`), then collects garbage and reads the heap through CDP. */
export async function after(page) {
  const { frames, longestFrameTask, after: shownAfter } = await page.evaluate(() => window.runFrames());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { frames, longestFrameTask, shownAfter, heapBytes: usedSize };
}

export const WORKLOADS = SIZES.map(({ n, label, goal, goals }) => ({
  name: `touchpoint-timeline-${label}`,
  title: `Touchpoint timeline, ${n.toLocaleString('en')} touchpoints (2 years, 6 channels)`,
  pageA: `/bench/pages/touchpoint-timeline-waymark.html?n=${n}`,
  pageB: `/bench/pages/touchpoint-timeline-baseline.html?n=${n}`,
  goal,
  goals,
  after,
}));

export default WORKLOADS;

// ---- Standalone runner (node bench/workloads/touchpoint-timeline.js) ----

const ms = (x) => (x === undefined ? 'n/a' : x.toFixed(1));
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Builds the element's own minified bundle (as the CDN build would) into `dir`; returns server overrides. */
async function buildBundle(dir) {
  const { build } = await import('vite');
  const { readdir } = await import('node:fs/promises');
  const { minifyLitCss } = await import('../../scripts/minify-css.js');
  const root = new URL('../../', import.meta.url).pathname;
  await build({
    root, configFile: false, logLevel: 'warn', plugins: [minifyLitCss()],
    build: {
      outDir: dir, emptyOutDir: true, target: 'es2022', minify: true,
      lib: { entry: 'src/elements/touchpoint-timeline/define.ts', formats: ['es'], fileName: () => 'waymark.min.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return Object.fromEntries((await readdir(dir)).map((f) => [`/dist/${f}`, `${dir}/${f}`]));
}

async function main(workloads) {
  const { parseArgs } = await import('node:util');
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir, cpus } = await import('node:os');
  const { launch, withPage, benchReady } = await import('../lib/browser.js');
  const { startServer } = await import('../lib/server.js');
  const { median } = await import('../lib/stats.js');
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, only: { type: 'string' } } });
  const runs = Number(values.runs);
  const chosen = workloads.filter((w) => !values.only || w.name.endsWith(values.only));
  const dir = await mkdtemp(`${tmpdir()}/wm-timeline-bench-`);
  const server = await startServer({ overrides: await buildBundle(dir) });
  const browser = await launch();
  const rows = [];
  let failed = false;
  try {
    for (const w of chosen) {
      const one = (url) =>
        withPage(browser, server.url + url, async (page) => {
          await benchReady(page);
          const r = await page.evaluate(() => window.runBench());
          return { ...r, ...(await w.after(page)) };
        });
      const res = { A: [], B: [] };
      const warm = { A: await one(w.pageA), B: await one(w.pageB) };
      for (let i = 0; i < runs; i++) {
        for (const k of ['A', 'B']) res[k].push(await one(k === 'A' ? w.pageA : w.pageB));
        console.log(`  ${w.name} run ${i + 1}/${runs}: A ${ms(res.A[i].ms)} ms, B ${ms(res.B[i].ms)} ms`);
      }
      const sum = (list) => ({
        render: median(list.map((r) => r.ms)),
        renderMin: Math.min(...list.map((r) => r.ms)),
        renderMax: Math.max(...list.map((r) => r.ms)),
        frameMedian: median(list.map((r) => median(r.frames))),
        frameP95: median(list.map((r) => percentile(r.frames, 95))),
        heapMB: median(list.map((r) => r.heapBytes)) / 2 ** 20,
        longest: median(list.map((r) => Math.max(r.longestTask, r.longestFrameTask))),
      });
      const A = sum(res.A);
      const B = sum(res.B);
      const same = JSON.stringify([warm.A.shape.first, warm.A.shownAfter]) === JSON.stringify([warm.B.shape.first, warm.B.shownAfter]);
      if (!same) {
        failed = true;
        console.error(`${w.name}: A and B do not show the same:\nA ${warm.A.shape.first.join(' | ')} || ${warm.A.shownAfter.join(' | ')}\nB ${warm.B.shape.first.join(' | ')} || ${warm.B.shownAfter.join(' | ')}`);
      }
      const g = w.goals;
      const met = [
        w.goal === undefined ? undefined : A.render <= B.render * w.goal,
        g.renderMs === undefined ? undefined : A.render <= g.renderMs,
        g.p95FrameMs === undefined ? undefined : A.frameP95 <= g.p95FrameMs,
        g.heapMB === undefined ? undefined : A.heapMB <= g.heapMB,
      ].filter((x) => x !== undefined);
      rows.push(`| ${w.title} | ${runs} | ${ms(A.render)} (${ms(A.renderMin)}–${ms(A.renderMax)}) | ${ms(B.render)} (${ms(B.renderMin)}–${ms(B.renderMax)}) | ` +
        `**${(A.render / B.render).toFixed(2)}×** | ${ms(A.frameMedian)} / ${ms(A.frameP95)} | ${ms(B.frameMedian)} / ${ms(B.frameP95)} | ` +
        `${A.heapMB.toFixed(1)} | ${B.heapMB.toFixed(1)} | ${ms(A.longest)} | ${ms(B.longest)} | ${met.length ? (met.every(Boolean) ? 'yes' : 'no') : '–'} | ${same ? 'same view' : '**differs**'} |`);
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`\nChromium ${browser.version()}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${runs} runs of each page after a warm-up; render = median (min–max) ms; frames = median / p95 ms of each run's 30 steps, median over runs; heap = MB after GC, median over runs; longest task = the longest unbroken run of script on the main thread (Long Tasks API, and script entries of the Long Animation Frames API; 0 when none reached 50 ms) during render or steps, median over runs.\n`);
  console.log('| Workload | Runs | render A ms | render B ms | A/B | frames A median / p95 ms | frames B median / p95 ms | heap A MB | heap B MB | longest task A ms | longest task B ms | Goals met | Check |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|---|');
  console.log(rows.join('\n'));
  if (failed) process.exitCode = 1;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) await main(WORKLOADS);
