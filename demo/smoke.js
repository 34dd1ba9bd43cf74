// Browser smoke test of the demo: `node demo/smoke.js [screenshot-dir]`
// (after `npm run build`). Starts the demo server on a free port, opens the
// pages in Chromium (playwright-core, $CHROME_PATH or Debian's chromium) and
// checks: trackers render, no console errors, no CSP violations, and the
// customer portal's tracker follows the back office live, without a reload.
// Exits 1 when a check fails.

import { mkdirSync } from 'node:fs';
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

const { server, url: base } = await startDemoServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

async function open(path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} from ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await page.goto(base + path);
  return { context, page, errors };
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

const trackerText = (page) =>
  page.evaluate(() => document.querySelector('#tracker').shadowRoot.textContent.replace(/\s+/g, ' '));

try {
  for (const colorScheme of ['light', 'dark']) {
    console.log(`intranet (${colorScheme})`);
    const { context, page, errors } = await open('/intranet.html', { colorScheme });
    await trackersRender('intranet', page);
    await page.waitForTimeout(300);
    if (shots) await page.screenshot({ path: join(shots, `intranet-${colorScheme}.png`), fullPage: true });
    await checkClean('intranet', page, errors);
    if (colorScheme === 'light') {
      // Each live tracker holds an event stream open; over HTTP/1.1 the browser
      // allows 6 connections per host, so the page must leave room for others.
      const answer = await page.evaluate(() => Promise.race([
        fetch('/api/metrics/onboarding-nps').then((r) => r.status),
        new Promise((resolve) => setTimeout(() => resolve('stalled'), 3000)),
      ]));
      if (answer === 200) pass('intranet: other requests still go through while trackers are live');
      else fail('intranet: a further request to the server stalled (every HTTP/1.1 connection is held by an event stream)');
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
  if (shots) await page.screenshot({ path: join(shots, 'portal-after.png'), fullPage: true });
  await checkClean('portal', page, errors);
  await context.close();
} finally {
  await browser.close();
  server.api.close();
  server.closeAllConnections();
  server.close();
}

console.log(problems.length ? `\n${problems.length} problem(s).` : '\nAll checks passed.');
process.exitCode = problems.length ? 1 : 0;
