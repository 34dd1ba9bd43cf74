import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/data/adapters/index.js';
import type { Journey, JourneyMap } from '../../src/data/schema.js';
import { contractDataset } from '../../fixtures/contract-data.js';
import { adapterContract, expectAbort, expectKind } from './contract.js';

adapterContract('MemoryAdapter', async () => {
  const adapter = new MemoryAdapter(contractDataset());
  return {
    adapter,
    methods: { saveScanResponse: true, watch: true },
    responses: async (scan) => adapter.responses.filter((r) => r.scanId === scan),
  };
});

describe('MemoryAdapter', () => {
  const data = contractDataset();
  const acme = data.journeys[0]!;
  const globex = data.journeys[1]!;

  it('copies its initial data, so later changes to the source do not leak in', async () => {
    const source = contractDataset();
    const adapter = new MemoryAdapter(source);
    source.journeys[0]!.name = 'Changed outside';
    expect((await adapter.journey({ journey: 'lifecycle' })).name).to.equal(acme.name);
  });

  it('starts empty without initial data', async () => {
    const adapter = new MemoryAdapter();
    await expectKind(adapter.journey({ journey: 'lifecycle' }), 'not-found');
    expect(await adapter.touchpoints({ journey: 'lifecycle' })).to.deep.equal({ items: [] });
  });

  it('notifies watchers of the changed journey and customer only', () => {
    const adapter = new MemoryAdapter(data);
    const forAcme: Journey[] = [];
    const forAny: Journey[] = [];
    const forOther: Journey[] = [];
    adapter.watch({ journey: 'lifecycle', customer: 'acme' }, (j) => forAcme.push(j));
    adapter.watch({ journey: 'lifecycle' }, (j) => forAny.push(j));
    adapter.watch({ journey: 'onboarding' }, (j) => forOther.push(j));

    adapter.setJourney({ ...acme, name: 'Acme v2' });
    adapter.setJourney({ ...globex, name: 'Globex v2' });

    expect(forAcme.map((j) => j.name)).to.deep.equal(['Acme v2']);
    expect(forAny.map((j) => j.name)).to.deep.equal(['Acme v2', 'Globex v2']);
    expect(forOther).to.deep.equal([]);
  });

  it('setJourney replaces a journey by id and customer, or adds a new one', async () => {
    const adapter = new MemoryAdapter(data);
    adapter.setJourney({ ...globex, name: 'Globex v2' });
    adapter.setJourney({ ...acme, id: 'brand-new', name: 'New' });
    expect((await adapter.journey({ journey: 'lifecycle', customer: 'globex' })).name).to.equal('Globex v2');
    expect((await adapter.journey({ journey: 'lifecycle', customer: 'acme' })).name).to.equal(acme.name);
    expect((await adapter.journey({ journey: 'brand-new' })).name).to.equal('New');
  });

  it('updateJourney changes the stored journey and notifies watchers', async () => {
    const adapter = new MemoryAdapter(data);
    const seen: Journey[] = [];
    adapter.watch({ journey: 'lifecycle', customer: 'globex' }, (j) => seen.push(j));
    const updated = await adapter.updateJourney({ journey: 'lifecycle', customer: 'globex' }, (j) => {
      j.stages[4]!.progress = 0.9;
    });
    expect(updated.stages[4]!.progress).to.equal(0.9);
    expect(seen).to.have.length(1);
    expect(seen[0]!.stages[4]!.progress).to.equal(0.9);
    const stored = await adapter.journey({ journey: 'lifecycle', customer: 'globex' });
    expect(stored.stages[4]!.progress).to.equal(0.9);
  });

  it('updateJourney of an unknown journey is not-found and notifies nobody', async () => {
    const adapter = new MemoryAdapter(data);
    let calls = 0;
    adapter.watch({ journey: 'nope' }, () => calls++);
    await expectKind(adapter.updateJourney({ journey: 'nope' }, () => {}), 'not-found');
    expect(calls).to.equal(0);
  });

  it('hands watchers copies, so a watcher cannot change the store', async () => {
    const adapter = new MemoryAdapter(data);
    adapter.watch({ journey: 'lifecycle' }, (j) => {
      j.name = 'Mutated by a watcher';
    });
    adapter.setJourney({ ...acme, name: 'Acme v2' });
    expect((await adapter.journey({ journey: 'lifecycle' })).name).to.equal('Acme v2');
  });

  it('stops notifying after unsubscribe', () => {
    const adapter = new MemoryAdapter(data);
    let calls = 0;
    const stop = adapter.watch({ journey: 'lifecycle' }, () => calls++);
    adapter.setJourney(acme);
    stop();
    adapter.setJourney(acme);
    expect(calls).to.equal(1);
  });

  it('setMetric and addTouchpoints change what is served', async () => {
    const adapter = new MemoryAdapter(data);
    adapter.setMetric({ ...data.metrics[0]!, value: 55 });
    adapter.setMetric({ id: 'ces', kind: 'ces', label: 'Effort', value: 5.2 });
    expect((await adapter.metric({ metric: 'nps' })).value).to.equal(55);
    expect((await adapter.metric({ metric: 'ces' })).value).to.equal(5.2);
    const extra = { id: 'new-tp', at: '2025-06-01T13:00:00.000Z', channel: 'sms', title: 'Reminder' };
    adapter.addTouchpoints('lifecycle', [extra]);
    adapter.addTouchpoints('fresh', [extra]);
    const page = await adapter.touchpoints({ journey: 'lifecycle', channels: ['sms'] });
    expect(page.items).to.deep.equal([extra]);
    expect((await adapter.touchpoints({ journey: 'fresh' })).items).to.deep.equal([extra]);
  });

  describe('journey maps', () => {
    const map = data.maps['get-help']!;
    const reached = (m: JourneyMap) => m.lanes.find((l) => l.kind === 'funnel')!.cells.map((c) => c.reached);

    it('setMap stores the map and notifies the watchers of that journey only, with copies', async () => {
      const adapter = new MemoryAdapter(data);
      const seen: JourneyMap[] = [];
      const other: JourneyMap[] = [];
      adapter.watchMap({ journey: 'get-help' }, (m) => {
        seen.push(m);
        m.name = 'Mutated by a watcher';
      });
      adapter.watchMap({ journey: 'lifecycle' }, (m) => other.push(m));
      const funnel = structuredClone(map);
      funnel.lanes.find((l) => l.kind === 'funnel')!.cells[0]!.reached = 9999;
      adapter.setMap('get-help', funnel);
      expect(seen.map(reached)).to.deep.equal([reached(funnel)]);
      expect(other).to.deep.equal([]);
      const stored = await adapter.journeyMap({ journey: 'get-help' });
      expect(stored.name).to.equal(map.name);
      expect(reached(stored)[0]).to.equal(9999);
    });

    it('setMap adds a map for a journey that had none', async () => {
      const adapter = new MemoryAdapter(data);
      await expectKind(adapter.journeyMap({ journey: 'lifecycle' }), 'not-found');
      adapter.setMap('lifecycle', { ...map, id: 'lifecycle-map', name: 'Lifecycle' });
      expect((await adapter.journeyMap({ journey: 'lifecycle' })).name).to.equal('Lifecycle');
    });

    it('stops notifying after unsubscribe', () => {
      const adapter = new MemoryAdapter(data);
      let calls = 0;
      const stop = adapter.watchMap({ journey: 'get-help' }, () => calls++);
      adapter.setMap('get-help', map);
      stop();
      adapter.setMap('get-help', map);
      expect(calls).to.equal(1);
    });
  });

  it('rejects a malformed cursor as invalid-data', async () => {
    const adapter = new MemoryAdapter(data);
    await expectKind(adapter.touchpoints({ journey: 'lifecycle', cursor: 'x' }), 'invalid-data');
  });

  describe('completeMilestone', () => {
    const ref = { journey: 'onboarding', stage: 'connect', milestone: 'connect-2' };
    const milestoneOf = (j: Journey) =>
      j.stages.find((s) => s.id === ref.stage)!.milestones!.find((m) => m.id === ref.milestone)!;

    it('sets the milestone, stores it, notifies watchers and returns the journey', async () => {
      const adapter = new MemoryAdapter(data);
      const seen: Journey[] = [];
      adapter.watch({ journey: 'onboarding' }, (j) => seen.push(j));
      for (const done of [true, false]) {
        const updated = await adapter.completeMilestone({ ...ref, done });
        expect(milestoneOf(updated).done).to.equal(done);
        expect(milestoneOf(updated).completedAt !== undefined, 'completedAt follows done').to.equal(done);
        expect(milestoneOf(await adapter.journey({ journey: 'onboarding' })).done).to.equal(done);
      }
      expect(seen.map((j) => milestoneOf(j).done)).to.deep.equal([true, false]);
    });

    it("moves the stage's progress, the next step naming a milestone and updatedAt with it, as the sample API does", async () => {
      const adapter = new MemoryAdapter(data);
      const connect = (j: Journey) => j.stages.find((s) => s.id === 'connect')!;
      const first = await adapter.completeMilestone({ ...ref, milestone: 'connect-1', done: true });
      expect(connect(first).progress).to.equal(0.5);
      expect(connect(first).nextStep).to.equal('Import last year of tickets');
      expect(Date.parse(first.updatedAt!)).to.be.greaterThan(Date.parse('2025-06-01T12:00:00Z'));
      const both = await adapter.completeMilestone({ ...ref, done: true });
      expect(connect(both).progress).to.equal(1);
      expect(connect(both).nextStep, 'no open milestone: no next step').to.equal(undefined);
      const back = await adapter.completeMilestone({ ...ref, milestone: 'connect-1', done: false });
      expect(connect(back).progress).to.equal(0.5);
      expect(connect(await adapter.journey({ journey: 'onboarding' }))).to.deep.equal(connect(back));
    });

    it('is idempotent: the same call twice has the same effect', async () => {
      const adapter = new MemoryAdapter(data);
      const once = await adapter.completeMilestone({ ...ref, done: true });
      const twice = await adapter.completeMilestone({ ...ref, done: true });
      expect(twice).to.deep.equal(once);
      expect(await adapter.journey({ journey: 'onboarding' })).to.deep.equal(once);
    });

    it('keeps the customer: only that customer\'s journey changes', async () => {
      const adapter = new MemoryAdapter(data);
      const purchase = { journey: 'lifecycle', customer: 'globex', stage: 'purchase', milestone: 'plan' };
      const before = await adapter.journey({ journey: 'lifecycle', customer: 'acme' });
      const updated = await adapter.completeMilestone({ ...purchase, done: false });
      expect(updated.customer).to.equal('globex');
      expect(await adapter.journey({ journey: 'lifecycle', customer: 'acme' })).to.deep.equal(before);
    });

    it('rejects unknown journeys, stages and milestones as not-found and notifies nobody', async () => {
      const adapter = new MemoryAdapter(data);
      let calls = 0;
      adapter.watch({ journey: 'onboarding' }, () => calls++);
      await expectKind(adapter.completeMilestone({ ...ref, journey: 'nope', done: true }), 'not-found');
      const stage = await expectKind(adapter.completeMilestone({ ...ref, stage: 'nope', done: true }), 'not-found');
      expect(stage.message).to.contain('stage "nope"');
      const m = await expectKind(adapter.completeMilestone({ ...ref, milestone: 'nope', done: true }), 'not-found');
      expect(m.message).to.contain('milestone "nope"');
      expect(calls).to.equal(0);
    });

    it('rejects with an AbortError when the signal has fired', async () => {
      const adapter = new MemoryAdapter(data);
      const controller = new AbortController();
      controller.abort();
      await expectAbort(adapter.completeMilestone({ ...ref, done: true }, { signal: controller.signal }));
    });
  });
});
