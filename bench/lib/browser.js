// Chromium through playwright-core: the system browser, never a downloaded one.
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium-path.js';

const VIEWPORT = { width: 1280, height: 900 };

export async function launch() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * Opens `url` in a fresh context (a new profile: cold caches, its own heap)
 * and returns `fn(page)`. `input` is handed to the page as `window.BENCH_INPUT`
 * before its scripts run. Page errors fail the call.
 */
export async function withPage(browser, url, fn, input) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    if (input !== undefined) await page.addInitScript((i) => { window.BENCH_INPUT = i; }, input);
    await page.goto(url);
    let result;
    try {
      result = await fn(page);
    } catch (e) {
      // A page that never got ready usually says why in its console (a module that failed to load).
      if (errors.length) e.message += `\n${url}: ${errors.join(' | ')}`;
      throw e;
    }
    if (errors.length) throw new Error(`${url}: ${errors.join(' | ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/** Waits for the page's `window.runBench` (defined by bench/pages/harness.js). */
export const benchReady = (page) => page.waitForFunction(() => typeof window.runBench === 'function', null, { timeout: 30_000 });

/**
 * The page's live DOM nodes as Chromium counts them (Performance.getMetrics
 * `Nodes`: elements, text and comment nodes, in shadow trees and template
 * contents too, so Lit's marker comments count) after garbage collection, so
 * only nodes still in use count.
 */
async function liveNodes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'Nodes').value;
}

/**
 * Opens `url` afresh, runs its `window.runBench()` and returns its `{ ms, shape }`.
 * With `after(page)` (a workload's hook, e.g. frame times and heap), that runs
 * next on the same page and its fields are added to the result. With `nodes`,
 * the result also has `nodes`: the DOM nodes the render added (live nodes after
 * it minus before it, outside the timed region, and before the like-for-like
 * description, which reads every attribute and so makes each an Attr node).
 */
export const runPage = (browser, url, input, after, nodes = false) =>
  withPage(browser, url, async (page) => {
    await benchReady(page);
    let run;
    if (nodes) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const before = await liveNodes(cdp);
      const { ms } = await page.evaluate(() => window.benchTimed());
      const added = (await liveNodes(cdp)) - before;
      await cdp.detach();
      run = { ms, shape: await page.evaluate(() => window.benchShape()), nodes: added };
    } else run = await page.evaluate(() => window.runBench());
    return after ? { ...run, ...(await after(page)) } : run;
  }, input);
