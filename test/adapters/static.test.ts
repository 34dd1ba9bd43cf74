import { expect } from '@open-wc/testing';
import { StaticAdapter } from '../../src/data/adapters/index.js';
import type { ScanResponse } from '../../src/data/schema.js';
import { contractDataset } from '../../fixtures/contract-data.js';
import { adapterContract, expectAbort, expectKind } from './contract.js';

const readOnly = { saveScanResponse: false, watch: false };
const stats = async (key: string) =>
  (await fetch(`/test-api/stats/${key}`)).json() as Promise<{ requests: number; statuses: number[] }>;

adapterContract('StaticAdapter (object)', async () => ({
  adapter: new StaticAdapter(contractDataset()),
  methods: readOnly,
}));

adapterContract('StaticAdapter (URL)', async () => ({
  adapter: new StaticAdapter('/test-api/dataset'),
  methods: readOnly,
}));

describe('StaticAdapter', () => {
  it('fetches its URL once, however many calls it serves', async () => {
    const key = crypto.randomUUID();
    const adapter = new StaticAdapter(new URL(`/test-api/fault/ok/${key}/dataset`, location.href));
    await Promise.all([adapter.journey({ journey: 'lifecycle' }), adapter.metric({ metric: 'nps' })]);
    await adapter.scan({ scan: 'cx-maturity' });
    expect((await stats(key)).requests).to.equal(1);
  });

  it('tries again on the next call after a failed load', async () => {
    const key = crypto.randomUUID();
    const adapter = new StaticAdapter(`/test-api/fault/500-then-200/${key}/dataset`);
    const e = await expectKind(adapter.journey({ journey: 'lifecycle' }), 'network');
    expect(e.status).to.equal(500);
    expect((await adapter.journey({ journey: 'lifecycle' })).customer).to.equal('acme');
    expect((await stats(key)).statuses).to.deep.equal([500, 200]);
  });

  it('maps a missing document to not-found and broken JSON to invalid-data', async () => {
    await expectKind(new StaticAdapter('/test-api/no-such-dataset').journey({ journey: 'x' }), 'not-found');
    const broken = new StaticAdapter(`/test-api/fault/malformed/${crypto.randomUUID()}/dataset`);
    await expectKind(broken.journey({ journey: 'lifecycle' }), 'invalid-data');
  });

  it('rejects with an AbortError when aborted while its URL loads', async () => {
    const adapter = new StaticAdapter(`/test-api/fault/slow/${crypto.randomUUID()}/dataset`);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expectAbort(adapter.journey({ journey: 'lifecycle' }, { signal: controller.signal }));
  });

  it('is read-only', () => {
    const adapter = new StaticAdapter(contractDataset()) as { saveScanResponse?: (r: ScanResponse) => void };
    expect(adapter.saveScanResponse).to.equal(undefined);
    expect('watch' in adapter).to.equal(false);
    expect('watchMap' in adapter).to.equal(false);
  });
});
