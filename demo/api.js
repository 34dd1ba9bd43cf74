// The demo's sample REST API: the SPEC "REST contract" over the fixture data,
// plus demo-only endpoints that move the customer-portal journey along and
// move customers along the "get help" journey map (also on a timer).
// Journeys, milestone changes, scan responses and journey maps are kept in
// Postgres (demo/store.js: embedded PGlite by default, DATABASE_URL for a real
// one); metrics and touchpoints are sample data computed at start.
// `createApi()` returns a `(req, res) => boolean` handler (true when it
// handled the request) so it can be tested on its own.

import { createHash } from 'node:crypto';
import { demoDataset } from '../fixtures/journeys.js';
import { demoTouchpoints, touchpointsFor } from './touchpoints-api.js';
import { ACCOUNT_METRIC_IDS, demoAccountMetrics, demoMetrics } from '../fixtures/demo-metrics.js';
import { DEMO_MAP_JOURNEY, advanceMap, demoMap } from '../fixtures/demo-map.js';
import { openStore, storeOptionsFromEnv } from './store.js';

const MAX_BODY = 1_000_000;
const HEARTBEAT_MS = 15_000;
const JSON_TYPE = 'application/json; charset=utf-8';

/** Stores the sample journeys and maps (in a transaction `tx`). */
async function seed(tx, now) {
  const at = new Date(now).toISOString();
  const { journeys } = demoDataset(now);
  for (const [position, j] of journeys.entries()) {
    await tx.query('insertJourney', [j.id, j.customer ?? '', position, JSON.stringify(j), j.updatedAt ?? at]);
  }
  await tx.query('insertMap', [DEMO_MAP_JOURNEY, JSON.stringify(demoMap(now)), at]);
}

/** Read-only sample data, computed from the stored journeys. */
function derivedData(journeys, now) {
  return {
    metrics: demoMetrics(now),
    /** Per-account metrics (nps, csat, ces, health) by customer id. */
    accountMetrics: demoAccountMetrics(now),
    scans: [],
    /** Touchpoints by `journey/customer`, in time order. */
    touchpoints: demoTouchpoints(journeys, now),
  };
}

/** `journey/stage/milestone` of every done milestone. */
const doneMilestones = (journey) =>
  new Set(journey.stages.flatMap((s) => (s.milestones ?? []).filter((m) => m.done).map((m) => `${s.id}/${m.id}`)));

/** Same rule as the static and memory adapters: an absent customer matches. */
const sameCustomer = (j, customer) =>
  customer === undefined || j.customer === undefined || j.customer === customer;

const topicMatches = (topic, journey) =>
  topic.journey === journey.id && sameCustomer(journey, topic.customer);

class HttpError extends Error {
  constructor(status, kind, message, headers = {}) {
    super(message);
    this.status = status;
    this.kind = kind;
    this.headers = headers;
  }
}

const notFound = (message) => new HttpError(404, 'not-found', message);

function etagOf(body) {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header matches `etag` (weak comparison). */
function matchesEtag(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

function sendJson(req, res, status, value, { etag = false, headers = {} } = {}) {
  const body = JSON.stringify(value);
  const head = {
    'Content-Type': JSON_TYPE,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  };
  if (etag && status === 200) {
    const tag = etagOf(body);
    head.ETag = tag;
    if (matchesEtag(req.headers['if-none-match'], tag)) {
      delete head['Content-Type'];
      res.writeHead(304, head);
      res.end();
      return;
    }
  }
  head['Content-Length'] = Buffer.byteLength(body);
  res.writeHead(status, head);
  res.end(body);
}

function sendError(req, res, err) {
  sendJson(req, res, err.status, { error: err.kind, message: err.message }, { headers: err.headers });
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'too-large', 'The request body is larger than 1 MB.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Path segments after `/api`, URL-decoded; null when the path is not under /api. */
function apiSegments(pathname) {
  if (pathname !== '/api' && !pathname.startsWith('/api/')) return null;
  const raw = pathname.slice('/api'.length).split('/').filter(Boolean);
  try {
    return raw.map((s) => decodeURIComponent(s));
  } catch {
    throw new HttpError(400, 'bad-request', 'The path is not correctly URL-encoded.');
  }
}

const optional = (v) => (v === null || v === '' ? undefined : v);

/**
 * Marks the next open milestone of the journey's current stage done and moves
 * the journey on when a stage is complete. Mutates and returns `journey`, or
 * returns null when there is nothing left to do.
 */
export function advanceJourney(journey, now = Date.now()) {
  const at = new Date(now).toISOString();
  const stages = journey.stages;
  let index = stages.findIndex((s) => s.status === 'current' || s.status === 'blocked');
  if (index < 0) {
    // No stage in progress: start the first upcoming one, if any.
    index = stages.findIndex((s) => s.status === 'upcoming');
    if (index < 0) return null;
    startStage(stages[index], at);
  }
  const stage = stages[index];
  const milestones = stage.milestones ?? [];
  const open = milestones.find((m) => !m.done);
  if (open) {
    open.done = true;
    open.completedAt = at;
  }
  const done = milestones.filter((m) => m.done).length;
  const complete = done === milestones.length;
  stage.progress = milestones.length ? done / milestones.length : 1;
  if (complete) {
    stage.status = 'done';
    stage.completedAt = at;
    stage.progress = 1;
    delete stage.nextStep;
    const next = stages.slice(index + 1).find((s) => s.status === 'upcoming');
    if (next) startStage(next, at);
  } else {
    stage.status = 'current';
    stage.nextStep = milestones.find((m) => !m.done).name;
  }
  journey.updatedAt = at;
  return journey;
}

function startStage(stage, at) {
  const milestones = stage.milestones ?? [];
  stage.status = 'current';
  stage.startedAt = at;
  stage.progress = milestones.length ? milestones.filter((m) => m.done).length / milestones.length : 0;
  const open = milestones.find((m) => !m.done);
  if (open) stage.nextStep = open.name;
  else delete stage.nextStep;
}

/**
 * Creates the demo API over a store (demo/store.js; by default the one
 * `storeOptionsFromEnv()` names), filled with the sample data when it is
 * empty. `mapEveryMs` moves customers along the journey maps on a timer (0:
 * only through POST /demo/map-advance). Requests wait until the store is
 * open; `ready` settles then (and rejects when the store cannot be opened).
 * @param {{ now?: () => number, heartbeatMs?: number, mapEveryMs?: number,
 *   store?: import('./store.js').Store | Promise<import('./store.js').Store> }} [options]
 * @returns {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean)
 *   & { ready: Promise<void>, reset(): Promise<void>, advanceMaps(journeys?: string[]): Promise<void>,
 *       close(): Promise<void>, readonly store: import('./store.js').Store | undefined, readonly streamCount: number }}
 */
export function createApi({
  now = Date.now, heartbeatMs = HEARTBEAT_MS, mapEveryMs = 0, store: storeOption,
} = {}) {
  /** @type {import('./store.js').Store | undefined} */
  let store;
  /** @type {ReturnType<typeof derivedData>} */
  let data;
  let closed;
  /** Open SSE streams: { topic, kind ('journey' or 'map'), res, timer }. */
  const streams = new Set();
  /** Requests and timer ticks still at work; close() waits for them. */
  const pending = new Set();
  const track = (promise) => {
    pending.add(promise);
    promise.finally(() => pending.delete(promise)).catch(() => {});
    return promise;
  };

  const loadDerived = async () => {
    const journeys = (await store.query('listJourneys')).map((r) => r.doc);
    data = derivedData(journeys, now());
  };

  const ready = (async () => {
    store = await (storeOption ?? openStore(storeOptionsFromEnv()));
    await store.transaction(async (tx) => {
      const [{ n }] = await tx.query('countJourneys');
      if (n === 0) await seed(tx, now());
    });
    await loadDerived();
  })();
  ready.catch(() => {}); // reported by each request and by whoever awaits `ready`

  /** The journey row `{ journey_id, customer, doc }`, or a 404. */
  const requireJourney = async (db, journey, customer, query = 'findJourney') => {
    const [row] = await db.query(query, [journey, customer ?? null]);
    if (!row) {
      throw notFound(customer === undefined
        ? `No journey "${journey}" was found.`
        : `No journey "${journey}" was found for customer "${customer}".`);
    }
    return row;
  };

  /** An account's own metric when `customer` has one by that id, else a shared metric. */
  const requireMetric = (id, customer) => {
    // hasOwn, so ?customer=constructor is an unknown account, not Object.prototype.
    const mine = customer !== undefined && Object.hasOwn(data.accountMetrics, customer) ? data.accountMetrics[customer] : [];
    const own = mine.find((m) => m.id === id);
    const found = own ?? data.metrics.find((m) => m.id === id);
    if (found) return found;
    if (!ACCOUNT_METRIC_IDS.includes(id)) throw notFound(`No metric "${id}" was found.`);
    throw notFound(customer === undefined
      ? `The metric "${id}" is kept per account: add ?customer= (one of ${Object.keys(data.accountMetrics).join(', ')}).`
      : `No metric "${id}" was found for customer "${customer}".`);
  };

  const requireMap = async (db, journey, query = 'findMap') => {
    const [row] = await db.query(query, [journey]);
    if (!row) throw notFound(`No journey map for "${journey}" was found.`);
    return row;
  };

  /** The stream's current value: its journey, or its journey's map (undefined when gone). */
  const current = async (topic, kind) => {
    const [row] = kind === 'map'
      ? await store.query('findMap', [topic.journey])
      : await store.query('findJourney', [topic.journey, topic.customer ?? null]);
    return row?.doc;
  };

  const writeEvent = (res, value, kind = 'journey') => {
    res.write(`event: ${kind}\ndata: ${JSON.stringify(value)}\n\n`);
  };

  /** Sends the journey to every SSE subscriber whose topic it matches. */
  const publish = (journey) => {
    for (const s of streams) if (s.kind === 'journey' && topicMatches(s.topic, journey)) writeEvent(s.res, journey);
  };

  /** Sends the map of `journey` to every subscriber of that map. */
  const publishMap = (journey, map) => {
    for (const s of streams) if (s.kind === 'map' && s.topic.journey === journey) writeEvent(s.res, map, 'map');
  };

  /**
   * Moves customers one tick along the maps of `journeys` (default: every
   * map), stores them and tells their subscribers. Returns the last map.
   */
  const advanceMaps = async (journeys) => {
    await ready;
    const ids = journeys ?? (await store.query('listMapJourneys')).map((r) => r.journey_id);
    let map;
    for (const journey of ids) {
      map = await store.transaction(async (tx) => {
        const row = await requireMap(tx, journey, 'findMapForUpdate');
        const ticks = row.ticks + 1;
        const at = now();
        advanceMap(row.doc, ticks, at);
        await tx.query('saveMap', [journey, JSON.stringify(row.doc), ticks, new Date(at).toISOString()]);
        return row.doc;
      });
      publishMap(journey, map);
    }
    return map;
  };
  let mapBusy = false;
  const mapTimer = mapEveryMs > 0
    ? setInterval(() => {
      if (mapBusy || closed) return; // a slow store: skip a tick rather than queue them up
      mapBusy = true;
      track(advanceMaps())
        .catch((err) => console.error('[demo api] map tick:', err.message))
        .finally(() => { mapBusy = false; });
    }, mapEveryMs)
    : undefined;
  mapTimer?.unref?.();

  async function openStream(req, res, topic, kind = 'journey') {
    const first = kind === 'map'
      ? (await requireMap(store, topic.journey)).doc
      : (await requireJourney(store, topic.journey, topic.customer)).doc;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      'X-Content-Type-Options': 'nosniff',
    });
    res.write('retry: 3000\n\n');
    writeEvent(res, first, kind);
    const stream = { topic, kind, res, timer: undefined };
    stream.timer = setInterval(() => res.write(`: heartbeat ${new Date(now()).toISOString()}\n\n`), heartbeatMs);
    stream.timer.unref?.();
    streams.add(stream);
    const cleanup = () => {
      clearInterval(stream.timer);
      streams.delete(stream);
    };
    req.on('close', cleanup);
    res.on('close', cleanup);
    res.on('error', cleanup);
    if (closed) res.end();
  }

  /** The request body as a JSON object; `what` names it in errors. */
  async function readJsonObject(req, what) {
    const type = req.headers['content-type'] ?? '';
    if (type && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
      throw new HttpError(415, 'unsupported-media-type', `Send the ${what} as application/json.`);
    }
    let body;
    try {
      body = JSON.parse(await readBody(req));
    } catch (e) {
      if (e instanceof HttpError) throw e;
      throw new HttpError(400, 'invalid-data', 'The request body is not valid JSON.');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new HttpError(400, 'invalid-data', `The request body must be a ${what} object.`);
    }
    return body;
  }

  async function saveResponse(req, res, scan, id) {
    const body = await readJsonObject(req, 'ScanResponse');
    if (body.id !== undefined && body.id !== id) {
      throw new HttpError(400, 'invalid-data', `The body id "${body.id}" does not match the URL id "${id}".`);
    }
    if (body.scanId !== undefined && body.scanId !== scan) {
      throw new HttpError(400, 'invalid-data', `The body scanId "${body.scanId}" does not match the URL scan "${scan}".`);
    }
    if (!body.answers || typeof body.answers !== 'object' || Array.isArray(body.answers)) {
      throw new HttpError(400, 'invalid-data', 'answers: expected an object of question id to number.');
    }
    // Idempotent by id: the same PUT twice leaves one stored response.
    const doc = { ...body, id, scanId: scan };
    await store.query('saveScanResponse', [scan, id, JSON.stringify(doc), new Date(now()).toISOString()]);
    res.writeHead(204, { 'Cache-Control': 'no-store' });
    res.end();
  }

  /**
   * Sets one milestone done or not done. Idempotent: a PUT that changes
   * nothing leaves the journey (and its updatedAt) as it was and tells nobody.
   */
  async function completeMilestone(req, res, ref) {
    // Read the body first (outside the transaction, so no row stays locked
    // while a slow client sends it); its errors count only after the 404s.
    const body = await readJsonObject(req, '{ "done": true|false }').then((value) => ({ value }), (error) => ({ error }));
    const { journey, changed } = await store.transaction(async (tx) => {
      const row = await requireJourney(tx, ref.journey, ref.customer, 'findJourneyForUpdate');
      const journey = row.doc;
      const stage = journey.stages.find((s) => s.id === ref.stage);
      if (!stage) throw notFound(`No stage "${ref.stage}" was found in journey "${ref.journey}".`);
      const milestone = stage.milestones?.find((m) => m.id === ref.milestone);
      if (!milestone) throw notFound(`No milestone "${ref.milestone}" was found in stage "${ref.stage}".`);
      if (body.error) throw body.error;
      const { done } = body.value;
      if (typeof done !== 'boolean') throw new HttpError(400, 'invalid-data', 'done: expected true or false.');
      if (milestone.done === done) return { journey, changed: false };
      const at = new Date(now()).toISOString();
      milestone.done = done;
      if (done) milestone.completedAt = at;
      else delete milestone.completedAt;
      // The stage's progress follows its milestones, and a next step that names one of them
      // moves on to the first one still open (none left: no next step), as the actionable
      // tracker shows the change at once and the memory adapter stores it.
      const list = stage.milestones;
      stage.progress = list.filter((m) => m.done).length / list.length;
      if (list.some((m) => m.name === stage.nextStep)) {
        const open = list.find((m) => !m.done);
        if (open) stage.nextStep = open.name;
        else delete stage.nextStep;
      }
      journey.updatedAt = at;
      await tx.query('saveJourney', [row.journey_id, row.customer, JSON.stringify(journey), at]);
      await tx.query('logMilestoneChange', [row.journey_id, row.customer, stage.id, milestone.id, done, at, 'put']);
      return { journey, changed: true };
    });
    if (changed) publish(journey);
    return sendJson(req, res, 200, journey, { headers: { 'Cache-Control': 'no-store' } });
  }

  /** POST /demo/advance: the next open milestone done, stored and logged. */
  async function advance(journeyId, customer) {
    const journey = await store.transaction(async (tx) => {
      const row = await requireJourney(tx, journeyId, customer, 'findJourneyForUpdate');
      const journey = row.doc;
      const before = doneMilestones(journey);
      if (!advanceJourney(journey, now())) {
        throw new HttpError(409, 'conflict', `Every stage of "${journey.name}" is already done.`);
      }
      await tx.query('saveJourney', [row.journey_id, row.customer, JSON.stringify(journey), journey.updatedAt]);
      for (const key of doneMilestones(journey)) {
        if (before.has(key)) continue;
        const [stage, milestone] = key.split('/');
        await tx.query('logMilestoneChange', [row.journey_id, row.customer, stage, milestone, true, journey.updatedAt, 'demo-advance']);
      }
      return journey;
    });
    publish(journey);
    return journey;
  }

  async function route(req, res, url, seg) {
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const q = url.searchParams;
    const customer = optional(q.get('customer'));
    const allow = (methods) => {
      if (!methods.includes(method)) {
        const list = methods.includes('GET') ? [...methods, 'HEAD'] : methods;
        throw new HttpError(405, 'method-not-allowed', `Use ${list.join(' or ')} here.`, { Allow: list.join(', ') });
      }
    };
    const [a, b, c, d, e, f] = seg;
    await ready;

    if (a === 'journeys' && b && seg.length === 2) {
      allow(['GET']);
      return sendJson(req, res, 200, (await requireJourney(store, b, customer)).doc, { etag: true });
    }
    if (a === 'journeys' && b && c === 'touchpoints' && seg.length === 3) {
      allow(['GET']);
      await requireJourney(store, b, customer);
      return sendJson(req, res, 200, touchpointPage(b, q), { etag: true });
    }
    if (a === 'journeys' && b && c === 'events' && seg.length === 3) {
      allow(['GET']);
      return openStream(req, res, { journey: b, customer });
    }
    if (a === 'journeys' && b && c === 'map' && seg.length === 3) {
      allow(['GET']);
      return sendJson(req, res, 200, (await requireMap(store, b)).doc, { etag: true });
    }
    if (a === 'journeys' && b && c === 'map' && d === 'events' && seg.length === 4) {
      allow(['GET']);
      return openStream(req, res, { journey: b }, 'map');
    }
    if (a === 'journeys' && b && c === 'stages' && d && e === 'milestones' && f && seg.length === 6) {
      allow(['PUT']);
      return completeMilestone(req, res, { journey: b, customer, stage: d, milestone: f });
    }
    if (a === 'metrics' && b && seg.length === 2) {
      allow(['GET']);
      return sendJson(req, res, 200, requireMetric(b, customer), { etag: true });
    }
    if (a === 'scans' && b && seg.length === 2) {
      allow(['GET']);
      const scan = data.scans.find((s) => s.id === b);
      if (!scan) throw notFound(`No scan "${b}" was found.`);
      return sendJson(req, res, 200, scan, { etag: true });
    }
    if (a === 'scans' && b && c === 'responses' && d && seg.length === 4) {
      allow(['GET', 'PUT']);
      if (method === 'PUT') return saveResponse(req, res, b, d);
      const [saved] = await store.query('findScanResponse', [b, d]);
      if (!saved) throw notFound(`No response "${d}" was saved for scan "${b}".`);
      return sendJson(req, res, 200, saved.doc, { etag: true });
    }
    if (a === 'demo' && b === 'advance' && seg.length === 2) {
      allow(['POST']);
      const journey = await advance(optional(q.get('journey')) ?? 'onboarding', customer ?? 'northwind');
      return sendJson(req, res, 200, journey, { headers: { 'Cache-Control': 'no-store' } });
    }
    if (a === 'demo' && b === 'map-advance' && seg.length === 2) {
      allow(['POST']);
      const journey = optional(q.get('journey')) ?? DEMO_MAP_JOURNEY;
      await requireMap(store, journey);
      const map = await advanceMaps([journey]);
      return sendJson(req, res, 200, map, { headers: { 'Cache-Control': 'no-store' } });
    }
    if (a === 'demo' && b === 'reset' && seg.length === 2) {
      allow(['POST']);
      await reset();
      return sendJson(req, res, 200, { reset: true, at: new Date(now()).toISOString() },
        { headers: { 'Cache-Control': 'no-store' } });
    }
    throw notFound(`No API route for ${req.method} ${url.pathname}.`);
  }

  function touchpointPage(journeyId, q) {
    const from = q.get('from') ? Date.parse(q.get('from')) : -Infinity;
    const to = q.get('to') ? Date.parse(q.get('to')) : Infinity;
    if (Number.isNaN(from) || Number.isNaN(to)) {
      throw new HttpError(400, 'invalid-data', '`from` and `to` must be ISO 8601 dates.');
    }
    // `channel` may repeat (channel=web&channel=email) or be comma-separated.
    const channelList = q.getAll('channel').flatMap((c) => c.split(',')).filter(Boolean);
    const channels = channelList.length ? new Set(channelList) : undefined;
    const all = touchpointsFor(data.touchpoints, journeyId, optional(q.get('customer'))).filter((t) => {
      const at = Date.parse(t.at);
      return at >= from && at <= to && (!channels || channels.has(t.channel));
    });
    const start = q.get('cursor') ? Number(q.get('cursor')) : 0;
    const limit = q.get('limit') ? Number(q.get('limit')) : 500;
    if (!Number.isInteger(start) || start < 0 || !Number.isInteger(limit) || limit < 1) {
      throw new HttpError(400, 'invalid-data', '`cursor` and `limit` must be whole numbers.');
    }
    const items = all.slice(start, start + limit);
    return start + limit < all.length ? { items, nextCursor: String(start + limit) } : { items };
  }

  /** Replaces everything stored with the sample data (one transaction) and tells every open stream. */
  async function reset() {
    await ready;
    await store.transaction(async (tx) => {
      await tx.query('clearScanResponses');
      await tx.query('clearMaps');
      await tx.query('clearJourneys');
      await seed(tx, now());
    });
    await loadDerived();
    for (const s of streams) {
      const value = await current(s.topic, s.kind);
      if (value) writeEvent(s.res, value, s.kind);
    }
  }

  function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let seg;
    try {
      seg = apiSegments(url.pathname);
    } catch (err) {
      sendError(req, res, err);
      return true;
    }
    if (!seg) return false;
    track(Promise.resolve()
      .then(() => {
        if (closed) throw new HttpError(503, 'unavailable', 'The demo API is shutting down.');
        return route(req, res, url, seg);
      })
      .catch((err) => {
        if (res.headersSent) {
          res.destroy(err);
          return;
        }
        if (err instanceof HttpError) sendError(req, res, err);
        else {
          console.error('[demo api]', err);
          sendError(req, res, new HttpError(500, 'server-error', 'The demo API failed unexpectedly.'));
        }
      }));
    return true;
  }

  /**
   * Ends every open SSE stream, waits for the requests and map ticks at work,
   * then closes the store (for shutdown and tests). Calling it again returns
   * the same promise.
   */
  function close() {
    closed ??= (async () => {
      clearInterval(mapTimer);
      for (const s of streams) {
        clearInterval(s.timer);
        s.res.end();
      }
      streams.clear();
      while (pending.size) await Promise.allSettled([...pending]);
      await ready.catch(() => {});
      await store?.close();
    })();
    return closed;
  }

  // defineProperties, not Object.assign: the getters must stay live.
  return Object.defineProperties(handle, {
    ready: { value: ready },
    reset: { value: reset },
    advanceMaps: { value: advanceMaps },
    close: { value: close },
    store: { get: () => store },
    streamCount: { get: () => streams.size },
  });
}
