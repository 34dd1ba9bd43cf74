import { expect } from '@open-wc/testing';
import {
  RestAdapter, WaymarkError, staleInfo, type JourneyRef, type RestAdapterOptions,
} from '../../src/data/adapters/index.js';
import type { Journey, JourneyMap, ScanResponse } from '../../src/data/schema.js';
import { CONTRACT_NOW, ODD_CUSTOMER, ODD_ID, contractDataset } from '../../fixtures/contract-data.js';
import { adapterContract, expectAbort, expectKind } from './contract.js';
import { until } from '../helpers/setup.js';

interface Stats {
  requests: number;
  statuses: (number | string)[];
  urls: string[];
  methods: string[];
  ifNoneMatch: (string | null)[];
  marks: (string | null)[];
  open: number;
}

/** A fault route with its own counters; `plan` is a server step list such as "500,ok". */
function fault(plan: string, options: Partial<RestAdapterOptions> = {}) {
  const key = crypto.randomUUID();
  const base = `/test-api/fault/${plan}/${key}`;
  return {
    base,
    adapter: new RestAdapter({ baseUrl: base, retryBaseMs: 10, ...options }),
    stats: async (): Promise<Stats> => (await fetch(`/test-api/stats/${key}`)).json(),
  };
}

const elapsed = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

const data = contractDataset();
const at = new Date(CONTRACT_NOW).toISOString();
const response = (id: string): ScanResponse => ({
  id, scanId: 'cx-maturity', answers: { q1: 3 }, startedAt: at, updatedAt: at,
});

adapterContract('RestAdapter', async () => ({
  adapter: new RestAdapter({ baseUrl: '/test-api' }),
  methods: { saveScanResponse: true, watch: true },
  responses: async (scan) => (await fetch(`/test-api/scans/${scan}/responses`)).json(),
  slow: new RestAdapter({ baseUrl: fault('slow').base }),
}));

describe('RestAdapter: requests', () => {
  it('encodes path segments and query values, repeats channel, and omits undefined values', async () => {
    const f = fault('ok');
    await f.adapter.journey({ journey: ODD_ID, customer: ODD_CUSTOMER });
    await f.adapter.touchpoints({ journey: 'lifecycle', channels: ['email', 'chat'], limit: 3, from: undefined });
    await f.adapter.metric({ metric: 'nps', journey: 'lifecycle' });
    const { urls } = await f.stats();
    expect(urls[0]).to.equal(`${f.base}/journeys/a%2Fb%20c%3F?customer=r%26d+%2Bco%3D1`);
    expect(urls[1]).to.equal(`${f.base}/journeys/lifecycle/touchpoints?channel=email&channel=chat&limit=3`);
    expect(urls[2]).to.equal(`${f.base}/metrics/nps?journey=lifecycle`);
  });

  it('accepts an absolute base URL with a trailing slash', async () => {
    const adapter = new RestAdapter({ baseUrl: new URL('/test-api/', location.href) });
    expect((await adapter.scan({ scan: 'cx-maturity' })).id).to.equal('cx-maturity');
  });

  it('sends the configured headers through the configured fetch', async () => {
    const f = fault('ok');
    let calls = 0;
    const adapter = new RestAdapter({
      baseUrl: f.base, headers: { 'x-test-mark': 'hello' },
      fetch: (input, init) => {
        calls++;
        return fetch(input, init);
      },
    });
    await adapter.metric({ metric: 'nps' });
    expect(calls).to.equal(1);
    expect((await f.stats()).marks).to.deep.equal(['hello']);
  });

  it('PUTs a scan response to its own URL and stores it once per id', async () => {
    const f = fault('ok');
    const id = `odd id/${crypto.randomUUID()}`;
    await f.adapter.saveScanResponse(response(id));
    await f.adapter.saveScanResponse({ ...response(id), answers: { q1: 5 } });
    const stats = await f.stats();
    expect(stats.methods).to.deep.equal(['PUT', 'PUT']);
    expect(stats.urls[0]).to.equal(`${f.base}/scans/cx-maturity/responses/${encodeURIComponent(id)}`);
    const stored = await fetch(`/test-api/scans/cx-maturity/responses/${encodeURIComponent(id)}`);
    expect((await stored.json()).answers).to.deep.equal({ q1: 5 });
  });

  it("keeps a scan's optional extensions (not-applicable option, advice by dimension)", async () => {
    const scan = {
      id: 'custom', title: 'Custom scan',
      scale: { min: 1, max: 3, labels: ['Low', 'Mid', 'High'], notApplicable: 'Does not apply' },
      dimensions: [{ id: 'd', name: 'Data', recommendations: { '1': ['Start a customer data inventory'] } }],
      questions: [{ id: 'q', dimensionId: 'd', text: 'Do you know your customers?' }],
      levels: [{ level: 1, name: 'Starting', minScore: 0, summary: 'Early days.', recommendations: [] }],
    };
    const adapter = new RestAdapter({
      baseUrl: '/api', fetch: async () => new Response(JSON.stringify(scan), { headers: { 'content-type': 'application/json' } }),
    });
    const got = (await adapter.scan({ scan: 'custom' })) as typeof scan;
    expect(got.scale.notApplicable).to.equal('Does not apply');
    expect(got.dimensions[0]!.recommendations).to.deep.equal({ '1': ['Start a customer data inventory'] });
  });

  it('rejects an invalid scan response before sending it', async () => {
    const f = fault('ok');
    const e = await expectKind(
      f.adapter.saveScanResponse({ ...response('x'), startedAt: 'soon' }), 'invalid-data',
    );
    expect(e.message).to.contain('startedAt');
    expect((await f.stats()).requests).to.equal(0);
  });
});

describe('RestAdapter: retries', () => {
  it('recovers from a 500 by retrying', async () => {
    const f = fault('500-then-200');
    expect(await f.adapter.journey({ journey: 'lifecycle' })).to.deep.equal(data.journeys[0]);
    expect((await f.stats()).statuses).to.deep.equal([500, 200]);
  });

  it('retries a PUT, which is idempotent', async () => {
    const f = fault('503,ok', { retryMaxMs: 10 });
    const id = crypto.randomUUID();
    await f.adapter.saveScanResponse(response(id));
    expect((await f.stats()).statuses).to.deep.equal([503, 204]);
    expect((await fetch(`/test-api/scans/cx-maturity/responses/${id}`)).status).to.equal(200);
  });

  for (const plan of ['503', '429', '429-date']) {
    it(`honours Retry-After on ${plan}`, async () => {
      const f = fault(`${plan},ok`);
      const ms = await elapsed(() => f.adapter.metric({ metric: 'nps' }));
      expect(ms, 'waited as asked, not the 10 ms backoff').to.be.at.least(950);
      expect(ms).to.be.below(3000);
      expect((await f.stats()).statuses).to.deep.equal([Number(plan.slice(0, 3)), 200]);
    });
  }

  it('caps a Retry-After wait at retryMaxMs', async () => {
    const f = fault('503,ok', { retryMaxMs: 50 });
    expect(await elapsed(() => f.adapter.metric({ metric: 'nps' }))).to.be.below(700);
  });

  it('makes exactly 1 + retries attempts against a server that always fails', async () => {
    for (const retries of [0, 2, 3]) {
      const f = fault('always-500', { retries });
      const e = await expectKind(f.adapter.journey({ journey: 'lifecycle' }), 'network');
      expect(e.status).to.equal(500);
      expect(e.message).to.contain('500');
      expect((await f.stats()).requests, `retries: ${retries}`).to.equal(1 + retries);
    }
  });

  it('backs off exponentially between attempts', async () => {
    const f = fault('always-500', { retries: 3, retryBaseMs: 100 });
    // Waits of 100, 200 and 400 ms with jitter down to half: at least 350 ms in all.
    const ms = await elapsed(() => f.adapter.metric({ metric: 'nps' }).catch(() => {}));
    expect(ms).to.be.within(340, 2000);
  });

  it('does not retry a 404 or another 4xx', async () => {
    const missing = fault('404');
    await expectKind(missing.adapter.journey({ journey: 'lifecycle' }), 'not-found');
    expect((await missing.stats()).requests).to.equal(1);
    const bad = fault('400');
    const e = await expectKind(bad.adapter.journey({ journey: 'lifecycle' }), 'network');
    expect(e.status).to.equal(400);
    expect(e.message).to.contain('400');
    expect((await bad.stats()).requests).to.equal(1);
  });

  it('maps a connection closed without an answer to network', async () => {
    const e = await expectKind(fault('hangup', { retries: 0 }).adapter.metric({ metric: 'nps' }), 'network');
    expect(e.status).to.equal(undefined);
  });

  it('retries network errors, and returns stale data when they persist', async () => {
    let calls = 0;
    const adapter = new RestAdapter({
      baseUrl: '/test-api', retries: 2, retryBaseMs: 1,
      fetch: (input, init) => (++calls === 1 ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'))),
    });
    const fresh = await adapter.metric({ metric: 'csat' });
    const stale = await adapter.metric({ metric: 'csat' });
    expect(calls).to.equal(4);
    expect(stale).to.deep.equal(fresh);
    const error = staleInfo(stale)?.error as WaymarkError;
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('Failed to fetch');
  });

  it('times out a slow answer as timeout, retrying it', async () => {
    const f = fault('slow', { timeoutMs: 150, retries: 1 });
    const ms = await elapsed(() => expectKind(f.adapter.journey({ journey: 'lifecycle' }), 'timeout'));
    expect(ms).to.be.within(290, 1500);
    await until(async () => (await f.stats()).requests === 2, 'the second request', 5000, 20);
  });

  it('recovers when a retry after a timeout answers in time', async () => {
    const f = fault('slow,ok', { timeoutMs: 150 });
    expect((await f.adapter.scan({ scan: 'cx-maturity' })).id).to.equal('cx-maturity');
  });

  it('stops at once when aborted during a backoff wait', async () => {
    const f = fault('always-500', { retryBaseMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const ms = await elapsed(() =>
      expectAbort(f.adapter.journey({ journey: 'lifecycle' }, { signal: controller.signal })));
    expect(ms).to.be.below(1000);
    expect((await f.stats()).requests).to.equal(1);
  });

  it('rejects an in-flight abort with an AbortError even with no retries left', async () => {
    const f = fault('slow', { retries: 0 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expectAbort(f.adapter.journey({ journey: 'lifecycle' }, { signal: controller.signal }));
  });

  it('stops at once when aborted during a Retry-After wait', async () => {
    const f = fault('503');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const ms = await elapsed(() => expectAbort(f.adapter.metric({ metric: 'nps' }, { signal: controller.signal })));
    expect(ms).to.be.below(800);
  });
});

describe('RestAdapter: bad answers', () => {
  it('reports malformed JSON as invalid-data, without retrying', async () => {
    const f = fault('malformed');
    const e = await expectKind(f.adapter.journey({ journey: 'lifecycle' }), 'invalid-data');
    expect(e.message).to.contain('JSON');
    expect((await f.stats()).requests).to.equal(1);
  });

  it('reports a body that fails the schema as invalid-data naming the path', async () => {
    const f = fault('wrong-schema');
    const journey = await expectKind(f.adapter.journey({ journey: 'lifecycle' }), 'invalid-data');
    expect(journey.message).to.contain('stages[2].status');
    const page = await expectKind(f.adapter.touchpoints({ journey: 'lifecycle' }), 'invalid-data');
    expect(page.message).to.contain('items[0].at');
    const metric = await expectKind(f.adapter.metric({ metric: 'nps' }), 'invalid-data');
    expect(metric.message).to.match(/\bid\b/);
  });
});

describe('RestAdapter: cache', () => {
  it('revalidates with If-None-Match and serves a 304 from its cache', async () => {
    const f = fault('etag');
    const first = await f.adapter.journey({ journey: 'lifecycle', customer: 'globex' });
    first.name = 'Changed by the caller';
    const second = await f.adapter.journey({ journey: 'lifecycle', customer: 'globex' });
    const stats = await f.stats();
    expect(stats.statuses).to.deep.equal([200, 304]);
    expect(stats.ifNoneMatch[0]).to.equal(null);
    expect(stats.ifNoneMatch[1]).to.match(/^".+"$/);
    expect(second).to.deep.equal(data.journeys[1]);
    expect(staleInfo(second)).to.equal(undefined);
  });

  it('keeps at most cacheSize responses, dropping the least recently used', async () => {
    const f = fault('etag', { cacheSize: 2 });
    const get = (customer: string) => f.adapter.journey({ journey: 'lifecycle', customer });
    await get('acme');
    await get('globex');
    await get('acme'); // revalidated: acme is now the most recently used
    await expectKind(get('nobody'), 'not-found'); // failures are not cached
    await get('initech'); // evicts globex, not acme
    await get('acme');
    await get('globex');
    const { ifNoneMatch } = await f.stats();
    expect(ifNoneMatch.map(Boolean)).to.deep.equal([false, false, true, false, false, true, false]);
    const g = fault('etag', { cacheSize: 1 });
    await g.adapter.metric({ metric: 'nps' });
    await g.adapter.metric({ metric: 'csat' });
    await g.adapter.metric({ metric: 'nps' });
    expect((await g.stats()).ifNoneMatch.map(Boolean)).to.deep.equal([false, false, false]);
  });

  it('caches per URL', async () => {
    const f = fault('etag');
    await f.adapter.journey({ journey: 'lifecycle', customer: 'globex' });
    await f.adapter.journey({ journey: 'lifecycle', customer: 'acme' });
    expect((await f.stats()).ifNoneMatch).to.deep.equal([null, null]);
  });

  it('returns the last good data marked stale when a refresh keeps failing', async () => {
    const f = fault('ok-then-500', { retries: 1 });
    const before = Date.now();
    const fresh = await f.adapter.journey({ journey: 'lifecycle' });
    expect(staleInfo(fresh)).to.equal(undefined);
    const stale = await f.adapter.journey({ journey: 'lifecycle' });
    expect(stale).to.deep.equal(fresh);
    const info = staleInfo(stale)!;
    expect(info, 'marked stale').to.exist;
    expect(info.error).to.be.instanceOf(WaymarkError);
    expect((info.error as WaymarkError).status).to.equal(500);
    expect(info.since.getTime()).to.be.within(before, Date.now());
    expect((await f.stats()).statuses).to.deep.equal([200, 500, 500]);
  });

  it('returns stale data after a timeout too', async () => {
    const f = fault('ok,slow', { retries: 0, timeoutMs: 150 });
    await f.adapter.scan({ scan: 'cx-maturity' });
    const stale = await f.adapter.scan({ scan: 'cx-maturity' });
    expect((staleInfo(stale)?.error as WaymarkError).kind).to.equal('timeout');
  });

  it('does not hide not-found or invalid data behind the cache', async () => {
    const gone = fault('ok,404');
    await gone.adapter.metric({ metric: 'nps' });
    await expectKind(gone.adapter.metric({ metric: 'nps' }), 'not-found');
    const broken = fault('ok,wrong-schema');
    await broken.adapter.metric({ metric: 'nps' });
    await expectKind(broken.adapter.metric({ metric: 'nps' }), 'invalid-data');
  });

  it('throws when a refresh fails and nothing is cached', async () => {
    await expectKind(fault('always-500', { retries: 0 }).adapter.metric({ metric: 'nps' }), 'network');
  });
});

/** Watches `ref` until `n` journeys have arrived, then unsubscribes. Returns the array the watch pushed to, so a test can see that nothing more arrives. */
async function watchFor(f: ReturnType<typeof fault>, ref: JourneyRef, n: number) {
  const seen: Journey[] = [];
  const stop = f.adapter.watch(ref, (j) => seen.push(j));
  try {
    await until(() => seen.length >= n, `${n} events`, 5000, 20);
  } finally {
    stop();
  }
  return seen;
}

describe('RestAdapter: watch', () => {
  it('receives the journey, reconnects after the stream closes, and stops on unsubscribe', async () => {
    const f = fault('drop');
    const seen = await watchFor(f, { journey: 'lifecycle', customer: 'globex' }, 2);
    expect(seen[0]!.name).to.equal('Globex lifecycle #1');
    expect(seen[1]!.name).to.equal('Globex lifecycle #2');
    expect((await f.stats()).urls[0]).to.equal(`${f.base}/journeys/lifecycle/events?customer=globex`);
    const { requests } = await f.stats();
    const count = seen.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.length, 'no messages after unsubscribe').to.equal(count);
    expect((await f.stats()).requests, 'no reconnects after unsubscribe').to.equal(requests);
  });

  it('reconnects after the server refuses the stream', async () => {
    const f = fault('500,500,ok');
    await watchFor(f, { journey: 'lifecycle' }, 1);
    expect((await f.stats()).statuses.slice(0, 3)).to.deep.equal([500, 500, 200]);
  });

  it('closes the stream on unsubscribe', async () => {
    const f = fault('ok');
    const seen: Journey[] = [];
    const stop = f.adapter.watch({ journey: 'onboarding' }, (j) => seen.push(j));
    await until(() => seen.length === 1, 'the first event', 5000, 20);
    expect((await f.stats()).open).to.equal(1);
    stop();
    await until(async () => (await f.stats()).open === 0, 'every stream closed', 5000, 20);
    expect(seen[0]).to.deep.equal(data.journeys.find((j) => j.id === 'onboarding'));
  });

  it('skips invalid messages with a warning', async () => {
    const f = fault('sse-invalid');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const seen = await watchFor(f, { journey: 'lifecycle' }, 1).finally(() => {
      console.warn = warn;
    });
    expect(seen[0]).to.deep.equal(data.journeys[0]);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![1])).to.contain('stages');
  });
});

describe('RestAdapter: journey maps', () => {
  const map = data.maps['get-help']!;
  const reached = (m: JourneyMap) => m.lanes.find((l) => l.kind === 'funnel')!.cells.map((c) => c.reached);

  it('GETs {base}/journeys/{journey}/map and revalidates it with its ETag', async () => {
    const f = fault('etag');
    expect(await f.adapter.journeyMap({ journey: 'get-help' })).to.deep.equal(map);
    expect(await f.adapter.journeyMap({ journey: 'get-help' })).to.deep.equal(map);
    const stats = await f.stats();
    expect(stats.urls[0]).to.equal(`${f.base}/journeys/get-help/map`);
    expect(stats.statuses).to.deep.equal([200, 304]);
    expect(stats.ifNoneMatch[1]).to.be.a('string');
  });

  it('retries a failed request, and returns the cached map marked stale when the server stays down', async () => {
    const f = fault('500,ok,500', { retries: 1 });
    expect(await f.adapter.journeyMap({ journey: 'get-help' })).to.deep.equal(map);
    const f2 = fault('ok-then-500', { retries: 1 });
    await f2.adapter.journeyMap({ journey: 'get-help' });
    const stale = await f2.adapter.journeyMap({ journey: 'get-help' });
    expect(stale).to.deep.equal(map);
    expect((staleInfo(stale)?.error as WaymarkError).kind).to.equal('network');
    expect((await f.stats()).statuses.slice(0, 2)).to.deep.equal([500, 200]);
  });

  it('rejects a map that breaks the schema as invalid-data naming the path, and 404 as not-found', async () => {
    const e = await expectKind(fault('wrong-schema').adapter.journeyMap({ journey: 'get-help' }), 'invalid-data');
    expect(e.message).to.contain('journey map');
    expect(e.message).to.contain('lanes');
    await expectKind(fault('ok').adapter.journeyMap({ journey: 'lifecycle' }), 'not-found');
  });

  it('times out a request that does not answer', async () => {
    const f = fault('slow', { retries: 0, timeoutMs: 200 });
    await expectKind(f.adapter.journeyMap({ journey: 'get-help' }), 'timeout');
  });

  /** What the server does to the map's stream, how many maps to wait for, and what the watch must have seen and said. */
  const WATCH_MAP: { name: string; fault: string; n: number; check: (seen: JourneyMap[], warnings: unknown[][], f: ReturnType<typeof fault>) => Promise<void> | void }[] = [
    {
      name: 'receives each map the server pushes on {base}/journeys/{journey}/map/events and stops on unsubscribe',
      fault: 'sse-advance',
      n: 3,
      async check(seen, _warnings, f) {
        expect(seen[0]).to.deep.equal(map);
        expect(reached(seen[1]!)[0]).to.be.above(reached(seen[0]!)[0]!);
        expect(reached(seen[2]!)[0]).to.be.above(reached(seen[1]!)[0]!);
        expect((await f.stats()).urls[0]).to.equal(`${f.base}/journeys/get-help/map/events`);
        await until(async () => (await f.stats()).open === 0, 'every stream closed', 5000, 20);
      },
    },
    {
      name: 'skips invalid maps with a warning',
      fault: 'sse-invalid',
      n: 1,
      check(seen, warnings) {
        expect(seen).to.deep.equal([map]);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain('"map"');
      },
    },
    {
      name: 'reconnects after the stream closes',
      fault: 'drop',
      n: 2,
      check(seen) {
        expect(seen.slice(0, 2).map((m) => m.name)).to.deep.equal([`${map.name} #1`, `${map.name} #2`]);
      },
    },
  ];

  for (const c of WATCH_MAP) {
    it(`watchMap ${c.name}`, async () => {
      const f = fault(c.fault);
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      const seen: JourneyMap[] = [];
      const stop = f.adapter.watchMap({ journey: 'get-help' }, (m) => seen.push(m));
      try {
        await until(() => seen.length >= c.n, `${c.n} events`, 5000, 20);
      } finally {
        stop();
        console.warn = warn;
      }
      await c.check(seen, warnings, f);
    });
  }
});

describe('RestAdapter: completeMilestone', () => {
  const journey = data.journeys.find((j) => j.id === 'onboarding')!;
  const ref = { journey: 'onboarding', stage: 'connect', milestone: 'connect-2', done: true };

  /** A RestAdapter over a recording fetch that answers with `answers` in turn (the last repeats). */
  function recorded(answers: (() => Response)[]) {
    const seen: { url: string; method?: string; body?: unknown; type: string | null }[] = [];
    const adapter = new RestAdapter({
      baseUrl: 'https://cx.example.com/v1/', retryBaseMs: 1, retryMaxMs: 10,
      fetch: async (input, init) => {
        seen.push({
          url: String(input), method: init?.method, body: JSON.parse(String(init?.body)),
          type: new Headers(init?.headers).get('content-type'),
        });
        return answers[Math.min(seen.length, answers.length) - 1]!();
      },
    });
    return { adapter, seen };
  }
  const reply = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status });

  it('PUTs { done } to the milestone URL, ids encoded, customer only when given', async () => {
    const { adapter, seen } = recorded([reply(200, journey)]);
    expect(await adapter.completeMilestone(ref)).to.deep.equal(journey);
    await adapter.completeMilestone({ ...ref, journey: ODD_ID, customer: ODD_CUSTOMER, stage: 's/1', done: false });
    expect(seen[0]).to.deep.equal({
      url: 'https://cx.example.com/v1/journeys/onboarding/stages/connect/milestones/connect-2',
      method: 'PUT', body: { done: true }, type: 'application/json',
    });
    expect(seen[1]!.url).to.equal(
      'https://cx.example.com/v1/journeys/a%2Fb%20c%3F/stages/s%2F1/milestones/connect-2?customer=r%26d+%2Bco%3D1',
    );
    expect(seen[1]!.body).to.deep.equal({ done: false });
  });

  it('is idempotent: the same call twice sends the same request and gets the same journey', async () => {
    const { adapter, seen } = recorded([reply(200, journey)]);
    const once = await adapter.completeMilestone(ref);
    const twice = await adapter.completeMilestone(ref);
    expect(twice).to.deep.equal(once);
    expect(seen[1]).to.deep.equal(seen[0]);
  });

  it('retries a 5xx, as a PUT is idempotent', async () => {
    const { adapter, seen } = recorded([reply(503, { error: 'busy' }), reply(500, {}), reply(200, journey)]);
    expect(await adapter.completeMilestone(ref)).to.deep.equal(journey);
    expect(seen.map((r) => r.method)).to.deep.equal(['PUT', 'PUT', 'PUT']);
  });

  it('gives up after 1 + retries attempts with a network error, and never returns stale data', async () => {
    const { adapter, seen } = recorded([reply(200, journey), reply(500, {})]);
    await adapter.completeMilestone(ref);
    const e = await expectKind(adapter.completeMilestone(ref), 'network');
    expect(e.status).to.equal(500);
    expect(seen).to.have.length(4);
  });

  it('maps an unknown id (404) to not-found without retrying', async () => {
    const { adapter, seen } = recorded([reply(404, { error: 'no milestone' })]);
    await expectKind(adapter.completeMilestone({ ...ref, milestone: 'nope' }), 'not-found');
    expect(seen).to.have.length(1);
  });

  it('rejects a response that is not a Journey as invalid-data, naming the path', async () => {
    const bad = structuredClone(journey) as { stages: { status: string }[] };
    bad.stages[1]!.status = 'finished';
    const { adapter, seen } = recorded([reply(200, bad)]);
    const e = await expectKind(adapter.completeMilestone(ref), 'invalid-data');
    expect(e.message).to.contain('stages[1].status');
    expect(seen).to.have.length(1);
  });
});
