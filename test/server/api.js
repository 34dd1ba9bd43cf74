// Test-runner middleware: the SPEC REST contract over the contract dataset,
// plus fault routes that misbehave on purpose. Plain ESM, no build step.
//
// Contract routes, under /test-api:
//   GET  /journeys/:journey?customer=
//   GET  /journeys/:journey/touchpoints?customer=&from=&to=&channel=&cursor=&limit=
//        (channel repeated or comma separated; cursor is an offset)
//   GET  /journeys/:journey/events?customer=      (SSE: the journey once, then heartbeats)
//   GET  /journeys/:journey/map                   GET /journeys/:journey/map/events (SSE, `event: map`)
//   GET  /metrics/:metric   GET /scans/:scan      PUT /scans/:scan/responses/:id (stored by id)
//   GET  /scans/:scan/responses[/:id]             (read stored responses back)
//   GET  /dataset                                 (the whole dataset, for StaticAdapter)
// Every JSON GET carries an ETag and answers 304 to a matching If-None-Match.
//
// Fault routes: /test-api/fault/:plan/:key/<any contract route>. `plan` lists
// one step per request, comma separated; the last step repeats. `key` is any
// unique string, so tests keep separate counters and can run in parallel.
// Steps: ok, 500, 503 (Retry-After: 1), 429 (Retry-After: 1), 429-date
// (Retry-After as an HTTP date ~2 s ahead), 400, 404, slow (answers after 3 s),
// malformed (200 with broken JSON), wrong-schema (200 with a schema violation:
// lanes[0].kind, stages[2].status, items[0].at or id), hangup (closes the connection without
// answering), drop (SSE: sends the journey renamed "... #<request number>",
// then closes), sse-invalid (SSE: an invalid journey event, then the valid one),
// sse-advance (SSE: the value, then every 300 ms the map with customers moved
// along one more tick, as the sample API does). The SSE steps send `event: map`
// on map streams.
// Aliases: 500-then-200 = 500,ok; always-500 = 500; etag = ok; ok-then-500 = ok,500.
//
// GET /test-api/stats/:key -> { requests, statuses, urls, methods, ifNoneMatch,
// marks (x-test-mark headers), open (SSE streams still open) } for a fault key.

import { createHash } from 'node:crypto';
import { contractDataset } from '../../fixtures/contract-data.js';
import { advanceMap } from '../../fixtures/demo-map.js';

const PREFIX = '/test-api/';
const ALIASES = { '500-then-200': '500,ok', 'always-500': '500', etag: 'ok', 'ok-then-500': 'ok,500' };
const SLOW_MS = 3000;
const HEARTBEAT_MS = 10_000;

const dataset = contractDataset();
/** @type {Map<string, object>} stored scan responses by `${scan}/${id}` */
const responses = new Map();
/** @type {Map<string, ReturnType<typeof newStats>>} */
const stats = new Map();

const newStats = () => ({
  requests: 0, statuses: [], urls: [], methods: [], ifNoneMatch: [], marks: [], open: 0,
});

const json = (status, body) => ({ status, body });
const notFound = (what) => json(404, { error: `no ${what}` });
const sameCustomer = (j, customer) => !customer || !j.customer || j.customer === customer;

function findJourney(id, customer) {
  return dataset.journeys.find((j) => j.id === id && sameCustomer(j, customer));
}

/** Mirrors DatasetQueries.touchpoints, so REST and in-memory adapters agree. */
function touchpointPage(journey, params) {
  const from = params.get('from') ? Date.parse(params.get('from')) : -Infinity;
  const to = params.get('to') ? Date.parse(params.get('to')) : Infinity;
  const channels = new Set(params.getAll('channel').flatMap((c) => c.split(',')).filter(Boolean));
  const all = (dataset.touchpoints[journey] ?? []).filter((t) => {
    const at = Date.parse(t.at);
    return at >= from && at <= to && (!channels.size || channels.has(t.channel));
  });
  const start = Number(params.get('cursor') ?? 0);
  const limit = Number(params.get('limit') ?? 500);
  if (!Number.isInteger(start) || start < 0 || !Number.isInteger(limit) || limit < 1) {
    return json(400, { error: 'bad cursor or limit' });
  }
  const items = all.slice(start, start + limit);
  return json(200, start + limit < all.length ? { items, nextCursor: String(start + limit) } : { items });
}

/** Answers one contract request with `{ status, body }`, or `{ sse: value, event }` for an event stream. */
function route(method, segs, params, body) {
  const [root, id, sub, subId, extra] = segs;
  if (method === 'GET' && root === 'dataset' && !id) return json(200, dataset);
  if (method === 'GET' && root === 'journeys' && id && sub === 'map' && extra === undefined) {
    const map = dataset.maps[id];
    if (!map) return notFound('journey map');
    if (!subId) return json(200, map);
    if (subId === 'events') return { sse: map, event: 'map' };
  }
  if (root === 'journeys' && id && extra === undefined && subId === undefined) {
    const journey = findJourney(id, params.get('customer'));
    if (!journey) return notFound('journey');
    if (method !== 'GET') return json(405, { error: 'method not allowed' });
    if (!sub) return json(200, journey);
    if (sub === 'touchpoints') return touchpointPage(id, params);
    if (sub === 'events') return { sse: journey, event: 'journey' };
  }
  if (method === 'GET' && root === 'metrics' && id && !sub) {
    const metric = dataset.metrics.find((m) => m.id === id);
    return metric ? json(200, metric) : notFound('metric');
  }
  if (root === 'scans' && id && extra === undefined) {
    if (!dataset.scans.some((s) => s.id === id)) return notFound('scan');
    if (method === 'GET' && !sub) return json(200, dataset.scans.find((s) => s.id === id));
    if (sub === 'responses' && method === 'GET' && !subId) {
      return json(200, [...responses.values()].filter((r) => r.scanId === id));
    }
    if (sub === 'responses' && method === 'GET') {
      return responses.has(`${id}/${subId}`) ? json(200, responses.get(`${id}/${subId}`)) : notFound('response');
    }
    if (sub === 'responses' && method === 'PUT' && subId) {
      let r;
      try {
        r = JSON.parse(body);
      } catch {
        return json(400, { error: 'body is not JSON' });
      }
      if (r?.id !== subId || r?.scanId !== id) return json(400, { error: 'id or scanId mismatch' });
      responses.set(`${id}/${subId}`, r);
      return { status: 204 };
    }
  }
  return notFound('route');
}

const etagOf = (text) => `"${createHash('sha1').update(text).digest('base64url').slice(0, 20)}"`;
const matches = (header, etag) =>
  !!header && header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);

function send(ctx, { status, body }, extraHeaders = {}) {
  ctx.status = status;
  // Keeps the browser's HTTP cache out of the way: revalidation is the adapter's job here.
  ctx.set({ 'cache-control': 'no-store', ...extraHeaders });
  if (body === undefined) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  ctx.type = 'application/json';
  if (ctx.method === 'GET' && status === 200) {
    const etag = etagOf(text);
    ctx.set('ETag', etag);
    if (matches(ctx.get('if-none-match'), etag)) {
      ctx.status = 304;
      return;
    }
  }
  ctx.body = text;
}

function openStream(ctx, stat) {
  ctx.status = 200;
  ctx.respond = false;
  ctx.req.socket.setTimeout(0);
  ctx.res.writeHead(200, {
    'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive',
  });
  if (stat) {
    stat.open++;
    ctx.req.on('close', () => stat.open--);
  }
  return {
    event: (name, data) => ctx.res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`),
    keepOpen: () => {
      const beat = setInterval(() => ctx.res.write(': heartbeat\n\n'), HEARTBEAT_MS);
      ctx.req.on('close', () => clearInterval(beat));
    },
    end: () => ctx.res.end(),
  };
}

/** Resolves after `ms`, or early (with false) when the client goes away. */
const delay = (ctx, ms) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    ctx.req.on('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });

function corrupt(body) {
  const copy = structuredClone(body);
  if (copy.lanes) copy.lanes[0].kind = 'table';
  else if (copy.stages) copy.stages[2].status = 'finished';
  else if (copy.items) copy.items[0].at = 'yesterday';
  else copy.id = 42;
  return copy;
}

async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

/** Serves `segs` (decoded path segments below the base) with the given fault step. */
async function serve(ctx, segs, step, stat) {
  const params = new URLSearchParams(ctx.querystring);
  const body = ctx.method === 'PUT' ? await readBody(ctx.req) : undefined;
  const fault = {
    500: () => send(ctx, json(500, { error: 'boom' })),
    503: () => send(ctx, json(503, { error: 'busy' }), { 'Retry-After': '1' }),
    429: () => send(ctx, json(429, { error: 'slow down' }), { 'Retry-After': '1' }),
    '429-date': () =>
      send(ctx, json(429, { error: 'slow down' }), { 'Retry-After': new Date(Date.now() + 2000).toUTCString() }),
    400: () => send(ctx, json(400, { error: 'bad request' })),
    404: () => send(ctx, notFound('thing')),
  }[step];
  if (fault) {
    fault();
    return;
  }
  if (step === 'hangup') {
    ctx.status = 408; // never sent, as for `slow`
    ctx.req.socket.destroy();
    return 'hung up';
  }
  if (step === 'slow' && !(await delay(ctx, SLOW_MS))) {
    ctx.status = 408; // never sent; keeps the runner from reporting the abandoned request as a 404
    return 'client gone';
  }
  const result = route(ctx.method, segs, params, body);
  if (result.sse) {
    const stream = openStream(ctx, stat);
    const { event } = result;
    if (step === 'sse-invalid') stream.event(event, { ...result.sse, stages: 'none' });
    if (step === 'drop') {
      stream.event(event, { ...result.sse, name: `${result.sse.name} #${stat.requests}` });
      stream.end();
      return;
    }
    stream.event(event, result.sse);
    if (step === 'sse-advance') {
      const map = structuredClone(result.sse);
      let tick = 0;
      const timer = setInterval(() => stream.event(event, advanceMap(map, ++tick)), 300);
      ctx.req.on('close', () => clearInterval(timer));
    }
    stream.keepOpen();
    return;
  }
  if (step === 'malformed' && result.status === 200) {
    send(ctx, json(200, '{"id": "lifecycle", "stages": [{"id": '));
  } else if (step === 'wrong-schema' && result.status === 200) {
    send(ctx, json(200, corrupt(result.body)));
  } else {
    send(ctx, result);
  }
}

function decodeSegments(path) {
  try {
    return path.split('/').filter((s, i, all) => s || i < all.length - 1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** @param {import('koa').Context} ctx @param {() => Promise<void>} next */
export async function testApi(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const segs = decodeSegments(ctx.path.slice(PREFIX.length));
  if (!segs) return send(ctx, json(400, { error: 'bad path encoding' }));
  if (segs[0] === 'stats' && segs.length === 2) return send(ctx, json(200, stats.get(segs[1]) ?? newStats()));
  if (segs[0] !== 'fault') return serve(ctx, segs, 'ok');

  const [, planName = '', key = '', ...rest] = segs;
  const plan = (ALIASES[planName] ?? planName).split(',');
  if (!stats.has(key)) stats.set(key, newStats());
  const stat = stats.get(key);
  const step = plan[Math.min(stat.requests, plan.length - 1)];
  stat.requests++;
  stat.urls.push(ctx.url);
  stat.methods.push(ctx.method);
  stat.ifNoneMatch.push(ctx.get('if-none-match') || null);
  stat.marks.push(ctx.get('x-test-mark') || null);
  const gone = await serve(ctx, rest, step, stat);
  stat.statuses.push(gone ?? ctx.status);
}
