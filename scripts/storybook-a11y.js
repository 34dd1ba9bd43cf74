// Runs axe (WCAG 2.2 AA) over every Storybook story in four modes (light and
// dark, left-to-right and right-to-left, English plus German and Dutch), and
// fails on any violation,
// console error or page error. Usage: node scripts/storybook-a11y.js [--no-build]
// [--jobs N] [--only <id substring>] [--verbose]
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const verbose = flag('--verbose');
// Two pages keep both cores busy (one renders while the other runs axe). On
// 2 cores a third page gained under 10% (measured) and crowds the settle timeouts.
const jobs = Math.max(1, Number(option('--jobs') ?? 2));
const only = option('--only');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Pairwise, not every combination: axe's findings depend on the theme
// (contrast) and on the words (names, lengths), not on theme and direction
// together, so each theme meets each direction and each language once. The
// full six-mode grid took 15 of npm test's 30 minutes on 2 cores.
const MODES = [
  { name: 'light ltr', globals: '' },
  { name: 'dark rtl', globals: 'theme:dark;direction:rtl' },
  { name: 'German light rtl', globals: 'locale:de;direction:rtl' },
  { name: 'Dutch dark ltr', globals: 'theme:dark;locale:nl' },
];
/** Stories that show a pending state on purpose: their elements stay aria-busy. */
const BUSY_BY_DESIGN = /^(Loading|Submitting)$/;
const SETTLE_MS = 10_000;
const QUIET_MS = 150;
const STORY_MS = 30_000;

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

if (!flag('--no-build')) {
  console.log('Building Storybook...');
  const r = spawnSync('npm', ['run', 'build-storybook'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    console.error('Storybook a11y: the Storybook build failed');
    process.exit(1);
  }
}
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('Storybook a11y: storybook-static/index.json is missing; run without --no-build');
  process.exit(1);
}
const executablePath = chromiumPath();
if (!executablePath) {
  console.error('Storybook a11y: no Chromium found; run `node scripts/ensure-chromium.js` or set CHROME_PATH');
  process.exit(1);
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const stories = Object.values(JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')).entries)
  .filter((e) => e.type === 'story' && (!only || e.id.includes(only)));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon', '.map': 'application/json',
};

/** Serves storybook-static, read-only, on a free port of 127.0.0.1. */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Chromium asks for one on its own; a 404 would be logged as a console error.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    let file = normalize(join(staticDir, path));
    if (file !== staticDir && !file.startsWith(staticDir + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    // The bundle does not change during a run: let Chromium cache it across stories.
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** True once the story has rendered (or failed to) and no waymark element is aria-busy. */
function settled(waitForBusy) {
  const cls = document.body.classList;
  if (cls.contains('sb-show-errordisplay') || cls.contains('sb-show-nopreview')) return true;
  if (!cls.contains('sb-show-main') || cls.contains('sb-show-preparing-story')) return false;
  if (!waitForBusy) return true;
  const busy = (scope) =>
    [...scope.querySelectorAll('*')].some(
      (el) =>
        (el.localName.startsWith('wm-') && el.getAttribute('aria-busy') === 'true') ||
        // Inside a waymark shadow root: the part that streams more data (the timeline's pages).
        (scope !== document && el.getAttribute('part') === 'base' && el.getAttribute('aria-busy') === 'true') ||
        (el.localName.startsWith('wm-') && el.shadowRoot && busy(el.shadowRoot)),
    );
  return !busy(document);
}

async function check(context, base, story, mode) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  // Network idle, but after QUIET_MS rather than Playwright's fixed 500 ms:
  // that wait alone would be a third of the run.
  let inFlight = 0;
  let lastActivity = performance.now();
  const activity = (d) => () => ((inFlight += d), (lastActivity = performance.now()));
  page.on('request', activity(1));
  page.on('requestfinished', activity(-1));
  page.on('requestfailed', activity(-1));
  const quiet = async (deadline) => {
    while ((inFlight > 0 || performance.now() - lastActivity < QUIET_MS) && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const result = { story, mode, violations: [], incomplete: [], errors, notes: [] };
  try {
    // a11y.manual: the addon's own axe run (in the story's afterEach, before
    // the elements have loaded) would only double the work; ours runs later.
    const globals = ['a11y.manual:!true', mode.globals].filter(Boolean).join(';');
    const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_MS });
    const waitForBusy = !BUSY_BY_DESIGN.test(story.name);
    const deadline = performance.now() + SETTLE_MS;
    try {
      // Twice: a lazily loaded module (chart.js, the list view) can start more work.
      for (let i = 0; i < 2; i++) {
        await page.waitForFunction(settled, waitForBusy, { timeout: Math.max(1, deadline - performance.now()), polling: 50 });
        await quiet(deadline);
      }
    } catch {
      result.notes.push(`not settled after ${SETTLE_MS / 1000} s; checked as is`);
    }
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      const text = await page.locator('#error-message').textContent().catch(() => '');
      errors.push(`render error: ${(text ?? '').trim().split('\n')[0]}`);
    }
    // Let the last renders paint before axe reads colours.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.addScriptTag({ content: axeSource });
    Object.assign(
      result,
      await page.evaluate(async (tags) => {
        const r = await window.axe.run(
          { include: ['#storybook-root'] },
          { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] },
        );
        const brief = (v) => ({
          id: v.id,
          nodes: v.nodes.map((n) => ({ target: n.target.flat().join(' >>> '), summary: n.failureSummary })),
        });
        return { violations: r.violations.map(brief), incomplete: r.incomplete.map(brief) };
      }, TAGS),
    );
  } catch (e) {
    errors.push(`check failed: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return result;
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
let failed = 0;
let violationCount = 0;
let errorCount = 0;
try {
  // Animations off: the gauge's needle sweep and spinners would otherwise be
  // caught mid-frame, and the rules checked do not depend on motion.
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  const queue = stories.flatMap((story) => MODES.map((mode) => ({ story, mode })));
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const r = await check(context, base, job.story, job.mode);
      violationCount += r.violations.length;
      errorCount += r.errors.length;
      for (const note of r.notes) console.log(`note  ${r.story.id} [${r.mode.name}]: ${note}`);
      // axe's "needs review": not failures, but worth a look when asked for.
      if (verbose && r.incomplete.length) {
        console.log(`check ${r.story.id} [${r.mode.name}]: ${r.incomplete.map((v) => `${v.id} (${v.nodes.length})`).join('; ')}`);
        for (const v of r.incomplete) for (const n of v.nodes) console.log(`        ${v.id}: ${n.target}`);
      }
      if (!r.violations.length && !r.errors.length) continue;
      failed++;
      const ids = r.violations.map((v) => `${v.id} (${v.nodes.length})`);
      console.log(`FAIL  ${r.story.id} [${r.mode.name}]: ${[...ids, ...r.errors.map((e) => e.split('\n')[0].trim().slice(0, 200))].join('; ')}`);
      if (verbose) {
        for (const v of r.violations) {
          for (const n of v.nodes) console.log(`        ${v.id}: ${n.target}\n          ${n.summary?.replace(/\n/g, '\n          ')}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, worker));
  await context.close();
} finally {
  await browser.close();
  server.close();
}

console.log(`${failed} of ${stories.length * MODES.length} story modes failed, ${errorCount} console or page errors, ${seconds()} s`);
console.log(`Storybook a11y: ${stories.length} stories × ${MODES.length} modes checked, ${violationCount} violations`);
process.exit(failed ? 1 : 0);
