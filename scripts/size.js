// Byte gates, checked by `npm test`: minified, then gzip -9, in kB (1024 B).
// Bytes are deterministic, so unlike speed they can be gated. A change that
// grows past a gate fails the run: make it smaller first, raise a gate only by
// what the build measures and say so in the commit message (the history of
// every figure is in `git log -p scripts/size.js`). BYTES=1 prints bytes too.
import { build } from 'vite';
import { minifyLitCss } from './minify-css.js';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

/**
 * What a page pays, from the files the autoloader build ships (dist/cdn/):
 * the shared runtime once, then each element's own bytes on top of it.
 * runtime: the core chunk every element module imports: Lit, @lit/task and
 * @lit/context, the data element, states, shared styles, the i18n runtime,
 * the load controller, the journey shape, the CSV writer and zod/mini (all of
 * zod any element uses lands there, so a schema should use what the others do).
 */
export const RUNTIME_GATE = 19.47 * KB; // 19.45: Lit and its task and context controllers, zod/mini as the schemas use it, the shared core
/** An element: its module plus the chunks it imports besides the runtime; lazy chunks are reported. */
export const ELEMENT_GATES = {
  'stage-tracker': 5.38 * KB, // 5.36 (disclosures' open state kept per stage): the tracker, its lifecycle timing, print rules (actionable rows lazy)
  'score-gauge': 8.42 * KB, // 8.41: the gauge, the dial and metric words shared with the score, trend, chart controller (chart.js lazy)
  'journey-score': 6.37 * KB, // 6.35: the score, composite scoring, the dial and metric words shared with the gauge
  'maturity-scan': 15.97 * KB, // 15.95: the scan, its form, autosave, scoring, the built-in scan, the scan schema (chart.js lazy)
  'touchpoint-timeline': 19.02 * KB, // 19.01 (the plot observes its size only while connected, +0.02); 18.99 (+0.43: columns grown and pages written in steps, bins kept between draws, Intl made early): the canvas plot, toolbar, detail card, keyboard, touch, colours (list view lazy)
  'journey-map': 11.89 * KB, // 11.88 (lighter cells: a toned note and a plain cell as templates of their own): the grid and its five lane kinds, print tables, the map's schema, the gauge's metric model
  'data-source': 6.77 * KB, // 6.75: the static, memory and REST (SSE) adapters and the map, scan and touchpoint shapes they check
};

/**
 * Whole entries, as a bundler builds one element alone from the npm package:
 * the entry and everything it imports at startup, Lit included, zod external
 * (an app has one zod for all of it) unless marked. [name, entry, gate, bundle zod?]
 */
export const ENTRIES = [
  ['stage-tracker', 'src/elements/stage-tracker/define.ts', 18.25 * KB], // 18.23
  ['score-gauge', 'src/elements/score-gauge/define.ts', 19.77 * KB], // 19.76
  ['journey-score', 'src/elements/journey-score/define.ts', 18.45 * KB], // 18.44
  ['maturity-scan', 'src/elements/maturity-scan/define.ts', 27.45 * KB], // 27.44
  ['touchpoint-timeline', 'src/elements/touchpoint-timeline/define.ts', 31.52 * KB], // 31.51 (the plot observes only while connected, +0.02)
  ['journey-map', 'src/elements/journey-map/define.ts', 23.1 * KB], // 23.09 (lighter cells, +0.03); 23.06 (its custom emotion check: +0.02 with zod external, -0.95 on the shared runtime)
  ['data-source', 'src/elements/data-source/define.ts', 11.8 * KB], // 11.80
  ['schema: zod/mini and every data shape', 'src/data/schema.ts', 8.41 * KB, true], // 8.40
];

/** dist/waymark.min.js as `vite build --mode cdn` writes it: every element in one file that loads alone. */
export const CDN_GATE = 73.22 * KB; // 73.21 (the timeline's plot observes only while connected, +0.02); 73.18 (the timeline's stepped page writes and kept bins, +0.45; the map's lighter cells, +0.04); 72.69: the six elements, the data source, adapters, zod/mini, Lit
export const CDN_GOAL = 60 * KB; // issue 13

const gz = (c) => gzipSync(c.code, { level: 9 }).length;
const chunksOf = (result) => (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((c) => c.type === 'chunk');

/** The chunk and its static imports, transitively, minus `skip`. */
function closure(chunk, byName, skip = new Set()) {
  const seen = new Set();
  const walk = (c) => {
    if (!c || seen.has(c) || skip.has(c)) return;
    seen.add(c);
    c.imports.forEach((f) => walk(byName.get(f)));
  };
  walk(chunk);
  return seen;
}

async function measureEntry(entry, bundleZod) {
  const chunks = chunksOf(
    await build({
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
    }),
  );
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = closure(chunks.find((c) => c.isEntry), byName);
  const sum = (list) => list.reduce((n, c) => n + gz(c), 0);
  return { bytes: sum([...seen]), lazy: sum(chunks.filter((c) => !seen.has(c))), modules: [...seen].flatMap((c) => Object.keys(c.modules)) };
}

/** A build with the project's own config (vite.config.ts) in `mode`, not written. */
const shipped = async (mode) => chunksOf(await build({ root, mode, logLevel: 'silent', build: { write: false } }));

const kb = (n) => `${(n / KB).toFixed(2)} kB${process.env.BYTES ? ` (${n} B)` : ''}`;
const classic = (modules) => modules.some((m) => /node_modules\/zod\/v4\/classic\//.test(m));
let failed = 0;
const rows = [];
const check = (name, bytes, gate, extra = '', bad = '') => {
  const ok = bytes <= gate && !bad;
  if (!ok) failed++;
  rows.push(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${kb(bytes)} gz (gate ${kb(gate)})${extra}${bad}`);
};

// The runtime once, each element on top of it (dist/cdn/).
const auto = await shipped('autoloader');
const byName = new Map(auto.map((c) => [c.fileName, c]));
const core = auto.filter((c) => /^cdn\/chunks\/core-/.test(c.fileName));
if (core.length !== 1) throw new Error(`expected one core chunk in the autoloader build, found ${core.length}`);
rows.push('Shared runtime once, each element on top of it (what dist/autoloader.js loads):');
check('runtime (Lit, zod/mini, the shared core)', gz(core[0]), RUNTIME_GATE, '', classic(Object.keys(core[0].modules)) ? ' — bundles classic zod: use zod/mini' : '');
for (const [name, gate] of Object.entries(ELEMENT_GATES)) {
  const entry = byName.get(`cdn/${name}.js`);
  if (!entry) throw new Error(`no cdn/${name}.js in the autoloader build`);
  const own = closure(entry, byName, new Set(core));
  const reachable = new Set();
  const all = (c) => {
    if (!c || reachable.has(c) || core.includes(c)) return;
    reachable.add(c);
    [...c.imports, ...c.dynamicImports].forEach((f) => all(byName.get(f)));
  };
  all(entry);
  const lazy = [...reachable].filter((c) => !own.has(c)).reduce((n, c) => n + gz(c), 0);
  const bytes = [...own].reduce((n, c) => n + gz(c), 0);
  check(`${name} on the runtime`, bytes, gate, `, ${own.size} file${own.size > 1 ? 's' : ''}${lazy ? `; lazy chunks ${kb(lazy)} gz` : ''}`);
}

rows.push('\nWhole entries (one element bundled alone, Lit included; zod shared unless said):');
for (const [name, entry, gate, bundleZod] of ENTRIES) {
  const { bytes, lazy, modules } = await measureEntry(entry, bundleZod);
  check(name, bytes, gate, lazy ? `, lazy chunks ${kb(lazy)} gz` : '', classic(modules) ? ' — bundles classic zod: use zod/mini' : '');
}

rows.push('\nOne file for a script tag:');
const cdn = await shipped('cdn');
const min = cdn.find((c) => c.fileName === 'waymark.min.js');
const cdnLazy = cdn.filter((c) => c !== min).reduce((n, c) => n + gz(c), 0);
check('waymark.min.js', gz(min), CDN_GATE, `, goal ${kb(CDN_GOAL)} ${gz(min) <= CDN_GOAL ? 'met' : 'not met yet'}; lazy chunks ${kb(cdnLazy)} gz`);

console.log(`Byte gates (minified + gzip -9):\n${rows.join('\n')}\n`);
if (failed) {
  console.error(`${failed} byte gate(s) exceeded.`);
  process.exit(1);
}
