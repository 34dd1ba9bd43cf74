// Byte budgets, checked by `npm test`. Bytes are deterministic, so unlike
// speed they can be gated here: each entry is bundled with everything it
// needs at startup (Lit included), fully minified, then gzipped. Chunks that
// are only imported dynamically (chart.js) are reported but not counted.
import { build } from 'vite';
import { minifyLitCss } from './minify-css.js';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * [name, entry, budget, goal, bundle zod?] in gzipped bytes. The budget is the
 * gate: a change that grows past it fails `npm test`. The goal is the issue's
 * target where it is tighter than what the SPEC's stack allows today (Lit
 * 5.8 kB + @lit/task + @lit/context + the element): it is printed, so the gap
 * stays visible, but does not fail the run. zod/mini is the validation
 * runtime every element shares, so it has a budget of its own.
 * Localisation (issue 6: every string through msg() with an id, per-element
 * locale resolution, Intl helpers) added about 1.8 kB gz to each element;
 * the German and Dutch strings are lazy chunks, reported but not counted.
 * Rendering inline data in the first update (for server rendering and no
 * loading flash) and the shared states module added about 0.1 kB gz; reading
 * any CSS colour (oklch, color-mix: the timeline's sentiment) about 0.3 kB gz;
 * the scan's own arrow keys (WebKit's radios ignore right-to-left) 0.25 kB gz.
 * Touch and small screens (issue 12): the timeline's swipe handling (a
 * vertical swipe is the page's; a drag the browser takes over is undone) and
 * the 24 px target minimum in the shared styles, 0.12 kB gz on the timeline,
 * 0.10 kB gz on the CDN bundle: both gates +0.15 kB.
 * Issue 12 (a one-tracker page within 25 kB gz) took off 0.25 to 1.2 kB gz:
 * one schema module per shape, static properties instead of decorators, the
 * src fetch and the retry helpers loaded only where used, no annotations.
 * Scan privacy (autosave local/session/off, autosave-days, the intro's three
 * ways of saying where answers are kept, drafts without the name) measured
 * +0.40 kB gz on the scan (within its budget) and +0.43 kB gz on the CDN
 * bundle (65.76 to 66.19): the CDN gate +0.3 kB to 66.2.
 * Print (v1.1: the shared print rules, closed disclosures opened for the
 * print, the timeline's whole range redrawn at the page width, every scan
 * page printed) measured +0.28 kB gz on the tracker (17.64 to 17.92), +0.26
 * on the gauge and the journey score, +0.31 on the scan, +0.42 on the
 * timeline and +0.47 on the CDN bundle (67.94 to 68.41): those gates rose by
 * that much, rounded up.
 */
export const BUDGETS = [
  // The actionable tracker's hooks (the attribute, the lazy import of its
  // module, the checkbox and row-note slots) added 0.10 kB gz (17.96 before);
  // its checkboxes, saving and offline queue are a lazy chunk (2.1 kB gz).
  ['stage-tracker (with Lit; zod shared)', 'src/elements/stage-tracker/define.ts', 18.1 * 1024, 10 * 1024, false],
  ['score-gauge (with Lit; zod shared; chart.js lazy)', 'src/elements/score-gauge/define.ts', 19.75 * 1024, 10 * 1024, false],
  ['journey-score (with Lit and the dial; zod shared)', 'src/elements/journey-score/define.ts', 18.40 * 1024, undefined, false],
  // The autosave modes and toCSV() added 0.61 kB gz (26.33 before them); the
  // Download results button 0.08 kB (26.96 before it; the saving code is lazy).
  ['maturity-scan (with Lit and the built-in scan; zod shared; chart.js lazy)', 'src/elements/maturity-scan/define.ts', 27.45 * 1024, 20 * 1024, false],
  // toCSV() added 0.26 kB gz, Milestone.owner 0.02 (29.15 before them); the
  // toImage() stub (its code is a lazy chunk) and the toolbar's Download image
  // and Download CSV buttons 0.20 kB (29.42 before them).
  ['touchpoint-timeline (with Lit; zod shared; list view lazy)', 'src/elements/touchpoint-timeline/define.ts', 31.1 * 1024, undefined, false],
  // v1.1's journey map, measured at 22.39 kB gz; with print rules 22.65; the
  // shared print rules and one table per stage in print 22.79. The toImage()
  // stub (its code is a lazy chunk) and the toolbar's Download image and
  // Download CSV buttons: +0.22 kB (22.80 before them, 23.02 with them); the
  // forced-colours outline of the selected cell 0.01; the shared print reset
  // of the light neutrals (paper stays white) 0.06: 23.09.
  ['journey-map (with Lit and the gauge model; zod shared)', 'src/elements/journey-map/define.ts', 23.1 * 1024, undefined, false],
  ['data-source (with Lit and the adapters; zod shared)', 'src/elements/data-source/define.ts', 11.8 * 1024, undefined, false],
  ['schema (zod/mini and every data shape)', 'src/data/schema.ts', 9.3 * 1024, undefined, true],
  // 65.76 before v1.1's first additions: toCSV() on four elements, the scan's
  // autosave modes, Milestone.owner and the adapters' completeMilestone.
  // toImage() on three elements and the download buttons: +0.36 kB gz
  // (67.94 before them, measured with the JourneyMap schema already in).
  // <wm-journey-map> adds 5.47 kB gz (67.94 without it, 73.41 with it); the
  // print rules, toImage() and the download buttons bring it to 74.18. The
  // schema entry holds the JourneyMap shape (the map adapters: +0.16 kB, 74.50): 9.25 kB gz (8.5 before). The
  // map's print (shared rules, a table per stage) and every scan page in
  // print: 74.31. The actionable tracker (its hooks in the tracker, the
  // MilestoneChangeEvent class and export, the exports its lazy chunk imports,
  // the memory adapter's progress and next step): +0.35 kB, 74.63 to 74.97.
  // The journey map's toImage() stub and download buttons (the timeline's
  // buttons now the same shared template) and the shared print reset, merged
  // with the actionable tracker: 75.05 measured (76,851 B).
  ['waymark.min.js (everything, CDN)', 'src/waymark.ts', 75.05 * 1024, undefined, true],
];

async function measure(entry, bundleZod) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLitCss()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: {
        external: bundleZod ? [] : (id) => /^zod(\/|$)/.test(id),
        output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } },
      },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entryChunk = chunks.find((c) => c.isEntry);
  // Startup cost: the entry and its static imports, transitively.
  const seen = new Set();
  const walk = (c) => {
    if (!c || seen.has(c)) return;
    seen.add(c);
    c.imports.forEach((f) => walk(byName.get(f)));
  };
  walk(entryChunk);
  const gz = (c) => gzipSync(c.code, { level: 9 }).length;
  const startup = [...seen].reduce((n, c) => n + gz(c), 0);
  const lazy = chunks.filter((c) => !seen.has(c)).reduce((n, c) => n + gz(c), 0);
  const modules = [...seen].flatMap((c) => Object.keys(c.modules));
  return { startup, lazy, modules };
}

const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
let failed = 0;
const rows = [];
for (const [name, entry, budget, goal, bundleZod] of BUDGETS) {
  const { startup, lazy, modules } = await measure(entry, bundleZod);
  const classicZod = modules.some((m) => /node_modules\/zod\/v4\/classic\//.test(m));
  const ok = startup <= budget && !classicZod;
  if (!ok) failed++;
  rows.push(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: ${kb(startup)} gz (budget ${kb(budget)})` +
      (goal ? `, goal ${kb(goal)}${startup <= goal ? ' met' : ' not met yet'}` : '') +
      (lazy ? `, lazy chunks ${kb(lazy)} gz` : '') +
      (classicZod ? ' — bundles classic zod: use zod/mini' : ''),
  );
}
console.log(`Byte budgets (minified + gzip -9):\n${rows.join('\n')}\n`);
if (failed) {
  console.error(`${failed} byte budget(s) exceeded.`);
  process.exit(1);
}
