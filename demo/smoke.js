// Browser smoke test of the demo: `node demo/smoke.js [screenshot-dir]`
// (after `npm run build`). Starts the demo server on a free port, opens the
// pages in Chromium (playwright-core, $CHROME_PATH or Debian's chromium) and
// checks: trackers render; the intranet's account scorecard renders its gauges
// (meters with words), journey score (component rows) and trend charts (chart.js
// loaded lazily from /dist/chunks/); the intranet fits a phone's width; no
// console errors, no CSP violations; a milestone the customer ticks in the
// portal's actionable tracker reaches the intranet's tracker live; the
// customer portal's tracker follows the back office live, without a reload;
// the intranet's journey map renders every lane, changes live after "Move
// customers along" and on the API's timer, and prints one table per stage.
// Exits 1 when a check fails.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium-path.js';
import { startDemoServer } from './server.js';

const shots = process.argv[2];
if (shots) mkdirSync(shots, { recursive: true });
const problems = [];
const fail = (message) => {
  problems.push(message);
  console.log(`  ✗ ${message}`);
};
const pass = (message) => console.log(`  ✓ ${message}`);

// The API's data in a temporary folder, so the checks leave `npm start`'s own alone.
const dataDir = mkdtempSync(join(tmpdir(), 'wm-demo-smoke-'));
const { server, url: base } = await startDemoServer({ port: 0, store: { dir: dataDir } });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

async function open(path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} from ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await page.goto(base + path);
  return { context, page, errors, requests };
}

async function checkClean(name, page, errors) {
  const csp = await page.evaluate(() => window.__cspViolations);
  if (csp.length) fail(`${name}: ${csp.length} CSP violation(s), e.g. ${csp[0]}`);
  else pass(`${name}: no CSP violations`);
  const other = errors.filter((e) => !e.includes('Content Security Policy'));
  if (other.length) fail(`${name}: console errors: ${other.join(' | ')}`);
  else pass(`${name}: no other console errors`);
}

async function trackersRender(name, page) {
  try {
    await page.waitForFunction(() => {
      const all = [...document.querySelectorAll('wm-stage-tracker')];
      return all.length && all.every((t) => t.shadowRoot?.querySelector('[part~="stage"]'));
    }, null, { timeout: 10_000 });
    pass(`${name}: every tracker renders its stages`);
  } catch {
    fail(`${name}: trackers did not render [part~="stage"] items`);
  }
}

/** The scorecard's gauges and journey score: each one's state, and what it says. */
const scorecardState = (page) =>
  page.evaluate(() => {
    const state = (el) => {
      const root = el.shadowRoot;
      const meter = root?.querySelector('[role="meter"]');
      const problem = root?.querySelector('[part~="error"], [part~="empty"], [part~="loading"]');
      return {
        what: el.getAttribute('metric') ?? el.getAttribute('journey'),
        valuetext: meter?.getAttribute('aria-valuetext') ?? '',
        problem: problem ? `${problem.getAttribute('part')}: ${problem.textContent.replace(/\s+/g, ' ').trim()}` : '',
      };
    };
    const score = document.querySelector('.scorecard wm-journey-score');
    return {
      gauges: [...document.querySelectorAll('.scorecard wm-score-gauge')].map(state),
      score: score && { ...state(score), components: score.shadowRoot?.querySelectorAll('[part~="component"]').length ?? 0 },
    };
  });

async function scorecardRenders(name, page) {
  try {
    await page.waitForFunction(() => {
      const gauges = [...document.querySelectorAll('.scorecard wm-score-gauge')];
      const score = document.querySelector('.scorecard wm-journey-score');
      return gauges.length === 4 &&
        gauges.every((g) => g.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')) &&
        score?.shadowRoot?.querySelector('[part~="component"]');
    }, null, { timeout: 10_000 });
  } catch {
    // Fall through: the state below says which element is missing what.
  }
  const { gauges, score } = await scorecardState(page);
  if (gauges.length !== 4) fail(`${name}: the scorecard has ${gauges.length} gauges, not 4`);
  for (const g of gauges) {
    if (g.valuetext && !g.problem) pass(`${name}: gauge ${g.what} is a meter: "${g.valuetext}"`);
    else fail(`${name}: gauge ${g.what} has no meter with aria-valuetext (${g.problem || 'nothing rendered'})`);
  }
  if (score?.components && score.valuetext) pass(`${name}: journey score "${score.valuetext}" with ${score.components} component rows`);
  else fail(`${name}: the journey score has no component rows (${score?.problem || 'nothing rendered'})`);
}

/** Every gauge with `trend` draws its sparkline: chart.js is fetched from /dist/chunks/ and paints the canvas. */
async function trendsDraw(name, page, requests) {
  try {
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.scorecard wm-score-gauge[trend]')].every((g) => {
        const canvas = g.shadowRoot?.querySelector('canvas[part~="trend-chart"]');
        if (!canvas?.width || !canvas.height) return false;
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) return true;
        return false;
      }), null, { timeout: 10_000 });
    const n = await page.evaluate(() => document.querySelectorAll('.scorecard wm-score-gauge[trend]').length);
    pass(`${name}: ${n} trend charts drawn on their canvases`);
  } catch {
    fail(`${name}: a gauge with trend has no drawn canvas[part~="trend-chart"]`);
  }
  const chunk = requests.find((p) => /^\/dist\/(?:cdn\/)?chunks\/chart-[\w-]{8}(?:\.min)?\.js$/.test(p));
  if (chunk) pass(`${name}: chart.js came as the lazy chunk ${chunk}`);
  else fail(`${name}: no chart chunk was loaded lazily from /dist/`);
}

const mapFunnel = (page) =>
  page.evaluate(() => {
    const row = document.querySelector('#help-map')?.shadowRoot?.querySelector('tr[part~="funnel"]');
    return row ? row.textContent.replace(/\s+/g, ' ').trim() : '';
  });

/** The intranet's journey map: a table with every lane of the "get help" map, its stage headers and its funnel. */
async function journeyMapRenders(name, page) {
  try {
    await page.waitForFunction(() => document.querySelector('#help-map')?.shadowRoot?.querySelector('tr[part~="funnel"]'), null, { timeout: 10_000 });
  } catch {
    fail(`${name}: the journey map did not render its funnel lane`);
    return;
  }
  const shape = await page.evaluate(() => {
    const root = document.querySelector('#help-map').shadowRoot;
    return {
      tables: root.querySelectorAll('table').length,
      lanes: root.querySelectorAll('tbody tr').length,
      stages: root.querySelectorAll('th[part~="stage"]').length,
      steps: root.querySelectorAll('th[part~="column"]').length,
      scrolls: (() => {
        const s = root.querySelector('[part="scroller"]');
        return s.scrollWidth > s.clientWidth;
      })(),
    };
  });
  if (shape.tables === 1 && shape.lanes === 10 && shape.stages === 5 && shape.steps === 12) {
    pass(`${name}: the journey map shows 5 stages, 12 steps and 10 lanes${shape.scrolls ? ', scrolling sideways inside itself' : ''}`);
  } else fail(`${name}: the journey map's table is ${JSON.stringify(shape)}`);
}

/** "Move customers along" changes the funnel without a reload; so does the API's timer, with nobody clicking. */
async function journeyMapLive(name, page) {
  let navigations = 0;
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++);
  const before = await mapFunnel(page);
  await page.click('#map-advance');
  try {
    await page.waitForFunction((text) => {
      const row = document.querySelector('#help-map').shadowRoot.querySelector('tr[part~="funnel"]');
      return row.textContent.replace(/\s+/g, ' ').trim() !== text;
    }, before, { timeout: 5000 });
    const status = (await page.locator('#map-status').textContent()) ?? '';
    if (navigations) fail(`${name}: the page reloaded`);
    else if (!/^Customers moved along: [\d,]+ reached “Something breaks”/.test(status)) fail(`${name}: the status says "${status}"`);
    else pass(`${name}: the map's funnel changed live after "Move customers along"; status: "${status}"`);
  } catch {
    fail(`${name}: the map's funnel did not change after "Move customers along"`);
  }
  const clicked = await mapFunnel(page);
  try {
    await page.waitForFunction((text) => {
      const row = document.querySelector('#help-map').shadowRoot.querySelector('tr[part~="funnel"]');
      return row.textContent.replace(/\s+/g, ' ').trim() !== text;
    }, clicked, { timeout: 12_000 });
    pass(`${name}: the map's funnel changed again on the API's timer`);
  } catch {
    fail(`${name}: the map did not change on the API's timer`);
  }
}

/** In print the map shows one table per stage (each with every lane header), and the button is hidden. */
async function journeyMapPrints(name, page) {
  await page.emulateMedia({ media: 'print' });
  try {
    await page.waitForFunction(() => document.querySelector('#help-map').shadowRoot.querySelectorAll('table').length === 5, null, { timeout: 5000 });
    const shown = await page.evaluate(() => getComputedStyle(document.getElementById('map-advance')).display);
    if (shown === 'none') pass(`${name}: in print the map is one table per stage (5) and the button is hidden`);
    else fail(`${name}: in print the button is still shown`);
  } catch {
    fail(`${name}: in print the map is not one table per stage`);
  }
  await page.emulateMedia({ media: 'screen' });
}

const trackerText = (page) =>
  page.evaluate(() => document.querySelector('#tracker').shadowRoot.textContent.replace(/\s+/g, ' '));

try {
  const views = [
    { view: 'light', colorScheme: 'light' },
    { view: 'dark', colorScheme: 'dark' },
    { view: 'phone', colorScheme: 'light', viewport: { width: 390, height: 844 } },
  ];
  for (const { view, ...options } of views) {
    console.log(`intranet (${view})`);
    const { context, page, errors, requests } = await open('/intranet.html', options);
    await trackersRender('intranet', page);
    await scorecardRenders('intranet', page);
    await trendsDraw('intranet', page, requests);
    await journeyMapRenders('intranet', page);
    await page.waitForTimeout(300);
    if (shots) {
      await page.screenshot({ path: join(shots, `intranet-${view}.png`), fullPage: true });
      await page.locator('.scorecard').screenshot({ path: join(shots, `scorecard-${view}.png`) });
    }
    if (view === 'phone') {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) fail(`intranet: the page is ${overflow}px wider than a 390px phone`);
      else pass('intranet: nothing overflows a 390px phone screen');
    }
    await checkClean('intranet', page, errors);
    if (view === 'light') {
      // Each live tracker holds an event stream open; over HTTP/1.1 the browser
      // allows 6 connections per host, so the page must leave room for others.
      const answer = await page.evaluate(() => Promise.race([
        fetch('/api/metrics/onboarding-nps').then((r) => r.status),
        new Promise((resolve) => setTimeout(() => resolve('stalled'), 3000)),
      ]));
      if (answer === 200) pass('intranet: other requests still go through while trackers are live');
      else fail('intranet: a further request to the server stalled (every HTTP/1.1 connection is held by an event stream)');
      await journeyMapLive('intranet', page);
      await journeyMapPrints('intranet', page);
    }
    await context.close();
  }

  console.log('customer portal');
  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
  const { context, page, errors } = await open('/portal.html');
  let navigations = 0;
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++);
  await trackersRender('portal', page);
  if (shots) await page.screenshot({ path: join(shots, 'portal-before.png'), fullPage: true });

  // Side by side: the customer ticks a milestone in the portal, the intranet's tracker of the same journey follows.
  // The intranet on another host name (localhost, not 127.0.0.1), as it would be: a browser
  // shares 6 HTTP/1.1 connections per host between all its tabs, and the intranet's live
  // trackers hold 5 of them, so with the portal's stream on the same host the PUT would wait.
  const intranet = await context.newPage();
  await intranet.goto(`${base.replace('127.0.0.1', 'localhost')}/intranet.html`);
  const northwind = () =>
    intranet.evaluate(() => document.querySelector('wm-stage-tracker[customer="northwind"]')?.shadowRoot
      ?.querySelector('.milestones-title')?.textContent.trim() ?? '');
  try {
    await intranet.waitForFunction(() => document.querySelector('wm-stage-tracker[customer="northwind"]')?.shadowRoot
      ?.querySelector('.milestones-title'), null, { timeout: 10_000 });
    const crm = page.locator('#tracker').getByRole('checkbox', { name: 'Connect your CRM' });
    await crm.check({ timeout: 10_000 });
    await page.locator('#tracker .row-note', { hasText: 'Saved' }).waitFor({ timeout: 5000 });
    await intranet.waitForFunction(() => document.querySelector('wm-stage-tracker[customer="northwind"]')?.shadowRoot
      ?.querySelector('.milestones-title')?.textContent.includes('1 of 2 done'), null, { timeout: 5000 });
    pass(`portal + intranet: a milestone ticked in the portal is saved, and the intranet tracker follows live ("${await northwind()}")`);
  } catch (e) {
    fail(`portal + intranet: ticking "Connect your CRM" in the portal did not reach the intranet tracker (${await northwind()}; ${e.message.split('\n')[0]})`);
  }
  await intranet.close();
  const before = await trackerText(page);
  await page.click('#advance');
  try {
    await page.waitForFunction(
      (text) => document.querySelector('#tracker').shadowRoot.textContent.replace(/\s+/g, ' ') !== text,
      before, { timeout: 5000 });
    if (navigations) fail('portal: the page reloaded');
    else pass('portal: the tracker changed live after "Complete the next milestone"');
  } catch {
    fail('portal: the tracker did not change after "Complete the next milestone"');
  }
  await page.locator('#tracker [part~="stage"] button').first().click();
  const log = await page.locator('#log-list li').allTextContents();
  if (log.some((l) => l.includes('wm-stage-select')) && log.some((l) => l.includes('wm-load'))) {
    pass('portal: the live region logs wm-load and wm-stage-select');
  } else fail(`portal: missing events in the log: ${JSON.stringify(log)}`);
  await page.selectOption('#language', 'de');
  try {
    await page.waitForFunction(() => /Phase \d+ von \d+|Phasen erledigt/.test(document.querySelector('#tracker').shadowRoot.textContent), null, { timeout: 5000 });
    pass('portal: the language switch turns the tracker German (its strings load as a chunk under the CSP)');
  } catch {
    fail('portal: the tracker did not switch to German');
  }
  if (shots) await page.screenshot({ path: join(shots, 'portal-after.png'), fullPage: true });
  await checkClean('portal', page, errors);
  await context.close();

  console.log('maturity scan');
  const scanPage = await open('/scan.html');
  const outcome = await scanPage.page.evaluate(async () => {
    const scan = document.getElementById('scan');
    await customElements.whenDefined('wm-maturity-scan');
    for (let i = 0; i < 100 && !scan.definition; i++) await new Promise((r) => setTimeout(r, 50));
    await scan.updateComplete;
    const radios = scan.shadowRoot.querySelectorAll('input[type="radio"]').length;
    scan.value = Object.fromEntries(scan.definition.questions.map((q) => [q.id, 4]));
    await scan.submit();
    await scan.updateComplete;
    return { radios, level: scan.result?.level };
  });
  if (outcome.radios > 0) pass(`scan: questions render as radio groups (${outcome.radios} options on the first page)`);
  else fail('scan: no radio options rendered');
  if (outcome.level) pass(`scan: submit() stores the response and shows the result (level ${outcome.level})`);
  else fail('scan: no result after submit()');
  const shown = await scanPage.page.evaluate(async () => {
    for (let i = 0; i < 40; i++) {
      if (document.getElementById('stored')?.textContent.trim()) return 1;
      await new Promise((r) => setTimeout(r, 100));
    }
    return 0;
  });
  if (shown) pass('scan: the page reads the stored response back from the sample API');
  else fail('scan: the stored response was not shown');
  if (shots) await scanPage.page.screenshot({ path: join(shots, 'scan-result.png'), fullPage: true });
  await checkClean('scan', scanPage.page, scanPage.errors);
  await scanPage.context.close();
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
  await server.api.close();
  rmSync(dataDir, { recursive: true, force: true });
}

console.log(problems.length ? `\n${problems.length} problem(s).` : '\nAll checks passed.');
process.exitCode = problems.length ? 1 : 0;
