// Browser half of scripts/pack-test.js: serves files of the installed package
// (never the repository's dist/) with node:http and checks, in Debian's
// Chromium, (1) the README's plain-HTML example, (2) every `waymark/react`
// wrapper, bundled with the installed React, and (3) <wm-stage-tracker> in a
// Vue 3 app, bundled with the installed Vue.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.js';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
const page = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body>${body}</body></html>`;

/** The first ```html block under the README's "Plain HTML" heading, loading the installed bundle. */
export function readmeExample(readme) {
  const section = readme.split(/^## /m).find((s) => /^Plain HTML/.test(s));
  const block = section?.match(/```html\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('the README has no ```html example under "## Plain HTML"');
  if (!/waymark\.min\.js/.test(block)) throw new Error('the README example does not load waymark.min.js');
  return block.replace(/src="[^"]*waymark\.min\.js"/g, 'src="/assets/waymark.min.js"');
}

/** Serves the installed dist/ under /assets/, the README page at /, a REST API, and the React and Vue pages. */
function serve({ pkgDir, readmeHtml, journeyFor, reactDir, reactInput, vueDir, vueInput }) {
  const file = async (res, root, rel) => {
    const path = normalize(join(root, rel));
    if (!path.startsWith(root)) return res.writeHead(403).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  };
  const json = (res, status, body) => res.writeHead(status, { 'content-type': TYPES['.json'] }).end(JSON.stringify(body));
  return createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const p = decodeURIComponent(url.pathname);
    if (p === '/') return res.writeHead(200, { 'content-type': TYPES['.html'] }).end(page('README example', readmeHtml));
    if (p === '/react.html') {
      return res.writeHead(200, { 'content-type': TYPES['.html'] })
        .end(page('waymark/react', '<div id="root"></div><script type="module" src="/react/app.js"></script>'));
    }
    if (p === '/react/input.json') return json(res, 200, reactInput);
    if (p.startsWith('/react/')) return file(res, reactDir, p.slice('/react/'.length));
    if (p === '/vue.html') {
      return res.writeHead(200, { 'content-type': TYPES['.html'] })
        .end(page('Vue 3', '<div id="root"></div><script type="module" src="/vue/app.js"></script>'));
    }
    if (p === '/vue/input.json') return json(res, 200, vueInput);
    if (p.startsWith('/vue/')) return file(res, vueDir, p.slice('/vue/'.length));
    if (p.startsWith('/assets/')) return file(res, join(pkgDir, 'dist'), p.slice('/assets/'.length));
    if (p === '/api/dataset.json') return json(res, 200, { journeys: [journeyFor('lifecycle', 'acme')] });
    const m = p.match(/^\/api\/journeys\/([^/]+)(\/events)?$/);
    if (m?.[2]) {
      // The REST adapter's live updates: an open stream with nothing to say.
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      return res.write(': quiet\n\n');
    }
    const journey = m && journeyFor(m[1], url.searchParams.get('customer') ?? undefined);
    if (journey) return json(res, 200, journey);
    return json(res, 404, { error: 'not found' });
  });
}

/** Page errors and console errors; `allow404` for the React page, which asks for a missing file on purpose. */
const watchErrors = (p, allow404 = false) => {
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => {
    // Chromium's message for a failed load does not name the URL; the response listener does.
    if (m.type() === 'error' && !/^Failed to load resource: the server responded/.test(m.text())) errors.push(m.text());
  });
  p.on('response', (r) => r.status() >= 400 && !(allow404 && r.status() === 404) && errors.push(`${r.status()} for ${r.url()}`));
  return errors;
};

async function readmePage(browser, base, journeyFor, check) {
  const p = await browser.newPage();
  const errors = watchErrors(p);
  const outside = [];
  p.on('request', (r) => !r.url().startsWith(base) && outside.push(r.url()));
  await p.goto(`${base}/`);
  await check('README example: every <wm-stage-tracker> renders its stages', async () => {
    await p.waitForFunction(() => {
      const all = [...document.querySelectorAll('wm-stage-tracker')];
      return all.length > 0 && all.every((t) => t.shadowRoot?.querySelector('[part~="stage"]'));
    }, null, { timeout: 15_000 }).catch(async () => {
      const seen = await p.evaluate(() =>
        [...document.querySelectorAll('wm-stage-tracker')].map((t) => {
          const state = t.shadowRoot?.querySelector('[part~="error"], [part~="empty"], [part~="loading"]');
          return state ? `${state.getAttribute('part')}: ${state.textContent.replace(/\s+/g, ' ').trim()}` : 'nothing';
        }),
      );
      throw new Error(`trackers show ${seen.length ? seen.join(' | ') : 'no tracker at all'}`);
    });
    const rendered = await p.evaluate(() =>
      [...document.querySelectorAll('wm-stage-tracker')].map((t) => ({
        journey: t.getAttribute('journey'),
        customer: t.getAttribute('customer') ?? undefined,
        stages: t.shadowRoot.querySelectorAll('[part~="stage"]').length,
        current: t.shadowRoot.querySelectorAll('[aria-current="step"]').length,
      })),
    );
    for (const r of rendered) {
      const want = journeyFor(r.journey, r.customer)?.stages.length;
      if (r.stages !== want) throw new Error(`${r.journey}/${r.customer}: ${r.stages} stages, expected ${want}`);
      if (r.current !== 1) throw new Error(`${r.journey}/${r.customer}: ${r.current} current stages, expected 1`);
    }
    return rendered.map((r) => `${r.customer}: ${r.stages} stages`).join(', ');
  });
  await check('README example: no console errors, nothing fetched from elsewhere', () => {
    if (errors.length) throw new Error(errors.join(' | '));
    if (outside.length) throw new Error(`fetched ${outside.join(', ')}`);
  });
  await p.close();
}

async function reactPage(browser, base, reactInput, check) {
  const p = await browser.newPage();
  const errors = watchErrors(p, true);
  await p.goto(`${base}/react.html`);
  const tags = [...new Set(reactInput.render.map(([c]) => c.replace(/[A-Z]/g, (x, i) => (i ? '-' : '') + x.toLowerCase())))];
  await check('waymark/react: importing it defines all six elements', async () => {
    await p.waitForFunction(() => window.__rendered, null, { timeout: 15_000 });
    const undefinedTags = await p.evaluate((ts) => ts.filter((t) => !customElements.get(t)), tags);
    if (undefinedTags.length) throw new Error(`not defined: ${undefinedTags.join(', ')}`);
    return tags.join(', ');
  });
  await check('waymark/react: elements load from props and report through onWmLoad / onWmError', async () => {
    const want = reactInput.expectLoad;
    await p.waitForFunction(
      (w) => w.every(([i, prop, detail]) => window.__log.some((e) => e.index === i && e.prop === prop && e.detail === detail)),
      want, { timeout: 15_000 },
    ).catch(async () => {
      throw new Error(`got ${JSON.stringify(await p.evaluate(() => window.__log))}`);
    });
    return want.map(([i, prop, detail]) => `${reactInput.render[i][0]} ${prop}(${detail})`).join(', ');
  });
  await check('waymark/react: clicking a stage calls onWmStageSelect', async () => {
    const i = reactInput.render.findIndex(([c, props]) => c === 'WmStageTracker' && props.selectable);
    await p.locator(`#el-${i} button.stage-button`).nth(1).click();
    await p.waitForFunction((n) => window.__log.some((e) => e.index === n && e.prop === 'onWmStageSelect' && !e.probe), i, { timeout: 5_000 });
    return (await p.evaluate((n) => window.__log.find((e) => e.index === n && e.prop === 'onWmStageSelect').detail, i));
  });
  await check('waymark/react: every event prop maps to its wm-* event, once', async () => {
    const probes = reactInput.render.flatMap(([c], i) => reactInput.events[c].map(([prop, type]) => ({ i, prop, type })));
    const log = await p.evaluate((ps) => {
      for (const { i, type } of ps) {
        document.getElementById(`el-${i}`).dispatchEvent(new CustomEvent(type, { detail: { probe: true }, bubbles: true, composed: true }));
      }
      return window.__log.filter((e) => e.probe);
    }, probes);
    const bad = probes.filter(({ i, prop, type }) => log.filter((e) => e.index === i && e.prop === prop && e.type === type).length !== 1);
    if (bad.length || log.length !== probes.length) {
      throw new Error(`mismatched: ${JSON.stringify(bad)}; ${log.length} calls for ${probes.length} events`);
    }
    return `${probes.length} event props on ${reactInput.render.length} elements`;
  });
  await check('waymark/react: no console errors', () => {
    if (errors.length) throw new Error(errors.join(' | '));
  });
  await p.close();
}

async function vuePage(browser, base, vueInput, check) {
  const p = await browser.newPage();
  const errors = watchErrors(p);
  const warnings = [];
  p.on('console', (m) => /^\[Vue warn\]/.test(m.text()) && warnings.push(m.text().split('\n')[0]));
  await p.goto(`${base}/vue.html`);
  const { journey } = vueInput;
  const state = () => p.evaluate(() => document.getElementById('vue-state')?.textContent.trim());
  await check('Vue 3: <wm-stage-tracker> takes :data.prop and its wm-load reaches Vue state', async () => {
    await p.waitForFunction((id) => document.getElementById('vue-state')?.textContent.includes(`loaded: ${id};`), journey.id, { timeout: 15_000 })
      .catch(async () => {
        throw new Error(`Vue shows ${JSON.stringify(await state())}`);
      });
    const seen = await p.evaluate(() => {
      const t = document.getElementById('vue-tracker');
      return {
        stages: t.shadowRoot.querySelectorAll('[part~="stage"]').length,
        buttons: t.shadowRoot.querySelectorAll('button.stage-button').length,
        dataAttribute: t.getAttribute('data'),
        selectable: t.selectable,
      };
    });
    if (seen.stages !== journey.stages.length) throw new Error(`${seen.stages} stages, expected ${journey.stages.length}`);
    if (seen.dataAttribute !== null) throw new Error(`data became an attribute: ${seen.dataAttribute.slice(0, 40)}`);
    if (seen.selectable !== true || seen.buttons !== journey.stages.length) throw new Error(`selectable=${seen.selectable}, ${seen.buttons} stage buttons`);
    return `${seen.stages} stages; Vue shows "${await state()}"`;
  });
  await check('Vue 3: clicking a stage reaches @wm-stage-select', async () => {
    const want = journey.stages[1].id;
    await p.locator('#vue-tracker button.stage-button').nth(1).click({ timeout: 5_000 });
    await p.waitForFunction((id) => document.getElementById('vue-state').textContent.includes(`selected: ${id}`), want, { timeout: 5_000 })
      .catch(async () => {
        throw new Error(`Vue shows ${JSON.stringify(await state())}`);
      });
    return want;
  });
  await check('Vue 3: no console errors, no Vue warnings', () => {
    if (errors.length || warnings.length) throw new Error([...errors, ...warnings].join(' | '));
  });
  await p.close();
}

/** Runs the pages; `check(name, fn)` records each result. */
export async function browserChecks({ pkgDir, readme, journeyFor, reactDir, reactInput, vueDir, vueInput }, check) {
  let readmeHtml;
  await check('README has a plain-HTML example', () => {
    readmeHtml = readmeExample(readme);
  });
  const server = serve({ pkgDir, readmeHtml: readmeHtml ?? '', journeyFor, reactDir, reactInput, vueDir, vueInput });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    if (readmeHtml) await readmePage(browser, base, journeyFor, check);
    if (reactDir) await reactPage(browser, base, reactInput, check);
    if (vueDir) await vuePage(browser, base, vueInput, check);
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}
