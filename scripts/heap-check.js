#!/usr/bin/env node
// Heap growth over 500 mount / unmount / reattach cycles per element, with GC
// forced through the DevTools protocol (which a test inside web-test-runner
// cannot do). Drives the system Chromium with playwright-core and the CDN
// bundle, so build first:
//   npm run build && node scripts/heap-check.js [--cycles 500] [--dist dir]
// Each element runs 50 warm-up cycles (lazy chunks, chart.js, Intl caches),
// then GC and a baseline, then the measured cycles, then GC and the reading.
// Fails (exit 1) when any element's heap grows by 1 MB or more.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: opts } = parseArgs({
  options: { cycles: { type: 'string', default: '500' }, dist: { type: 'string', default: join(ROOT, 'dist') } },
});
const CYCLES = Number(opts.cycles);
const DIST = resolve(opts.dist);
const LIMIT = 1024 * 1024;
const ORIGIN = 'http://waymark.heap';
const ELEMENTS = ['wm-stage-tracker', 'wm-journey-score', 'wm-score-gauge', 'wm-maturity-scan', 'wm-touchpoint-timeline'];

if (!existsSync(join(DIST, 'waymark.min.js'))) {
  console.error(`heap: no ${join(DIST, 'waymark.min.js')}; run \`npm run build\` first (or pass --dist).`);
  process.exit(1);
}
const executablePath = chromiumPath();
if (!executablePath) {
  console.error('heap: no Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

const PAGE = `<!doctype html><html lang="en"><head><title>heap</title></head><body><div id="box"></div>
<script type="module">
  window.W = await import('/dist/waymark.min.js');
  window.F = { ...(await import('/fixtures/journeys.js')), ...(await import('/fixtures/touchpoints.js')) };
  window.ready = true;
</script></body></html>`;

/** Runs in the page: `n` cycles of one element, in the four kinds of test/reliability/lifecycle.test.ts. */
async function runCycles({ tag, n, offset }) {
  const { W, F } = window;
  const box = document.getElementById('box');
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const delay = (ms, signal) =>
    new Promise((res, rej) => {
      const t = setTimeout(res, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(t);
        rej(new DOMException('Aborted', 'AbortError'));
      }, { once: true });
    });
  const loaded = (el, accept = () => true) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`${tag} did not load`)), 5000);
      const onLoad = (e) => accept(e.detail.data) && done();
      const onError = (e) => done(new Error(`${tag}: ${e.detail.error.message}`));
      function done(error) {
        clearTimeout(timer);
        el.removeEventListener('wm-load', onLoad);
        el.removeEventListener('wm-error', onError);
        error ? reject(error) : resolve();
      }
      el.addEventListener('wm-load', onLoad);
      el.addEventListener('wm-error', onError);
    });

  // One adapter per element kind, kept on window across calls so warm-up and measurement share it.
  const kits = (window.kits ??= (() => {
    const slow = (fn) => (q, o) => delay(1, o?.signal).then(() => fn(q, o));
    const journey = F.onboardingJourney({ now: Date.parse('2025-06-01T00:00:00Z') });
    const service = F.serviceJourney();
    const memory = new W.MemoryAdapter({ journeys: [journey, service] });
    const watched = { journey: slow((r, o) => memory.journey(r, o)), watch: (t, cb) => memory.watch(t, cb) };
    const metric = {
      id: 'health', kind: 'health', label: 'Customer health', value: 62, previous: 58,
      history: [40, 48, 55, 58, 62].map((value, i) => ({ at: `2025-0${i + 1}-01T00:00:00Z`, value })),
    };
    const scan = {
      id: 'heap-scan', title: 'Heap scan', scale: { min: 1, max: 5, labels: [] },
      dimensions: ['a', 'b', 'c'].map((id) => ({ id, name: `Dimension ${id}` })),
      questions: ['a', 'b', 'c'].map((d, i) => ({ id: `q${i}`, dimensionId: d, text: `Question ${i}` })),
      levels: [1, 2, 3].map((level) => ({ level, name: `Level ${level}`, minScore: (level - 1) * 30, summary: '', recommendations: [] })),
    };
    const items = F.generateTouchpoints({ count: 15, seed: 3 });
    const pages = { '': { items: items.slice(0, 5), nextCursor: 'p2' }, p2: { items: items.slice(5, 10), nextCursor: 'p3' }, p3: { items: items.slice(10) } };
    return {
      'wm-stage-tracker': {
        create: () => Object.assign(document.createElement('wm-stage-tracker'), { adapter: watched, journey: journey.id, customer: journey.customer }),
        live: async (el, i) => {
          const update = loaded(el);
          memory.setJourney({ ...journey, name: `Onboarding ${i}` });
          await update;
        },
      },
      'wm-journey-score': {
        create: () => Object.assign(document.createElement('wm-journey-score'), { adapter: watched, journey: service.id, customer: service.customer }),
        live: async (el, i) => {
          const update = loaded(el);
          memory.setJourney({ ...service, name: `Get help ${i}` });
          await update;
        },
      },
      'wm-score-gauge': {
        create: () => Object.assign(document.createElement('wm-score-gauge'), { adapter: { metric: slow(async () => structuredClone(metric)) }, metric: 'health', trend: true }),
        live: async (el) => {
          el.trend = false;
          await el.updateComplete;
          el.trend = true;
          await el.updateComplete;
        },
      },
      'wm-maturity-scan': {
        // Saves are acknowledged and dropped: a store that kept them would grow by design.
        create: () => Object.assign(document.createElement('wm-maturity-scan'), {
          adapter: { scan: slow(async () => structuredClone(scan)), saveScanResponse: async () => {} }, scan: scan.id, autosave: 'off', mode: 'single',
        }),
        live: async (el, i) => {
          el.value = { q0: 1 + (i % 5), q1: 3, q2: 5 };
          await el.submit();
          await el.updateComplete;
        },
      },
      'wm-touchpoint-timeline': {
        create: () => Object.assign(document.createElement('wm-touchpoint-timeline'), {
          adapter: { touchpoints: slow(async (q) => structuredClone(pages[q.cursor ?? ''])) }, journey: 'j',
        }),
        accept: (d) => d.nextCursor === undefined,
        live: async (el) => {
          const parent = el.parentElement;
          const first = loaded(el, (d) => d.nextCursor !== undefined);
          void el.reload();
          await first;
          el.remove();
          await sleep(5);
          const rest = loaded(el, (d) => d.nextCursor === undefined);
          parent.append(el);
          await rest;
        },
      },
    };
  })());

  const kit = kits[tag];
  for (let i = offset; i < offset + n; i++) {
    const el = kit.create();
    const kind = i % 4;
    if (kind === 1 || kind === 3) {
      box.append(el);
      await el.updateComplete;
      el.remove();
      await sleep(5);
      if (kind === 3) {
        const again = loaded(el, kit.accept);
        box.append(el);
        await again;
        await kit.live(el, i);
        el.remove();
      }
    } else {
      const ready = loaded(el, kit.accept);
      box.append(el);
      await ready;
      if (kind === 2) {
        el.remove();
        box.append(el);
        await el.updateComplete;
      }
      el.remove();
    }
    await el.updateComplete;
  }
  await sleep(50);
}

async function main() {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const failures = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route(`${ORIGIN}/**`, async (route) => {
      const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname));
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
      const file = path.startsWith('/dist/') ? join(DIST, path.slice('/dist/'.length)) : join(ROOT, path);
      const allowed = (path.startsWith('/dist/') && file.startsWith(DIST + sep)) || (path.startsWith('/fixtures/') && file.startsWith(ROOT + sep));
      if (!allowed || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      const type = extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream';
      return route.fulfill({ contentType: type, body: await readFile(file) });
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => window.ready === true, null, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      // Several passes: finalizers and weak maps free more on the next one.
      for (let i = 0; i < 4; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await cdp.send('HeapProfiler.enable');
    console.log(`heap: ${CYCLES} cycles per element (after 50 warm-up cycles), limit ${LIMIT / 1024} KB`);
    for (const tag of ELEMENTS) {
      const started = performance.now();
      await page.evaluate(runCycles, { tag, n: 50, offset: 0 });
      const before = await heap();
      await page.evaluate(runCycles, { tag, n: CYCLES, offset: 50 });
      const after = await heap();
      const growth = after - before;
      const ms = Math.round(performance.now() - started);
      const line = `${tag.padEnd(24)} ${(before / 1024).toFixed(0).padStart(7)} KB -> ${(after / 1024).toFixed(0).padStart(7)} KB  growth ${(growth / 1024).toFixed(1).padStart(7)} KB  (${ms} ms)`;
      console.log(`  ${growth < LIMIT ? 'ok  ' : 'FAIL'} ${line}`);
      if (growth >= LIMIT) failures.push(tag);
    }
    if (errors.length) {
      console.error(`heap: page errors: ${errors.join(' | ')}`);
      failures.push('page errors');
    }
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error(`heap: failed: ${failures.join(', ')}`);
    process.exit(1);
  }
  console.log('heap: every element stayed under 1 MB of growth');
}

await main();
