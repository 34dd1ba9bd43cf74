// Bugs the reliability fuzz found, kept as regression tests: a journey score
// with an unreadable metric range, a timeline whose pages are all empty, an
// element moved while loading, and one removed before its first update.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/waymark.js';
import type { JourneyScore } from '../../src/elements/journey-score/journey-score.js';
import type { TouchpointTimeline } from '../../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { StageTracker } from '../../src/elements/stage-tracker/stage-tracker.js';
import type { JourneyRef, RequestOptions, WaymarkAdapter } from '../../src/data/adapters/types.js';
import { MemoryAdapter } from '../../src/data/adapters/memory.js';
import { onboardingJourney } from '../../fixtures/journeys.js';
import { $, $$, text } from '../helpers/setup.js';

/** A MemoryAdapter whose journey loads take 20 ms (aborting on the signal), counting requests and live subscriptions. */
function slowWatched() {
  const journey = onboardingJourney();
  const memory = new MemoryAdapter({ journeys: [journey] });
  const stats = { requests: 0, subscriptions: 0 };
  const adapter: WaymarkAdapter = {
    journey: (ref: JourneyRef, o?: RequestOptions) =>
      new Promise((resolve, reject) => {
        stats.requests++;
        const t = setTimeout(() => resolve(memory.journey(ref)), 20);
        o?.signal?.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new DOMException('Aborted', 'AbortError'));
        });
      }),
    watch: (topic, onChange) => {
      stats.subscriptions++;
      const off = memory.watch(topic, onChange);
      return () => {
        stats.subscriptions--;
        off();
      };
    },
  };
  const create = () =>
    Object.assign(document.createElement('wm-stage-tracker'), { adapter, journey: journey.id, customer: journey.customer }) as StageTracker;
  return { journey, stats, create };
}

describe('known bugs', () => {
  it('wm-journey-score: a component metric whose range the gauge rejects is invalid data naming the field', async () => {
    // Passes the Journey schema; `wm-score-gauge` rejects this metric as invalid-data naming `max`.
    const journey = {
      id: 'j', name: 'J', stages: [],
      scoreComponents: [{ metric: { id: 'a', kind: 'csat' as const, label: 'A', value: 50, min: 80, max: 20 }, weight: 1 }],
    };
    const el = await fixture<JourneyScore>(html`<wm-journey-score></wm-journey-score>`);
    const settled = Promise.race([oneEvent(el, 'wm-error'), oneEvent(el, 'wm-load')]);
    el.data = journey;
    const e = await settled;
    expect(e.type).to.equal('wm-error');
    expect(e.detail.kind).to.equal('invalid-data');
    await el.updateComplete;
    const alert = $(el, '[part="error"][role="alert"]')!;
    expect(text(alert)).to.contain('scoreComponents[0].metric.max: ');
    expect(!!$(el, '[part="retry"]'), 'Retry button').to.equal(true);
  });

  it('wm-touchpoint-timeline: no touchpoints at all (data with a nextCursor) is the empty state, not "No channels are selected"', async () => {
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline></wm-touchpoint-timeline>`);
    const loaded = oneEvent(el, 'wm-load');
    el.data = { items: [], nextCursor: 'more' };
    await loaded;
    await el.updateComplete;
    expect(text($(el, '[part="no-match"]'))).to.equal('');
    expect(!!$(el, '[part="empty"]'), 'empty state').to.equal(true);
  });

  it('wm-touchpoint-timeline: pages that all come back empty end in the empty state', async () => {
    const adapter: WaymarkAdapter = {
      touchpoints: async (q) => (q.cursor ? { items: [] } : { items: [], nextCursor: 'p2' }),
    };
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="j" .adapter=${adapter}></wm-touchpoint-timeline>`);
    await oneEvent(el, 'wm-load');
    await oneEvent(el, 'wm-load');
    await el.updateComplete;
    expect(text($(el, '[part="no-match"]'))).to.equal('');
    expect(text(el.shadowRoot as unknown as Element)).to.not.contain('No channels are selected');
  });

  it('LoadController: an element moved in the DOM while loading (removed and re-added in one task) finishes loading', async () => {
    const { journey, create } = slowWatched();
    const box = await fixture(html`<div></div>`);
    const el = create();
    box.append(el);
    await el.updateComplete;
    // A move: disconnect and connect again before the aborted load has settled.
    el.remove();
    box.append(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(el.getAttribute('aria-busy')).to.equal(null);
    expect($$(el, 'li[part~="stage"]').length).to.equal(journey.stages.length);
  });

  it('LoadController: an element removed before its first update neither loads nor subscribes while detached', async () => {
    const { stats, create } = slowWatched();
    const box = await fixture(html`<div></div>`);
    const el = create();
    let loads = 0;
    el.addEventListener('wm-load', () => loads++);
    box.append(el);
    el.remove();
    await new Promise((r) => setTimeout(r, 200));
    expect(stats.subscriptions, 'watch subscriptions held by a detached element').to.equal(0);
    expect(loads, 'wm-load on a detached element').to.equal(0);
    expect(stats.requests, 'requests started while detached').to.equal(0);
  });
});
