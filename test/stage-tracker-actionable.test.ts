import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/stage-tracker/define.js';
import type { StageTracker } from '../src/elements/stage-tracker/stage-tracker.js';
import type { MilestoneChangeEvent } from '../src/elements/stage-tracker/events.js';
import type { MilestoneRef, WaymarkAdapter } from '../src/data/adapters/types.js';
import { WaymarkError } from '../src/data/errors.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import type { Journey } from '../src/data/schema.js';
import { onboardingJourney } from '../fixtures/journeys.js';
import { $, $$, text } from './helpers/setup.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const PREFIX = 'waymark.milestone:';

/**
 * A server in memory: each save waits until the test settles it, then applies
 * the change (the stage's progress and next step following it) and bumps `updatedAt` by a second; `push` sends a journey to watchers.
 */
function fakeServer(initial: Journey) {
  let current = structuredClone(initial);
  let clock = Date.parse(initial.updatedAt!);
  const saves: { ref: MilestoneRef; ok: () => Journey; fail: (e: unknown) => void; reply: (j: Journey) => void }[] = [];
  const watchers = new Set<(j: Journey) => void>();
  const apply = (ref: MilestoneRef): Journey => {
    const stage = current.stages.find((s) => s.id === ref.stage)!;
    const list = stage.milestones!;
    const m = list.find((x) => x.id === ref.milestone)!;
    const names = list.some((x) => x.name === stage.nextStep);
    m.done = ref.done;
    // As the sample API stores a change: progress and a next step naming a milestone follow.
    stage.progress = list.filter((x) => x.done).length / list.length;
    if (names) stage.nextStep = list.find((x) => !x.done)?.name;
    current.updatedAt = new Date((clock += 1000)).toISOString();
    return structuredClone(current);
  };
  const adapter: WaymarkAdapter = {
    journey: async () => structuredClone(current),
    completeMilestone: (ref) =>
      new Promise<Journey>((resolve, reject) => {
        saves.push({
          ref,
          ok: () => {
            const j = apply(ref);
            resolve(j);
            return j;
          },
          fail: reject,
          reply: resolve,
        });
      }),
    watch: (_topic, onChange) => {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
  };
  return {
    adapter,
    saves,
    apply,
    push: (j: Journey) => watchers.forEach((w) => w(structuredClone(j))),
    get current() {
      return current;
    },
  };
}

async function tracker(adapter: WaymarkAdapter) {
  const el = await fixture<StageTracker>(html`<wm-stage-tracker
    actionable
    journey="onboarding"
    customer="northwind"
    .now=${NOW}
    .adapter=${adapter}
  ></wm-stage-tracker>`);
  await waitUntil(() => $(el, 'input[type="checkbox"]'), 'the actionable rows appear', { timeout: 10_000 });
  return el;
}

/** A milestone's row and its checkbox, found by the milestone's name. */
function row(el: StageTracker, name: string) {
  const li = $$(el, 'li.milestone').find((r) => text(r.querySelector('.milestone-name')) === name)!;
  return { li, box: li.querySelector<HTMLInputElement>('input[type="checkbox"]'), note: text(li.querySelector('.row-note')) };
}

const summary = (el: StageTracker) => text($(el, '.milestones-title'));
const nextStep = (el: StageTracker) => text($(el, '[part="next-step"]'));
const progress = (el: StageTracker) => $(el, '[aria-current="step"] [role="progressbar"]')!.getAttribute('aria-valuenow');
const queued = () => Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));

async function settle(el: StageTracker) {
  await aTimeout(0);
  await el.updateComplete;
}

let online = true;

describe('wm-stage-tracker actionable', () => {
  before(async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    // The lazily imported module, fetched and compiled here rather than within the first test:
    // under load, WebKitGTK took most of that test's 20 s on it once.
    await import('../src/elements/stage-tracker/actionable.js');
  });
  after(() => {
    delete (navigator as { onLine?: boolean }).onLine;
  });
  afterEach(() => {
    online = true;
    queued().forEach((k) => localStorage.removeItem(k));
  });

  it('gives customer-owned milestones a checkbox named by the milestone, and says who owns the others', async () => {
    const server = fakeServer(onboardingJourney({ now: NOW, done: 2 }));
    const el = await tracker(server.adapter);
    const crm = row(el, 'Connect your CRM');
    expect(crm.box).to.exist;
    expect(crm.box!.checked).to.equal(false);
    expect(crm.box!.labels![0]!.textContent).to.contain('Connect your CRM');
    const tickets = row(el, 'Import last year of tickets');
    expect(tickets.box).to.equal(null);
    expect(tickets.note).to.equal('handled by our team');
    await expect(el).to.be.accessible();
  });

  it('shows a change at once, with the summary, progress and next step following it, then saves it', async () => {
    const server = fakeServer(onboardingJourney({ now: NOW, done: 2 }));
    const el = await tracker(server.adapter);
    expect(summary(el)).to.equal('Connect data milestones: 0 of 2 done');
    expect(nextStep(el)).to.equal('Next step: Connect your CRM');
    expect(progress(el)).to.equal('0');
    const events: MilestoneChangeEvent[] = [];
    el.addEventListener('wm-milestone-change', (e) => events.push(e));

    row(el, 'Connect your CRM').box!.click();
    await settle(el);
    expect(events).to.have.length(1);
    expect(events[0]!.detail.milestone.id).to.equal('connect-1');
    expect(events[0]!.detail.stage.id).to.equal('connect');
    expect(events[0]!.detail.done).to.equal(true);
    expect(row(el, 'Connect your CRM').box!.checked).to.equal(true);
    expect(row(el, 'Connect your CRM').note).to.equal('Saving…');
    expect(summary(el)).to.equal('Connect data milestones: 1 of 2 done');
    expect(progress(el)).to.equal('50');
    expect(nextStep(el)).to.equal('Next step: Import last year of tickets');
    expect(server.saves.map((s) => s.ref)).to.deep.equal([
      { journey: 'onboarding', customer: 'northwind', stage: 'connect', milestone: 'connect-1', done: true },
    ]);
    await expect(el).to.be.accessible();

    server.saves[0]!.ok();
    await settle(el);
    expect(row(el, 'Connect your CRM').box!.checked).to.equal(true);
    expect(row(el, 'Connect your CRM').note).to.equal('Saved');
    expect(summary(el)).to.equal('Connect data milestones: 1 of 2 done');
    expect(queued()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('puts a failed change back, says why in its row, and saves it on Retry', async () => {
    const server = fakeServer(onboardingJourney({ now: NOW, done: 2 }));
    const el = await tracker(server.adapter);
    row(el, 'Connect your CRM').box!.click();
    await settle(el);
    server.saves[0]!.fail(new WaymarkError('network', 'The server did not answer.'));
    await settle(el);

    const failed = row(el, 'Connect your CRM');
    expect(failed.box!.checked).to.equal(false);
    expect(failed.note).to.equal('Not saved: The server did not answer.');
    expect(failed.li.querySelector('[role="status"]')!.textContent).to.contain('The server did not answer.');
    expect(summary(el)).to.equal('Connect data milestones: 0 of 2 done');
    expect(nextStep(el)).to.equal('Next step: Connect your CRM');
    const retry = failed.li.querySelector<HTMLButtonElement>('button[part="retry"]')!;
    expect(retry.getAttribute('aria-label')).to.equal('Retry saving Connect your CRM');
    expect(queued()).to.deep.equal([]);
    await expect(el).to.be.accessible();

    retry.click();
    await settle(el);
    expect(row(el, 'Connect your CRM').box!.checked).to.equal(true);
    expect(row(el, 'Connect your CRM').note).to.equal('Saving…');
    expect(server.saves).to.have.length(2);
    expect(server.saves[1]!.ref.done).to.equal(true);
    server.saves[1]!.ok();
    await settle(el);
    expect(row(el, 'Connect your CRM').note).to.equal('Saved');
    expect(row(el, 'Connect your CRM').box!.checked).to.equal(true);
  });

  it('keeps the milestone as it was and saves nothing when wm-milestone-change is cancelled', async () => {
    const server = fakeServer(onboardingJourney({ now: NOW, done: 2 }));
    const el = await tracker(server.adapter);
    el.addEventListener('wm-milestone-change', (e) => e.preventDefault());
    row(el, 'Connect your CRM').box!.click();
    await settle(el);
    expect(row(el, 'Connect your CRM').box!.checked).to.equal(false);
    expect(row(el, 'Connect your CRM').note).to.equal('');
    expect(summary(el)).to.equal('Connect data milestones: 0 of 2 done');
    expect(server.saves).to.have.length(0);
    expect(queued()).to.deep.equal([]);
  });

  it('keeps a change made offline across a reload and saves it once back online', async () => {
    const server = fakeServer(onboardingJourney({ now: NOW, done: 2 }));
    let el = await tracker(server.adapter);
    online = false;
    dispatchEvent(new Event('offline'));
    row(el, 'Connect your CRM').box!.click();
    await settle(el);
    expect(row(el, 'Connect your CRM').box!.checked).to.equal(true);
    expect(row(el, 'Connect your CRM').note).to.equal('Kept on this device; saved when you are back online');
    expect(server.saves).to.have.length(0);
    // Ids only: nothing personal is kept on the device.
    expect(queued()).to.deep.equal([`${PREFIX}["onboarding","northwind","connect","connect-1"]`]);
    expect(localStorage.getItem(queued()[0]!)).to.equal('true');
    await expect(el).to.be.accessible();

    // A reload: the element goes, a new one reads the same storage.
    el.remove();
    el = await tracker(server.adapter);
    await settle(el);
    expect(row(el, 'Connect your CRM').box!.checked).to.equal(true);
    expect(row(el, 'Connect your CRM').note).to.equal('Kept on this device; saved when you are back online');
    expect(summary(el)).to.equal('Connect data milestones: 1 of 2 done');
    expect(server.saves).to.have.length(0);

    online = true;
    dispatchEvent(new Event('online'));
    await settle(el);
    expect(server.saves).to.have.length(1);
    expect(server.saves[0]!.ref).to.deep.include({ milestone: 'connect-1', done: true });
    server.saves[0]!.ok();
    await settle(el);
    dispatchEvent(new Event('online'));
    await aTimeout(50);
    expect(server.saves).to.have.length(1);
    expect(row(el, 'Connect your CRM').note).to.equal('Saved');
    expect(queued()).to.deep.equal([]);
  });

  it('replaces a queued change with a later toggle of the same milestone', async () => {
    const server = fakeServer(onboardingJourney({ now: NOW, done: 2 }));
    const el = await tracker(server.adapter);
    online = false;
    row(el, 'Connect your CRM').box!.click();
    await settle(el);
    row(el, 'Connect your CRM').box!.click();
    await settle(el);
    expect(row(el, 'Connect your CRM').box!.checked).to.equal(false);
    expect(queued()).to.have.length(1);
    expect(localStorage.getItem(queued()[0]!)).to.equal('false');
    online = true;
    dispatchEvent(new Event('online'));
    await settle(el);
    expect(server.saves.map((s) => s.ref.done)).to.deep.equal([false]);
    server.saves[0]!.ok();
    await settle(el);
    expect(queued()).to.deep.equal([]);
  });

  it('saves two milestones toggled at once, and keeps the newest journey whichever reply comes last', async () => {
    const server = fakeServer(onboardingJourney({ now: NOW, done: 0 }));
    const el = await tracker(server.adapter);
    expect(summary(el)).to.equal('Set up milestones: 0 of 2 done');
    row(el, 'Create your workspace').box!.click();
    row(el, 'Invite your team').box!.click();
    await settle(el);
    expect(summary(el)).to.equal('Set up milestones: 2 of 2 done');
    expect(server.saves.map((s) => s.ref.milestone)).to.deep.equal(['setup-1', 'setup-2']);

    // The server applies both in order, but the second reply arrives first.
    const [first, second] = server.saves;
    const afterFirst = server.apply(first!.ref);
    const afterBoth = server.apply(second!.ref);
    second!.reply(afterBoth);
    await settle(el);
    first!.reply(afterFirst);
    await settle(el);
    expect(row(el, 'Create your workspace').box!.checked).to.equal(true);
    expect(row(el, 'Invite your team').box!.checked).to.equal(true);
    expect(row(el, 'Create your workspace').note).to.equal('Saved');
    expect(row(el, 'Invite your team').note).to.equal('Saved');
    expect(summary(el)).to.equal('Set up milestones: 2 of 2 done');
    await expect(el).to.be.accessible();
  });

  it('keeps what it shows when a live update is older than it', async () => {
    const before = onboardingJourney({ now: NOW, done: 2 });
    const server = fakeServer(before);
    const el = await tracker(server.adapter);
    row(el, 'Connect your CRM').box!.click();
    await settle(el);
    server.saves[0]!.ok();
    await settle(el);
    expect(row(el, 'Connect your CRM').box!.checked).to.equal(true);

    // A late push of the journey from before the save.
    server.push(before);
    await settle(el);
    expect(row(el, 'Connect your CRM').box!.checked).to.equal(true);
    expect(summary(el)).to.equal('Connect data milestones: 1 of 2 done');

    // A newer one wins.
    const newer = structuredClone(server.current);
    newer.stages[1]!.milestones![1]!.done = true;
    newer.updatedAt = new Date(Date.parse(newer.updatedAt!) + 60_000).toISOString();
    server.push(newer);
    await settle(el);
    expect(summary(el)).to.equal('Connect data milestones: 2 of 2 done');
  });

  it('two trackers of one journey on a page: a change queued in one is saved once and both show it', async () => {
    const server = fakeServer(onboardingJourney({ now: NOW, done: 2 }));
    const portal = await tracker(server.adapter);
    const sidebar = await tracker(server.adapter);
    online = false;
    dispatchEvent(new Event('offline'));
    row(portal, 'Connect your CRM').box!.click();
    await settle(portal);
    await settle(sidebar);
    for (const el of [portal, sidebar]) {
      expect(row(el, 'Connect your CRM').box!.checked).to.equal(true);
      expect(row(el, 'Connect your CRM').note).to.equal('Kept on this device; saved when you are back online');
      expect(summary(el)).to.equal('Connect data milestones: 1 of 2 done');
    }

    // Both trackers hear the page come back online.
    online = true;
    dispatchEvent(new Event('online'));
    await settle(portal);
    await settle(sidebar);
    expect(server.saves).to.have.length(1);
    expect(row(sidebar, 'Connect your CRM').note).to.equal('Saving…');
    server.saves[0]!.ok();
    await settle(portal);
    await settle(sidebar);
    dispatchEvent(new Event('online'));
    await aTimeout(50);
    expect(server.saves, 'saved exactly once').to.have.length(1);
    for (const el of [portal, sidebar]) {
      expect(row(el, 'Connect your CRM').box!.checked).to.equal(true);
      expect(row(el, 'Connect your CRM').note).to.equal('Saved');
      expect(nextStep(el)).to.equal('Next step: Import last year of tickets');
    }
    expect(queued()).to.deep.equal([]);
    await expect(sidebar).to.be.accessible();
  });

  it('with the memory adapter: the saved journey carries the new progress and next step to a second tracker', async () => {
    const adapter = new MemoryAdapter({ journeys: [onboardingJourney({ now: NOW, done: 2 })] });
    const portal = await tracker(adapter);
    const intranet = await fixture<StageTracker>(html`<wm-stage-tracker
      journey="onboarding"
      customer="northwind"
      .now=${NOW}
      .adapter=${adapter}
    ></wm-stage-tracker>`);
    await waitUntil(() => $(intranet, '.milestones-title'));
    row(portal, 'Connect your CRM').box!.click();
    await waitUntil(() => row(portal, 'Connect your CRM').note === 'Saved', 'saved');
    await waitUntil(() => summary(intranet) === 'Connect data milestones: 1 of 2 done', 'the read-only tracker follows');
    expect(progress(intranet)).to.equal('50');
    expect(nextStep(intranet)).to.equal('Next step: Import last year of tickets');
    const stored = (await adapter.journey({ journey: 'onboarding', customer: 'northwind' })).stages[1]!;
    expect(stored.progress).to.equal(0.5);
    expect(stored.nextStep).to.equal('Import last year of tickets');
  });

  it('draws plain read-only rows without the attribute', async () => {
    const server = fakeServer(onboardingJourney({ now: NOW, done: 2 }));
    const el = await fixture<StageTracker>(html`<wm-stage-tracker
      journey="onboarding"
      customer="northwind"
      .now=${NOW}
      .adapter=${server.adapter}
    ></wm-stage-tracker>`);
    await waitUntil(() => $(el, '.milestone'));
    await aTimeout(20);
    expect($(el, 'input[type="checkbox"]')).to.equal(null);
    expect($(el, '.row-note')).to.equal(null);
  });
});
