// Server rendering (SPEC v1.1 "Where the elements run"), after `npm run build`:
// every entry imports in plain Node; @lit-labs/ssr renders each element given
// its data inline as its content (declarative shadow DOM), and one that loads
// through an adapter as its loading state; Chromium paints that markup with
// JavaScript off, and with it on, @lit-labs/ssr-client hydrates it without a
// loading flash or an error, after which the elements answer input.
// Run: node --test test/ssr/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium-path.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const ENTRIES = ['index', 'stage-tracker', 'score-gauge', 'journey-score', 'maturity-scan', 'touchpoint-timeline', 'journey-map', 'data-source', 'adapters', 'schema', 'metrics'];

/** Each element's shadow root as the server wrote it: `<tag ...><template shadowrootmode="open">...</template>`. */
function shadowOf(html, tag, nth = 0) {
  const parts = html.split(new RegExp(`<${tag}[\\s>]`)).slice(1);
  const body = parts[nth];
  assert.ok(body, `<${tag}> #${nth} was rendered`);
  const start = body.indexOf('<template shadowroot');
  assert.ok(start >= 0, `<${tag}> has a declarative shadow root`);
  return body.slice(start, body.indexOf(`</${tag}>`));
}

describe('server rendering', () => {
  let ssr = '';
  let out = '';
  let server;
  let base = '';
  let browser;

  before(async () => {
    // Rendering installs Lit's DOM shim in this process: the import check runs in fresh ones.
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    await import(join(dist, 'index.js'));
    const { page, sample } = await import('./page.js');
    ssr = await collectResult(render(page(sample())));

    out = mkdtempSync(join(tmpdir(), 'waymark-ssr-'));
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: out,
        emptyOutDir: false,
        minify: false,
        target: 'es2022',
        lib: { entry: join(root, 'test/ssr/client.js'), formats: ['es'], fileName: () => 'client.js' },
        // One file, so modules run in import order: hydration support must be
        // installed before Lit defines LitElement, which a shared chunk would run first.
        rolldownOptions: { output: { inlineDynamicImports: true } },
      },
    });
    const shell = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server rendered</title></head>
<body><div id="root">${ssr}</div>${script ? '<script type="module" src="/client.js"></script>' : ''}</body></html>`;
    writeFileSync(join(out, 'index.html'), shell(true));
    writeFileSync(join(out, 'static.html'), shell(false));
    const types = { '.html': 'text/html', '.js': 'text/javascript' };
    server = createServer((req, res) => {
      const file = join(out, new URL(req.url, 'http://x').pathname.replace(/^\/+/, '') || 'index.html');
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('imports every entry in Node, with no DOM globals', () => {
    for (const entry of ENTRIES) {
      const script = `await import(${JSON.stringify(join(dist, `${entry}.js`))}); console.log(typeof window, typeof document);`;
      const printed = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
      assert.equal(printed, 'undefined undefined', `${entry}.js imports in Node`);
    }
  });

  it('renders inline data as content, not the loading state', () => {
    const tracker = shadowOf(ssr, 'wm-stage-tracker');
    assert.match(tracker, /part="base"/);
    assert.match(tracker, /aria-current="step"/);
    assert.match(tracker, /role="progressbar"/);
    assert.match(tracker, /Onboarding/);
    const gauge = shadowOf(ssr, 'wm-score-gauge');
    assert.match(gauge, /role="meter"/);
    assert.match(gauge, /aria-valuenow="32"/);
    assert.match(gauge, /Net Promoter Score/);
    const score = shadowOf(ssr, 'wm-journey-score');
    assert.match(score, /part="component"/);
    const scan = shadowOf(ssr, 'wm-maturity-scan');
    assert.match(scan, /type="radio"/);
    assert.match(scan, /role="progressbar"/);
    const timeline = shadowOf(ssr, 'wm-touchpoint-timeline');
    assert.match(timeline, /part="toolbar"/);
    assert.match(timeline, /part="chip/);
    const map = shadowOf(ssr, 'wm-journey-map');
    assert.match(map, /<table/);
    assert.match(map, /scope="colgroup"/);
    assert.match(map, /Customers \(30 days\)/);
    assert.match(map, /4,200 reached/);
    for (const [tag, root] of Object.entries({ tracker, gauge, score, scan, timeline, map })) {
      assert.doesNotMatch(root, /part="(loading|error|empty)"/, `${tag} renders its content`);
    }
    assert.doesNotMatch(ssr.split('id="loads"')[0], /aria-busy/, 'no inline element is busy');
  });

  it('renders an adapter-backed element as its loading state', () => {
    const loads = ssr.slice(ssr.indexOf('id="loads"'));
    assert.match(loads, /part="loading"/);
  });

  it('paints the markup with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/static.html`);
    for (const [tag, text] of [
      ['wm-stage-tracker', 'Onboarding'],
      ['wm-score-gauge', 'Net Promoter Score'],
      ['wm-journey-score', 'journey success score'],
      ['wm-maturity-scan', 'Next'],
    ]) {
      const shown = page.locator(tag).first().getByText(text).first();
      assert.ok(await shown.isVisible(), `${tag} shows "${text}" without JavaScript`);
      const box = await shown.boundingBox();
      assert.ok(box && box.width > 0 && box.height > 0, `${tag} lays "${text}" out`);
    }
    assert.ok(await page.locator('wm-touchpoint-timeline [part~="toolbar"]').isVisible(), 'the timeline toolbar is painted');
    assert.ok(await page.locator('wm-journey-map').getByText('Biggest drop-off').isVisible(), 'the journey map is painted');
    await context.close();
  });

  it('hydrates without a loading flash or an error, and the elements answer input', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    // Records any render that shows a loading state, element by element.
    await page.addInitScript(() => {
      window.__loading = [];
      const define = customElements.define.bind(customElements);
      customElements.define = (name, cls, options) => {
        const updated = cls.prototype.updated;
        cls.prototype.updated = function (...args) {
          if (this.renderRoot?.querySelector('[part~="loading"]')) window.__loading.push(this.id || this.localName);
          return updated?.apply(this, args);
        };
        return define(name, cls, options);
      };
    });
    await page.goto(`${base}/index.html`);
    await page.waitForFunction(() => window.__hydrated && window.__events.filter((e) => e.startsWith('wm-load')).length >= 6);
    const loading = await page.evaluate(() => window.__loading.filter((id) => id !== 'loads'));
    assert.deepEqual(loading, [], 'no inline element rendered a loading state');
    const loads = await page.evaluate(() => window.__events.filter((e) => e.startsWith('wm-load')).sort());
    assert.deepEqual(loads, [
      'wm-load wm-journey-map', 'wm-load wm-journey-score', 'wm-load wm-maturity-scan', 'wm-load wm-score-gauge', 'wm-load wm-stage-tracker', 'wm-load wm-touchpoint-timeline',
    ]);

    // Hydration adopts the server's DOM: each element shows its content once.
    const bases = await page.evaluate(() =>
      [...document.querySelectorAll('main > *:not(#loads)')].map((el) => `${el.localName} ${el.shadowRoot.querySelectorAll('[part~="base"]').length}`),
    );
    assert.deepEqual(bases, ['wm-stage-tracker 1', 'wm-score-gauge 1', 'wm-journey-score 1', 'wm-maturity-scan 1', 'wm-touchpoint-timeline 1', 'wm-journey-map 1']);
    await page.locator('wm-stage-tracker button.stage-button').first().click();
    await page.locator('wm-maturity-scan [part~="option"]').first().click();
    const plot = page.locator('wm-touchpoint-timeline [part~="plot"]');
    await plot.focus();
    await plot.press('ArrowRight');
    await plot.press('Enter');
    const cell = page.locator('wm-journey-map td[part~="cell"]').first();
    await cell.focus();
    await cell.press('ArrowRight');
    await page.locator('wm-journey-map td[data-row="0"][data-column="1"]').press('Enter');
    await page.waitForFunction(() => window.__events.length >= 11);
    const input = await page.evaluate(() => window.__events.filter((e) => !e.startsWith('wm-load') && !e.startsWith('wm-error')));
    assert.deepEqual(input, ['wm-stage-select wm-stage-tracker', 'wm-scan-change wm-maturity-scan', 'wm-touchpoint-select wm-touchpoint-timeline', 'wm-cell-select wm-journey-map']);
    assert.ok(await page.locator('wm-touchpoint-timeline [part~="detail"]').isVisible(), 'the touchpoint card opened');
    assert.deepEqual(problems, [], 'no console errors or warnings');
    await context.close();
  });
});
