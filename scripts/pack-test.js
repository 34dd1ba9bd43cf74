// `node scripts/pack-test.js`, after `npm run build` (part of `npm test`): the
// package as a consumer gets it. Packs the tarball, installs it into an empty
// project in a temp dir (with React, for `waymark/react`, and Vue 3), then checks:
// - the tarball holds dist/, custom-elements.json, README.md and no sources;
// - publint finds nothing in it (package.json fields against the files they
//   name, module formats; warnings and suggestions count too), and attw
//   (@arethetypeswrong/cli) finds types for every export as TypeScript
//   resolves them under node16 (from ESM) and bundler resolution;
// - the README's React 19 and Vue examples compile with vue-tsc --strict (for
//   bundler and node16 resolution) against the opt-in waymark/jsx-react and
//   waymark/vue typings, and so do wrong values marked as expected errors; a
//   project without React or Vue type-checks every other entry (test/pack/types.js);
// - every public specifier resolves through the installed exports, and
//   waymark/schema, /metrics and /adapters work in plain Node (test/pack/consumer.js);
// - dist/schema/*.json are draft 2020-12 schemas that accept the fixtures and
//   agree with zod (test/pack/schema-files.js);
// - in Chromium, the README's plain-HTML example works from the installed
//   waymark.min.js, every waymark/react wrapper renders and maps its events,
//   and a Vue 3 app (test/pack/vue-app.js: runtime-compiled template,
//   isCustomElement, `:data.prop`, `@wm-load`, `@wm-stage-select`) drives
//   <wm-stage-tracker> without Vue warnings (test/pack/browser.js).
// - examples/eleventy (Eleventy 3, @lit-labs/eleventy-plugin-lit) builds against
//   the tarball into a page whose gauge and tracker are declarative shadow DOM
//   with their real content, not the loading state (test/pack/eleventy.js).
// Prints one line per check and a summary; exits 1 when one fails.
// Set WM_PACK_KEEP=1 to keep the temp dirs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { build } from 'vite';
import { lifecycleJourney, serviceJourney } from '../fixtures/journeys.js';
import { generateTimeline } from '../fixtures/touchpoints.js';
import { browserChecks } from '../test/pack/browser.js';
import { eleventyChecks } from '../test/pack/eleventy.js';
import { checkSchemaFiles } from '../test/pack/schema-files.js';
import { typeChecks } from '../test/pack/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const results = [];
const record = ({ name, ok, detail }) => {
  results.push({ name, ok });
  console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
};
async function check(name, fn) {
  try {
    const detail = await fn();
    record({ name, ok: true, detail: typeof detail === 'string' ? detail : '' });
  } catch (e) {
    record({ name, ok: false, detail: e instanceof Error ? e.message : String(e) });
  }
}
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('pack-test: no dist/; run `npm run build` first.');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'waymark-pack-'));
const project = join(work, 'consumer');
const NOW = Date.parse('2025-06-01T12:00:00Z');
const journeyFor = (id, customer) => (id === 'lifecycle' ? lifecycleJourney({ customer, now: NOW }) : undefined);

try {
  console.log('Pack test: the package as a consumer installs it');

  // 1. The tarball. --ignore-scripts: `prepack` would build again; npm test just did.
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((f) => f.path);
  await check('tarball holds dist/, custom-elements.json, README.md and no sources', () => {
    const want = ['package.json', 'README.md', 'custom-elements.json', 'dist/waymark.min.js', 'dist/react.js', 'dist/schema/Journey.json', 'dist/types/react/index.d.ts', 'dist/types/frameworks/react-jsx.d.ts', 'dist/types/frameworks/vue.d.ts'];
    const missing = want.filter((f) => !files.includes(f));
    const extra = files.filter((f) => /^(src|test|node_modules|fixtures|demo|bench|stories|scripts)\//.test(f));
    if (missing.length || extra.length) throw new Error(`missing ${missing.join(', ') || 'nothing'}; should not ship ${extra.slice(0, 5).join(', ') || 'anything else'}`);
    return `${files.length} files, ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked`;
  });

  // 1b. The tarball as a registry would hold it, linted.
  await check('publint: no errors, warnings or suggestions', async () => {
    const bytes = readFileSync(tarball);
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball: data }, level: 'suggestion', strict: true });
    if (messages.length) throw new Error(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`).join('; '));
  });
  await check('attw: every export has types (ESM-only profile)', () => {
    // The package is ESM-only ("type": "module", exports with "default" only):
    // `require()` and TypeScript's legacy node10 resolution cannot load it by
    // design, so the esm-only profile leaves out exactly those two resolution
    // modes (node10 and node16 from CJS; attw's "cjs-resolves-to-esm" and their
    // "no-resolution"). Any finding under node16 from ESM or bundler fails.
    // --no-definitely-typed: no registry look-up for @types/waymark.
    const cli = dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json'));
    const bin = join(cli, JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')).bin.attw);
    try {
      execFileSync(process.execPath, [bin, tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-color'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const report = String(e.stdout || e.stderr || e.message);
      // One block per export; name those with a finding outside the ignored modes.
      const failing = report
        .split(/\*{10,}/)
        .map((b) => b.trim())
        .filter((b) => b.startsWith('"') && /❌|💀|⚠️/.test(b.replace(/\(ignored\).*$/gm, '')))
        .map((b) => b.split('\n').filter((l) => !l.includes('(ignored)')).join(' '));
      throw new Error(failing.join(' | ') || report.trim().slice(0, 500));
    }
  });

  // 1c. examples/eleventy built against the tarball, beside everything below (mostly npm waiting).
  const eleventy = eleventyChecks({ root, dir: join(work, 'eleventy'), tarball, seconds });

  // 2. A fresh project that installs it, and React and Vue at the versions this repo tests with (so the cache has them).
  const versionOf = (name) => JSON.parse(readFileSync(join(root, `node_modules/${name}/package.json`), 'utf8')).version;
  const reactVersion = versionOf('react');
  const vueVersion = versionOf('vue');
  const typescript = `typescript@${versionOf('typescript')}`;
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'waymark-consumer', private: true, type: 'module' }));
  await check('npm install <tarball> in an empty project', () => {
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `react@${reactVersion}`, `react-dom@${reactVersion}`, `vue@${vueVersion}`,
      `@types/react@${versionOf('@types/react')}`, typescript, `vue-tsc@${versionOf('vue-tsc')}`], project);
    return `with react@${reactVersion}, vue@${vueVersion}, ${typescript} (${seconds()})`;
  });
  // And one with neither React nor Vue, for the typings of everything else.
  const bare = join(work, 'bare');
  mkdirSync(bare);
  writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'waymark-bare', private: true, type: 'module' }));
  await check('npm install <tarball> in a project without React or Vue', () => {
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, typescript], bare);
    return seconds();
  });
  const pkgDir = join(project, 'node_modules/waymark');

  // 3. Node, from inside the consumer project.
  copyFileSync(join(root, 'test/pack/consumer.js'), join(project, 'consumer.js'));
  writeFileSync(join(project, 'input.json'), JSON.stringify({
    journey: lifecycleJourney({ now: NOW }),
    specifiers: [
      'waymark', 'waymark/stage-tracker.js', 'waymark/score-gauge.js', 'waymark/journey-score.js',
      'waymark/maturity-scan.js', 'waymark/touchpoint-timeline.js', 'waymark/data-source.js',
      'waymark/adapters', 'waymark/schema', 'waymark/metrics', 'waymark/react', 'waymark/waymark.min.js',
      'waymark/autoloader.js', 'waymark/react/stage-tracker.js', 'waymark/react/score-gauge.js',
      'waymark/react/journey-score.js', 'waymark/react/maturity-scan.js', 'waymark/react/touchpoint-timeline.js',
      'waymark/react/data-source.js', 'waymark/jsx-react', 'waymark/vue',
      'waymark/custom-elements.json', 'waymark/schema/Journey.json', 'waymark/schema/TimelineData.json',
      'waymark/package.json',
    ],
  }));
  try {
    const out = execFileSync('node', ['consumer.js', 'input.json'], { cwd: project, encoding: 'utf8' });
    JSON.parse(out.trim().split('\n').at(-1)).forEach(record);
  } catch (e) {
    record({ name: 'Node checks ran', ok: false, detail: String(e.stderr || e.message).trim().split('\n').slice(0, 5).join(' ') });
  }

  // 3b. Types: the README's React and Vue examples, wrong values, and a consumer without
  // either framework. The compilers run beside the checks below; their results come last.
  const types = typeChecks({ root, project, bare, readme: readFileSync(join(pkgDir, 'README.md'), 'utf8') });

  // 4. The JSON Schema files as installed, against the installed zod schemas.
  const { schemas } = await import(pathToFileURL(join(pkgDir, 'dist/schema.js')).href);
  checkSchemaFiles(join(pkgDir, 'dist/schema'), schemas).forEach(record);

  // 5. Chromium: bundle a React and a Vue page against the installed packages, then load all three pages.
  const reactDir = join(work, 'react-dist');
  await check('bundle a React page importing waymark/react (vite)', async () => {
    copyFileSync(join(root, 'test/pack/react-app.js'), join(project, 'react-app.js'));
    await build({
      root: project, configFile: false, logLevel: 'silent', publicDir: false,
      build: {
        outDir: reactDir, emptyOutDir: true, target: 'es2022', modulePreload: false,
        rolldownOptions: { input: join(project, 'react-app.js'), output: { entryFileNames: 'app.js', chunkFileNames: '[name].js' } },
      },
    });
  });
  // One wrapper brings one element: the bundle of a page importing only the tracker's
  // wrapper holds its tag and no other element's (so no other is defined).
  await check('waymark/react/stage-tracker.js bundles (and defines) only <wm-stage-tracker>', async () => {
    writeFileSync(join(project, 'one-wrapper.js'), "import { WmStageTracker } from 'waymark/react/stage-tracker.js';\nwindow.wrapper = WmStageTracker;\n");
    const out = await build({
      root: project, configFile: false, logLevel: 'silent', publicDir: false,
      build: { write: false, target: 'es2022', rolldownOptions: { input: join(project, 'one-wrapper.js') } },
    });
    const code = (Array.isArray(out) ? out : [out]).flatMap((r) => r.output).filter((c) => c.type === 'chunk').map((c) => c.code).join('\n');
    if (!code.includes('wm-stage-tracker')) throw new Error('the tracker is missing');
    const others = ['wm-score-gauge', 'wm-journey-score', 'wm-maturity-scan', 'wm-touchpoint-timeline', 'wm-data-source'].filter((t) => code.includes(`"${t}"`) || code.includes(`'${t}'`));
    if (others.length) throw new Error(`it also bundles ${others.join(', ')}`);
    return `${(code.length / 1024).toFixed(0)} kB unminified`;
  });
  // Vue's template-compiling build, as for in-page or string templates, with its dev
  // warnings on, so any `[Vue warn]` fails the page. (Without isCustomElement this build
  // still spots tags that are already defined; it would warn only for ones defined later.)
  const vueDir = join(work, 'vue-dist');
  await check('bundle a Vue 3 page importing waymark/stage-tracker.js (vite)', async () => {
    copyFileSync(join(root, 'test/pack/vue-app.js'), join(project, 'vue-app.js'));
    await build({
      root: project, configFile: false, logLevel: 'silent', publicDir: false,
      resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }] },
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      build: {
        outDir: vueDir, emptyOutDir: true, target: 'es2022', modulePreload: false,
        rolldownOptions: { input: join(project, 'vue-app.js'), output: { entryFileNames: 'app.js', chunkFileNames: '[name].js' } },
      },
    });
  });
  const journey = lifecycleJourney({ customer: 'acme', now: NOW });
  const dataEvents = [['onWmLoad', 'wm-load'], ['onWmError', 'wm-error']];
  const reactInput = {
    events: {
      WmStageTracker: [...dataEvents, ['onWmStageSelect', 'wm-stage-select']],
      WmScoreGauge: dataEvents,
      WmJourneyScore: dataEvents,
      WmMaturityScan: [...dataEvents, ['onWmScanChange', 'wm-scan-change'], ['onWmScanComplete', 'wm-scan-complete']],
      WmTouchpointTimeline: [...dataEvents, ['onWmTouchpointSelect', 'wm-touchpoint-select']],
      WmDataSource: [['onWmAdapterChange', 'wm-adapter-change']],
    },
    render: [
      ['WmStageTracker', { data: journey, selectable: true }],
      ['WmStageTracker', { src: '/api/missing.json' }],
      ['WmScoreGauge', { kind: 'nps', value: 42, label: 'NPS' }],
      ['WmJourneyScore', { data: serviceJourney() }],
      ['WmMaturityScan', { autosave: 'off' }],
      ['WmTouchpointTimeline', { data: generateTimeline({ count: 40 }) }],
      ['WmDataSource', { type: 'static', src: '/api/dataset.json' }],
    ],
  };
  reactInput.expectLoad = [
    [0, 'onWmLoad', journey.id], [1, 'onWmError', 'not-found'], [2, 'onWmLoad', 'inline'],
    [3, 'onWmLoad', serviceJourney().id], [4, 'onWmLoad', 'journey-management'], [5, 'onWmLoad', '40 touchpoints'],
  ];
  await browserChecks({
    pkgDir, readme: readFileSync(join(pkgDir, 'README.md'), 'utf8'), journeyFor,
    reactDir: existsSync(join(reactDir, 'app.js')) ? reactDir : undefined, reactInput,
    vueDir: existsSync(join(vueDir, 'app.js')) ? vueDir : undefined, vueInput: { journey },
  }, check);
  (await types).forEach(record);
  (await eleventy).forEach(record);
} catch (e) {
  record({ name: 'pack test ran to the end', ok: false, detail: String(e.stderr || e.stack || e).trim().split('\n').slice(0, 8).join('\n    ') });
} finally {
  if (process.env.WM_PACK_KEEP) console.log(`  (kept ${work})`);
  else rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`Pack test: ${results.length - failed} passed, ${failed} failed (${seconds()}).`);
if (failed) process.exit(1);
