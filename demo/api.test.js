// Tests of the demo API and server: `node --test demo/`. Each API gets its
// own embedded Postgres (PGlite) in a temporary folder, removed at the end.
// `WM_TEST_DATABASE_URL=postgres://… node --test demo/` runs the same tests
// on that Postgres instead, each API in a new schema, dropped at the end.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, advanceJourney } from './api.js';
import { createDemoServer, resolveStatic } from './server.js';
import { openStore } from './store.js';
import { onboardingJourney } from '../fixtures/journeys.js';
import { DEMO_MAP_REACHED, advanceMap, demoMap } from '../fixtures/demo-map.js';

const testUrl = process.env.WM_TEST_DATABASE_URL;
const root = await mkdtemp(join(tmpdir(), 'wm-demo-api-'));
// A new PGlite database takes seconds to initialise: make one with the
// tables, then give every API a copy of it (the sample data goes in on first open).
const template = join(root, 'template');
await (await openStore({ dir: template })).close();
const schemas = [];
let places = 0;

/** Runs one statement on WM_TEST_DATABASE_URL's database. */
async function onTestDatabase(sql) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: testUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new PGlite folder with the tables and no data. */
async function freshDir(name = `db_${process.pid}_${++places}`) {
  const dir = join(root, name);
  await cp(template, dir, { recursive: true });
  return dir;
}

/** Options for openStore of a new, empty store: a PGlite folder, or a Postgres schema. */
async function freshPlace() {
  const name = `db_${process.pid}_${++places}`;
  if (!testUrl) return { dir: await freshDir(name) };
  await onTestDatabase(`CREATE SCHEMA ${name}`); // a name made here, safe to inline
  schemas.push(name);
  const url = new URL(testUrl);
  url.searchParams.set('options', `-c search_path=${name}`);
  return { url: url.href };
}

const api = createApi({ heartbeatMs: 50, store: openStore(await freshPlace()) });
const server = createServer((req, res) => {
  if (!api(req, res)) {
    res.writeHead(418);
    res.end('not api');
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
after(async () => {
  server.closeAllConnections();
  server.close();
  await api.close();
  await rm(root, { recursive: true, force: true });
  for (const name of schemas) await onTestDatabase(`DROP SCHEMA ${name} CASCADE`);
});

test('GET a journey by customer, with ETag and 304', async () => {
  const res = await fetch(`${base}/api/journeys/lifecycle?customer=initech`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/json/);
  const journey = await res.json();
  assert.equal(journey.customer, 'initech');
  assert.equal(journey.stages.length, 7);
  const etag = res.headers.get('etag');
  assert.ok(etag);
  const again = await fetch(`${base}/api/journeys/lifecycle?customer=initech`, {
    headers: { 'If-None-Match': etag },
  });
  assert.equal(again.status, 304);
  assert.equal(again.headers.get('etag'), etag);
});

test('404 JSON for a missing journey, metric or scan', async () => {
  for (const path of ['/api/journeys/lifecycle?customer=nobody', '/api/journeys/nope',
    '/api/metrics/nope', '/api/scans/nope', '/api/nothing-here']) {
    const res = await fetch(base + path);
    assert.equal(res.status, 404, path);
    assert.equal((await res.json()).error, 'not-found');
  }
});

test('touchpoints, metrics and URL-encoded segments', async () => {
  const page = await (await fetch(`${base}/api/journeys/onboarding/touchpoints?customer=northwind&channel=web`)).json();
  assert.ok(page.items.length > 0, 'the onboarding journey has touchpoints');
  assert.ok(page.items.every((t) => t.channel === 'web'), 'the channel filter applies');
  const metric = await (await fetch(`${base}/api/metrics/${encodeURIComponent('onboarding-nps')}`)).json();
  assert.equal(metric.kind, 'nps');
});

test('account metrics: GET /api/metrics/{nps|csat|ces|health}?customer= per account', async () => {
  const get = (path) => fetch(base + path);
  const [acme, initech] = await Promise.all(['acme', 'initech'].map(async (c) => (await get(`/api/metrics/health?customer=${c}`)).json()));
  assert.equal(acme.kind, 'health');
  assert.equal(acme.id, 'health');
  assert.notEqual(acme.value, initech.value, 'each account has its own values');
  assert.ok(initech.value < 40, 'initech is at risk');
  for (const id of ['nps', 'csat', 'ces', 'health']) {
    const m = await (await get(`/api/metrics/${id}?customer=acme`)).json();
    assert.equal(m.id, id);
    assert.equal(m.previous, m.history.at(-2).value, `${id}: previous is the period before`);
    assert.equal(m.value, m.history.at(-1).value, `${id}: value is the last of its history`);
  }
  for (const path of ['/api/metrics/nps', '/api/metrics/nps?customer=nobody', '/api/metrics/nps?customer=constructor']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.match((await res.json()).message, /nps/);
  }
  // Shared metrics still answer, with or without a customer.
  assert.equal((await get('/api/metrics/onboarding-nps?customer=acme')).status, 200);
});

test('non-API paths are left to the caller', async () => {
  const res = await fetch(`${base}/apiary/x`);
  assert.equal(res.status, 418);
});

test('PUT a scan response is idempotent by id and answers 204', async () => {
  const body = {
    id: 'resp-1', scanId: 'journey-management', answers: { q1: 4 },
    startedAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
  };
  for (let i = 0; i < 2; i++) {
    const res = await fetch(`${base}/api/scans/journey-management/responses/resp-1`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    assert.equal(res.status, 204);
  }
  const [{ n }] = await api.store.query('countScanResponses', ['journey-management', 'resp-1']);
  assert.equal(n, 1);
  const saved = await (await fetch(`${base}/api/scans/journey-management/responses/resp-1`)).json();
  assert.deepEqual(saved, body);
  const bad = await fetch(`${base}/api/scans/journey-management/responses/resp-2`, {
    method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{not json',
  });
  assert.equal(bad.status, 400);
  const wrongMethod = await fetch(`${base}/api/journeys/onboarding`, { method: 'DELETE' });
  assert.equal(wrongMethod.status, 405);
  assert.match(wrongMethod.headers.get('allow'), /GET/);
});

/** Opens an SSE stream and collects `journey` events and heartbeats. */
function openEvents(path) {
  return new Promise((resolve, reject) => {
    const req = request(base + path, (res) => {
      const stream = { res, journeys: [], maps: [], heartbeats: 0, buffer: '', close: () => req.destroy() };
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        stream.buffer += chunk;
        let end;
        while ((end = stream.buffer.indexOf('\n\n')) >= 0) {
          const block = stream.buffer.slice(0, end);
          stream.buffer = stream.buffer.slice(end + 2);
          if (block.startsWith(':')) stream.heartbeats++;
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (block.includes('event: journey') && data) stream.journeys.push(JSON.parse(data.slice(6)));
          if (block.includes('event: map') && data) stream.maps.push(JSON.parse(data.slice(6)));
        }
      });
      resolve(stream);
    });
    req.on('error', (e) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
    req.end();
  });
}

const waitFor = async (check, ms = 2000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

test('SSE: journey on connect, on every advance, heartbeats, cleanup on close', async () => {
  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
  const stream = await openEvents('/api/journeys/onboarding/events?customer=northwind');
  assert.match(stream.res.headers['content-type'], /^text\/event-stream/);
  await waitFor(() => stream.journeys.length === 1);
  const other = await openEvents('/api/journeys/lifecycle/events?customer=acme');
  await waitFor(() => other.journeys.length === 1);

  const res = await fetch(`${base}/api/demo/advance?customer=northwind&journey=onboarding`, { method: 'POST' });
  assert.equal(res.status, 200);
  const advanced = await res.json();
  await waitFor(() => stream.journeys.length === 2);
  assert.deepEqual(stream.journeys[1], advanced);
  assert.equal(other.journeys.length, 1, 'other topics are not told');
  await waitFor(() => stream.heartbeats > 0);

  assert.equal(api.streamCount, 2);
  stream.close();
  other.close();
  await waitFor(() => api.streamCount === 0);

  const missing = await fetch(`${base}/api/journeys/onboarding/events?customer=nobody`);
  assert.equal(missing.status, 404);
});

test('advance walks the onboarding journey to the end, then 409; reset restores it', async () => {
  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
  const url = `${base}/api/demo/advance?customer=northwind&journey=onboarding`;
  let journey;
  let steps = 0;
  for (;;) {
    const res = await fetch(url, { method: 'POST' });
    if (res.status === 409) break;
    assert.equal(res.status, 200);
    journey = await res.json();
    steps++;
    assert.ok(steps < 20);
  }
  assert.equal(steps, 5); // 7 milestones, 2 done in the fixture
  assert.ok(journey.stages.every((s) => s.status === 'done' && s.progress === 1 && s.completedAt));
  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
  const fresh = await (await fetch(`${base}/api/journeys/onboarding?customer=northwind`)).json();
  assert.equal(fresh.stages.find((s) => s.status === 'current').id, 'connect');
});

test('journey map: GET with ETag and 304, 404 for a journey without one', async () => {
  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
  const res = await fetch(`${base}/api/journeys/get-help/map`);
  assert.equal(res.status, 200);
  const map = await res.json();
  assert.equal(map.name, 'Get help');
  assert.equal(map.stages.length, 5);
  assert.equal(map.steps.length, 12);
  assert.equal(map.lanes.length, 10);
  const again = await fetch(`${base}/api/journeys/get-help/map`, { headers: { 'If-None-Match': res.headers.get('etag') } });
  assert.equal(again.status, 304);
  const missing = await fetch(`${base}/api/journeys/onboarding/map`);
  assert.equal(missing.status, 404);
  assert.match((await missing.json()).message, /journey map/);
});

test('journey map SSE: the map on connect and after every advance; journey streams are not told; reset restores it', async () => {
  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
  const stream = await openEvents('/api/journeys/get-help/map/events');
  const journeyStream = await openEvents('/api/journeys/onboarding/events?customer=northwind');
  await waitFor(() => stream.maps.length === 1 && journeyStream.journeys.length === 1);
  const funnel = (m) => m.lanes.find((l) => l.kind === 'funnel').cells.map((c) => c.reached);
  assert.deepEqual(funnel(stream.maps[0]), Object.values(DEMO_MAP_REACHED));

  const res = await fetch(`${base}/api/demo/map-advance`, { method: 'POST' });
  assert.equal(res.status, 200);
  const advanced = await res.json();
  await waitFor(() => stream.maps.length === 2);
  assert.deepEqual(stream.maps[1], advanced);
  assert.ok(funnel(advanced)[0] > DEMO_MAP_REACHED.breaks, 'new customers notice a problem');
  assert.ok(funnel(advanced).every((n, i) => n >= Object.values(DEMO_MAP_REACHED)[i]), 'counts only grow');
  assert.equal(journeyStream.journeys.length, 1, 'journey streams get no map');
  assert.equal(stream.journeys.length, 0, 'map streams get no journey');

  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
  await waitFor(() => stream.maps.length === 3);
  assert.deepEqual(funnel(stream.maps[2]), Object.values(DEMO_MAP_REACHED));
  stream.close();
  journeyStream.close();
  await waitFor(() => api.streamCount === 0);
  assert.equal((await fetch(`${base}/api/demo/map-advance?journey=nope`, { method: 'POST' })).status, 404);
});

test('journey map: each advance is stored with a new ETag, so a revalidating client gets the pushed map', async () => {
  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
  const stream = await openEvents('/api/journeys/get-help/map/events');
  await waitFor(() => stream.maps.length === 1);
  const first = await fetch(`${base}/api/journeys/get-help/map`);
  const etag = first.headers.get('etag');
  assert.ok(etag);
  const funnel = (m) => m.lanes.find((l) => l.kind === 'funnel').cells.map((c) => c.reached);
  const csat = (m) => m.lanes.find((l) => l.kind === 'metrics').cells.flatMap((c) => c.metrics).find((x) => x.id === 'assistant-csat').value;
  const start = await first.json();

  // Two moves: the first brings new customers, the second also moves the metrics.
  for (let i = 0; i < 2; i++) assert.equal((await fetch(`${base}/api/demo/map-advance?journey=get-help`, { method: 'POST' })).status, 200);
  await waitFor(() => stream.maps.length === 3);
  const pushed = stream.maps[2];
  assert.deepEqual(funnel(pushed), funnel(advanceMap(advanceMap(demoMap(0), 1), 2)));
  assert.notEqual(csat(pushed), csat(start));

  const stale = await fetch(`${base}/api/journeys/get-help/map`, { headers: { 'If-None-Match': etag } });
  assert.equal(stale.status, 200, 'the old ETag no longer matches');
  const fresh = stale.headers.get('etag');
  assert.notEqual(fresh, etag);
  assert.deepEqual(await stale.json(), pushed, 'GET answers the map the stream pushed');
  assert.equal((await fetch(`${base}/api/journeys/get-help/map`, { headers: { 'If-None-Match': fresh } })).status, 304);
  stream.close();
  await waitFor(() => api.streamCount === 0);
  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
});

test('journey map on a timer: mapEveryMs moves customers along and tells subscribers', async () => {
  const timed = createApi({ mapEveryMs: 20, store: openStore(await freshPlace()) });
  try {
    await timed.ready;
    const stored = async () => (await timed.store.query('findMap', ['get-help']))[0];
    let map;
    const start = Date.now();
    while ((map = await stored()).ticks < 2) {
      assert.ok(Date.now() - start < 5000, 'timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
    const cells = map.doc.lanes.find((l) => l.kind === 'funnel').cells;
    assert.ok(cells[0].reached > DEMO_MAP_REACHED.breaks);
  } finally {
    await timed.close();
  }
});

test('advanceMap: the same tick moves the same customers; metrics stay in their ranges', () => {
  const [a, b] = [demoMap(0), demoMap(0)];
  for (let tick = 1; tick <= 200; tick++) {
    advanceMap(a, tick, tick);
    advanceMap(b, tick, tick);
  }
  assert.deepEqual(a, b);
  for (const m of a.lanes.find((l) => l.kind === 'metrics').cells.flatMap((c) => c.metrics)) {
    const [min, max] = m.kind === 'nps' ? [-100, 100] : m.kind === 'ces' ? [1, 7] : [0, 100];
    assert.ok(m.value >= min && m.value <= max, `${m.id} = ${m.value}`);
  }
  const reached = a.lanes.find((l) => l.kind === 'funnel').cells.map((c) => c.reached);
  assert.ok(reached.every((n, i) => i === 0 || n <= reached[i - 1]), 'no step has more customers than the one before');
});

test('advanceJourney: milestone, progress, stage hand-over', () => {
  const j = onboardingJourney({ done: 3, now: Date.parse('2025-03-01T00:00:00Z') });
  const at = Date.parse('2025-03-02T10:00:00Z');
  advanceJourney(j, at);
  const [, connect, train] = j.stages;
  assert.equal(connect.status, 'done');
  assert.equal(connect.progress, 1);
  assert.equal(connect.completedAt, new Date(at).toISOString());
  assert.equal(connect.nextStep, undefined);
  assert.equal(connect.milestones[1].completedAt, new Date(at).toISOString());
  assert.equal(train.status, 'current');
  assert.equal(train.startedAt, new Date(at).toISOString());
  assert.equal(train.nextStep, 'Admin training');
  assert.equal(train.progress, 0);
  assert.equal(j.updatedAt, new Date(at).toISOString());
  advanceJourney(j, at + 1000);
  assert.equal(train.progress, 0.5);
  assert.equal(train.nextStep, 'Agent training');
});

test('static paths cannot leave their roots', () => {
  for (const p of ['/../package.json', '/%2e%2e/package.json', '/dist/../package.json',
    '/dist/%2e%2e/src/index.ts', '/..%2fpackage.json', '/%00', '/.git/config', '/server.js', '/api.js', '/store.js',
    '/db/schema.sql', '/db/queries.sql', '/%E0%A4%A']) {
    assert.equal(resolveStatic(p), null, p);
  }
  assert.match(resolveStatic('/portal.js'), /demo[\\/]portal\.js$/);
  assert.match(resolveStatic('/dist/waymark.min.js'), /dist[\\/]waymark\.min\.js$/);
});

test('demo server: HTML gets the strict CSP, CSS its type, unknown files 404', async () => {
  const demo = createDemoServer({ store: openStore(await freshPlace()) });
  await new Promise((r) => demo.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${demo.address().port}`;
  try {
    const page = await fetch(`${url}/portal.html`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /^text\/html/);
    assert.match(page.headers.get('content-security-policy'), /require-trusted-types-for 'script'/);
    const css = await fetch(`${url}/demo.css`);
    assert.match(css.headers.get('content-type'), /^text\/css/);
    const js = await fetch(`${url}/portal.js`);
    assert.match(js.headers.get('content-type'), /^text\/javascript/);
    // The intranet's journey map section: the element, its own source, the button and its script, under the same CSP.
    const intranet = await fetch(`${url}/intranet.html`);
    assert.match(intranet.headers.get('content-security-policy'), /trusted-types lit-html/);
    const html = await intranet.text();
    assert.match(html, /<wm-data-source id="live" type="rest" base-url="\/api">/);
    assert.match(html, /<wm-journey-map id="help-map" source="live" journey="get-help">/);
    assert.match(html, /<button type="button" id="map-advance">Move customers along<\/button>/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)/, 'no inline script');
    assert.doesNotMatch(html, /\sstyle=/, 'no inline style');
    assert.match((await fetch(`${url}/intranet.js`)).headers.get('content-type'), /^text\/javascript/);
    const cached = await fetch(`${url}/demo.css`, { headers: { 'If-None-Match': css.headers.get('etag') } });
    assert.equal(cached.status, 304);
    assert.equal((await fetch(`${url}/nope.html`)).status, 404);
    assert.equal((await fetch(`${url}/`)).status, 200);
    assert.equal((await fetch(`${url}/api/journeys/onboarding?customer=northwind`)).status, 200);
  } finally {
    demo.closeAllConnections();
    demo.close();
    await demo.api.close();
  }
});

test('PUT a milestone done or not done: stored, pushed to that journey\'s streams once, idempotent', async () => {
  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
  const stream = await openEvents('/api/journeys/onboarding/events?customer=northwind');
  const other = await openEvents('/api/journeys/lifecycle/events?customer=acme');
  await waitFor(() => stream.journeys.length === 1 && other.journeys.length === 1);
  const url = `${base}/api/journeys/onboarding/stages/connect/milestones/${encodeURIComponent('connect-1')}?customer=northwind`;
  const put = (done, target = url, body = JSON.stringify({ done })) =>
    fetch(target, { method: 'PUT', headers: { 'content-type': 'application/json' }, body });
  const milestone = (j) => j.stages.find((s) => s.id === 'connect').milestones.find((m) => m.id === 'connect-1');

  const first = await put(true);
  assert.equal(first.status, 200);
  const done = await first.json();
  assert.equal(milestone(done).done, true);
  assert.ok(milestone(done).completedAt);
  const connect = (j) => j.stages.find((s) => s.id === 'connect');
  assert.equal(connect(done).progress, 0.5, "the stage's progress follows its milestones");
  assert.equal(connect(done).nextStep, 'Import last year of tickets', 'the next step moves on to the first open milestone');
  await waitFor(() => stream.journeys.length === 2);
  assert.deepEqual(stream.journeys[1], done);

  const again = await (await put(true)).json();
  assert.deepEqual(again, done, 'the same PUT twice has the same effect');
  const stored = await (await fetch(`${base}/api/journeys/onboarding?customer=northwind`)).json();
  assert.deepEqual(stored, done);

  const undone = await (await put(false)).json();
  assert.equal(milestone(undone).done, false);
  assert.equal(milestone(undone).completedAt, undefined);
  assert.equal(connect(undone).progress, 0);
  assert.equal(connect(undone).nextStep, 'Connect your CRM');
  await waitFor(() => stream.journeys.length === 3);
  assert.equal(milestone(stream.journeys[2]).done, false);
  assert.equal(other.journeys.length, 1, 'other topics are not told');

  for (const target of [
    `${base}/api/journeys/nope/stages/connect/milestones/connect-1`,
    `${base}/api/journeys/onboarding/stages/connect/milestones/connect-1?customer=nobody`,
    `${base}/api/journeys/onboarding/stages/nope/milestones/connect-1`,
    `${base}/api/journeys/onboarding/stages/connect/milestones/nope`,
  ]) {
    const res = await put(true, target);
    assert.equal(res.status, 404, target);
    assert.equal((await res.json()).error, 'not-found');
  }
  assert.equal((await put(true, url, '{"done": "yes"}')).status, 400);
  assert.equal((await put(true, url, 'not json')).status, 400);
  const wrongMethod = await fetch(url);
  assert.equal(wrongMethod.status, 405);
  assert.match(wrongMethod.headers.get('allow'), /PUT/);
  assert.equal(stream.journeys.length, 3, 'failed PUTs tell nobody');
  stream.close();
  other.close();
  await waitFor(() => api.streamCount === 0);
  await fetch(`${base}/api/demo/reset`, { method: 'POST' });
});

test('restart: milestone changes, scan responses and map moves are still there after the store is closed and opened again', async () => {
  const place = await freshPlace();
  const start = async () => {
    // No map timer: the map must be exactly as the test left it.
    const demo = createDemoServer({ api: createApi({ store: openStore(place) }) });
    await demo.api.ready;
    await new Promise((r) => demo.listen(0, '127.0.0.1', r));
    const stop = async () => {
      demo.closeAllConnections();
      demo.close();
      await demo.api.close();
    };
    return { demo, stop, url: `http://127.0.0.1:${demo.address().port}` };
  };
  const milestonePath = '/api/journeys/onboarding/stages/connect/milestones/connect-1?customer=northwind';
  const response = {
    id: 'kept', scanId: 'journey-management', answers: { q1: 3, q2: 5 },
    startedAt: '2025-02-01T09:00:00Z', updatedAt: '2025-02-01T09:05:00Z',
  };

  const first = await start();
  let changed;
  let advancedMap;
  try {
    const put = await fetch(first.url + milestonePath, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"done":true}',
    });
    assert.equal(put.status, 200);
    changed = await put.json();
    const saved = await fetch(`${first.url}/api/scans/journey-management/responses/kept`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(response),
    });
    assert.equal(saved.status, 204);
    advancedMap = await (await fetch(`${first.url}/api/demo/map-advance`, { method: 'POST' })).json();
  } finally {
    await first.stop();
  }

  const second = await start();
  try {
    const journey = await (await fetch(`${second.url}/api/journeys/onboarding?customer=northwind`)).json();
    assert.deepEqual(journey, changed, 'the journey as the PUT left it');
    const milestone = journey.stages.find((s) => s.id === 'connect').milestones.find((m) => m.id === 'connect-1');
    assert.equal(milestone.done, true);
    assert.ok(milestone.completedAt);
    assert.deepEqual(await (await fetch(`${second.url}/api/scans/journey-management/responses/kept`)).json(), response);
    assert.deepEqual(await (await fetch(`${second.url}/api/journeys/get-help/map`)).json(), advancedMap);
    const log = await second.demo.api.store.query('milestoneChanges', ['onboarding', 'northwind']);
    assert.deepEqual(log.map((c) => [c.stage_id, c.milestone_id, c.done, c.via]), [['connect', 'connect-1', true, 'put']]);
    assert.equal(new Date(log[0].changed_at).toISOString(), milestone.completedAt);
  } finally {
    await second.stop();
  }
});

test('an embedded database folder is opened by one process at a time; a lock left by a killed process is taken over', async () => {
  const dir = await freshDir();
  const first = await openStore({ dir });
  try {
    await assert.rejects(openStore({ dir }), new RegExp(`in use by process ${process.pid}`));
  } finally {
    await first.close();
  }
  // A process that is gone left its lock behind.
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
  await writeFile(join(dir, 'waymark-demo.pid'), gone);
  const second = await openStore({ dir });
  assert.equal((await second.query('countJourneys'))[0].n, 0, 'the copy of the empty template opened');
  await second.close();
});
