import { expect } from '@open-wc/testing';
import { WaymarkError, type ErrorKind } from '../../src/data/errors.js';
import type { ScanResponse, Touchpoint } from '../../src/data/schema.js';
import type { WaymarkAdapter } from '../../src/data/adapters/types.js';
import {
  CONTRACT_NOW, ODD_CUSTOMER, ODD_ID, contractDataset,
} from '../../fixtures/contract-data.js';

export interface ContractSubject {
  /** Seeded with `contractDataset()`. */
  adapter: WaymarkAdapter;
  /** Which optional methods this adapter has; the others must be absent. `watch` covers `watchMap` too. */
  methods: { saveScanResponse: boolean; watch: boolean };
  /** The stored responses of a scan, to check that saving is idempotent. */
  responses?: (scan: string) => Promise<ScanResponse[]>;
  /** Like `adapter` but slow to answer, to abort a request in flight; else `adapter` is aborted right after the call. */
  slow?: WaymarkAdapter;
}

const DAY = 86_400_000;

/** Resolves to the error `p` rejects with; fails when it resolves. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

export async function expectKind(p: Promise<unknown>, kind: ErrorKind): Promise<WaymarkError> {
  const e = await rejection(p);
  expect(e, String(e)).to.be.instanceOf(WaymarkError);
  expect((e as WaymarkError).kind, (e as Error).message).to.equal(kind);
  return e as WaymarkError;
}

export async function expectAbort(p: Promise<unknown>): Promise<void> {
  const e = await rejection(p);
  expect(e, String(e)).to.be.instanceOf(DOMException);
  expect((e as DOMException).name).to.equal('AbortError');
}

/**
 * The behaviour every adapter must share, run against the same dataset
 * (`fixtures/contract-data.js`) for each adapter.
 */
export function adapterContract(name: string, make: () => Promise<ContractSubject>): void {
  describe(`${name} (adapter contract)`, () => {
    const data = contractDataset();
    let s: ContractSubject;
    beforeEach(async () => {
      s = await make();
    });

    const allPages = async (q: Parameters<NonNullable<WaymarkAdapter['touchpoints']>>[0]) => {
      const seen: Touchpoint[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 100; page++) {
        const res = await s.adapter.touchpoints!({ ...q, cursor });
        expect(res.items.length).to.be.at.most(q.limit ?? Infinity);
        seen.push(...res.items);
        if (!res.nextCursor) return seen;
        expect(res.items.length, 'a page with a next cursor is not empty').to.be.above(0);
        cursor = res.nextCursor;
      }
      throw new Error('paging did not end');
    };

    it('has each method it claims and no other', () => {
      const adapter = s.adapter as Record<string, unknown>;
      for (const m of ['journey', 'touchpoints', 'metric', 'scan', 'journeyMap'] as const) {
        expect(typeof adapter[m], m).to.equal('function');
      }
      for (const m of ['saveScanResponse', 'watch'] as const) {
        expect(typeof adapter[m], m).to.equal(s.methods[m] ? 'function' : 'undefined');
      }
      expect(typeof adapter.watchMap, 'watchMap').to.equal(s.methods.watch ? 'function' : 'undefined');
    });

    it('returns a journey by id (the first one when no customer is given)', async () => {
      const j = await s.adapter.journey!({ journey: 'lifecycle' });
      expect(j).to.deep.equal(data.journeys[0]);
    });

    it('filters a journey by customer', async () => {
      const j = await s.adapter.journey!({ journey: 'lifecycle', customer: 'globex' });
      expect(j.customer).to.equal('globex');
      expect(j).to.deep.equal(data.journeys.find((x) => x.customer === 'globex'));
    });

    it('handles ids and customers that need URL encoding', async () => {
      const j = await s.adapter.journey!({ journey: ODD_ID, customer: ODD_CUSTOMER });
      expect(j.name).to.equal('Odd id');
      const page = await s.adapter.touchpoints!({ journey: ODD_ID, customer: ODD_CUSTOMER });
      expect(page.items.map((t) => t.id)).to.deep.equal(['odd-tp-01', 'odd-tp-02', 'odd-tp-03']);
    });

    it('rejects an unknown journey or customer as not-found', async () => {
      await expectKind(s.adapter.journey!({ journey: 'no-such-journey' }), 'not-found');
      await expectKind(s.adapter.journey!({ journey: 'lifecycle', customer: 'nobody' }), 'not-found');
    });

    it('pages touchpoints with a cursor, covering every item exactly once, in order', async () => {
      const seen = await allPages({ journey: 'lifecycle', limit: 5 });
      expect(seen.map((t) => t.id)).to.deep.equal(data.touchpoints.lifecycle.map((t) => t.id));
      expect(seen[3]).to.deep.equal(data.touchpoints.lifecycle[3]);
    });

    it('filters touchpoints by time range and channels across pages', async () => {
      const from = new Date(CONTRACT_NOW - 18 * DAY).toISOString();
      const to = new Date(CONTRACT_NOW - 4 * DAY).toISOString();
      const channels = ['email', 'chat'];
      const seen = await allPages({ journey: 'lifecycle', from, to, channels, limit: 2 });
      const expected = data.touchpoints.lifecycle.filter(
        (t) => t.at >= from && t.at <= to && channels.includes(t.channel),
      );
      expect(expected.length, 'the fixture exercises the filter').to.be.within(3, 10);
      expect(seen.map((t) => t.id)).to.deep.equal(expected.map((t) => t.id));
    });

    it('returns a metric, and not-found for an unknown one', async () => {
      expect(await s.adapter.metric!({ metric: 'nps', journey: 'lifecycle' })).to.deep.equal(data.metrics[0]);
      expect((await s.adapter.metric!({ metric: 'csat' })).value).to.equal(87);
      await expectKind(s.adapter.metric!({ metric: 'nope' }), 'not-found');
    });

    it('returns a scan, and not-found for an unknown one', async () => {
      expect(await s.adapter.scan!({ scan: 'cx-maturity' })).to.deep.equal(data.scans[0]);
      await expectKind(s.adapter.scan!({ scan: 'nope' }), 'not-found');
    });

    it('returns copies: changing a result does not change the next one', async () => {
      const j = await s.adapter.journey!({ journey: 'lifecycle' });
      j.stages[0]!.name = 'Changed';
      expect((await s.adapter.journey!({ journey: 'lifecycle' })).stages[0]!.name).to.equal('Awareness');
      const m = await s.adapter.journeyMap!({ journey: 'get-help' });
      m.lanes[0]!.label = 'Changed';
      expect((await s.adapter.journeyMap!({ journey: 'get-help' })).lanes[0]!.label).to.equal('Doing');
    });

    it('returns the journey map of a journey, with every lane and cell', async () => {
      const m = await s.adapter.journeyMap!({ journey: 'get-help' });
      expect(m).to.deep.equal(data.maps['get-help']);
      expect(m.lanes.map((l) => l.kind)).to.include.members(['notes', 'emotion', 'channels', 'metrics', 'funnel']);
    });

    it('rejects a journey without a map, or an unknown one, as not-found', async () => {
      await expectKind(s.adapter.journeyMap!({ journey: 'lifecycle' }), 'not-found');
      await expectKind(s.adapter.journeyMap!({ journey: 'no-such-journey' }), 'not-found');
    });

    it('saves scan responses idempotently by id', async () => {
      if (!s.methods.saveScanResponse) {
        expect(s.adapter.saveScanResponse).to.equal(undefined);
        return;
      }
      const id = `r-${crypto.randomUUID()}`;
      const at = new Date(CONTRACT_NOW).toISOString();
      const first: ScanResponse = {
        id, scanId: 'cx-maturity', answers: { q1: 2 }, startedAt: at, updatedAt: at,
      };
      const second = { ...first, answers: { q1: 4, q2: 5 }, completedAt: at };
      await s.adapter.saveScanResponse!(first);
      await s.adapter.saveScanResponse!(second);
      await s.adapter.saveScanResponse!(second);
      const stored = (await s.responses!('cx-maturity')).filter((r) => r.id === id);
      expect(stored).to.deep.equal([second]);
    });

    it('rejects with an AbortError when the signal has already fired', async () => {
      const signal = AbortSignal.abort();
      const a = s.adapter;
      await expectAbort(a.journey!({ journey: 'lifecycle' }, { signal }));
      await expectAbort(a.touchpoints!({ journey: 'lifecycle' }, { signal }));
      await expectAbort(a.metric!({ metric: 'nps' }, { signal }));
      await expectAbort(a.scan!({ scan: 'cx-maturity' }, { signal }));
      await expectAbort(a.journeyMap!({ journey: 'get-help' }, { signal }));
      if (a.saveScanResponse) {
        const at = new Date(CONTRACT_NOW).toISOString();
        await expectAbort(a.saveScanResponse(
          { id: 'aborted', scanId: 'cx-maturity', answers: {}, startedAt: at, updatedAt: at }, { signal },
        ));
      }
      // An aborted call must have stored nothing.
      if (s.responses) expect((await s.responses('cx-maturity')).some((r) => r.id === 'aborted')).to.equal(false);
    });

    it('rejects with an AbortError, promptly, when aborted mid-request', async () => {
      const adapter = s.slow ?? s.adapter;
      const controller = new AbortController();
      const started = performance.now();
      const pending = adapter.journey!({ journey: 'lifecycle' }, { signal: controller.signal });
      if (s.slow) setTimeout(() => controller.abort(), 50);
      else controller.abort();
      await expectAbort(pending);
      expect(performance.now() - started).to.be.below(1000);
    });
  });
}
