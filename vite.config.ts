import { defineConfig } from 'vite';
import { minifyLitCss } from './scripts/minify-css.js';
import { shortMessageIds } from './scripts/short-ids.js';

/** Entries of the npm package: one per element (defining only its own tags) plus the libraries. */
const entries = {
  index: 'src/waymark.ts',
  'stage-tracker': 'src/elements/stage-tracker/define.ts',
  'data-source': 'src/elements/data-source/define.ts',
  'score-gauge': 'src/elements/score-gauge/define.ts',
  'journey-score': 'src/elements/journey-score/define.ts',
  'maturity-scan': 'src/elements/maturity-scan/define.ts',
  'touchpoint-timeline': 'src/elements/touchpoint-timeline/define.ts',
  'journey-map': 'src/elements/journey-map/define.ts',
  adapters: 'src/data/adapters/index.ts',
  schema: 'src/data/schema.ts',
  metrics: 'src/metrics/index.ts',
  react: 'src/react/index.ts',
  // Types-only entries (JSX and Vue template typings): empty modules, so importing one is harmless.
  'jsx-react': 'src/frameworks/react-jsx.ts',
  vue: 'src/frameworks/vue.ts',
  // `waymark/react/<element>.js`: one wrapper, defining one element.
  ...Object.fromEntries(
    ['stage-tracker', 'data-source', 'score-gauge', 'journey-score', 'maturity-scan', 'touchpoint-timeline', 'journey-map'].map((name) => [
      `react/${name}`,
      `src/react/${name}.ts`,
    ]),
  ),
};

// Dependencies stay external in the npm build so apps share one Lit, one zod
// and, for `waymark/react`, their own React.
const external = /^(lit|@lit\/|@lit-labs\/|zod|chart\.js|react(-dom)?(\/|$))/;

/** The per-element modules the autoloader imports: self-contained (Lit included), sharing chunks between them. */
const cdnElements = Object.fromEntries(
  ['stage-tracker', 'data-source', 'score-gauge', 'journey-score', 'maturity-scan', 'touchpoint-timeline', 'journey-map'].map((name) => [
    `cdn/${name}`,
    `src/elements/${name}/define.ts`,
  ]),
);

/**
 * The autoloader's shared chunk: the base every data element loads (Lit,
 * zod/mini, the load controller, the states, the journey shape and its
 * loader) with everything they import. One file instead of the half dozen
 * automatic chunking made of it: each extra file costs its own gzip
 * dictionary and import/export lists (about 1 kB gz on a one-tracker page),
 * while what it adds to a page without a tracker is the journey shape
 * (under 1 kB gz), which every element but the scan loads anyway. The CSV
 * writer (used by five of the seven elements) is in it too: measured, that
 * takes 0.12 kB gz off a one-tracker page (a file's own import, export and
 * gzip overhead), which pays for the actionable tracker's lazy import in the
 * tracker module; a page with only a gauge loads 0.1 kB gz more. A module is
 * never split: all of zod that any element's schema uses lands here, so
 * schemas keep to the zod constructs the others use (no z.union or z.record:
 * see src/data/shapes/journey-map.ts).
 */
const CORE = /[\\/]src[\\/](export[\\/]csv|styles[\\/]host|elements[\\/](data-element|states|define-element|rtl)|data[\\/](load-controller|journey-load|shapes[\\/]journey))\.ts$/;

/**
 * Comments kept in the minified files for script tags: licences only. The
 * minifier keeps tree-shaking annotations (`/* @__PURE__ *\/`) by default,
 * some 150 of them from zod and Lit, which nothing reads once the files are
 * built (about 0.15 kB gz per page). The npm build keeps them for bundlers.
 */
export const SHIPPED_COMMENTS = { legal: true, annotation: false, jsdoc: false };

export default defineConfig(({ mode }) => {
  // `vite build --mode autoloader`: dist/autoloader.js and the element modules it
  // loads on demand (dist/cdn/), for a <script type="module"> tag or a bundler.
  if (mode === 'autoloader') {
    return {
      plugins: [minifyLitCss(), shortMessageIds()],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: { autoloader: 'src/autoloader.ts', ...cdnElements }, formats: ['es'], fileName: (_f, name) => `${name}.js` },
        rolldownOptions: {
          output: {
            chunkFileNames: 'cdn/chunks/[name]-[hash].js',
            minify: true,
            comments: SHIPPED_COMMENTS,
            codeSplitting: { groups: [{ name: 'core', test: CORE }] },
          },
        },
      },
    };
  }

  // `vite build --mode cdn`: dist/waymark.min.js, one self-contained module for a
  // <script type="module"> tag, Lit included, fully minified.
  if (mode === 'cdn') {
    return {
      plugins: [minifyLitCss(), shortMessageIds()],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: { waymark: 'src/waymark.ts' }, formats: ['es'], fileName: () => 'waymark.min.js' },
        rolldownOptions: {
          // The bundle may gain exports for its lazy chunks to import from: that lets the code
          // it shares with them (Lit, the toolbar, motion) stay inside it, so it loads alone.
          preserveEntrySignatures: 'allow-extension',
          output: { chunkFileNames: 'chunks/[name]-[hash].min.js', minify: true, comments: SHIPPED_COMMENTS },
        },
      },
    };
  }
  return {
    plugins: [minifyLitCss()],
    build: {
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: entries, formats: ['es'], fileName: (_f, name) => `${name}.js` },
      rolldownOptions: { external: (id: string) => external.test(id), output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
