import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/elements/touchpoint-timeline/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import { TimelineData } from '../src/elements/touchpoint-timeline/data.js';
import { TouchpointPage } from '../src/data/schema.js';
import type { WaymarkAdapter } from '../src/data/adapters/types.js';
import { generateTouchpoints } from '../fixtures/touchpoints.js';
import { $, text } from './helpers/setup.js';
import { expectEachInvalidShown, watchUncaught } from './helpers/invalid-fuzz.js';

// Pages that are almost right: valid touchpoints with one field broken, or a broken envelope.
const valid = fc.record({
  id: fc.string({ minLength: 1 }),
  at: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  channel: fc.constantFrom('web', 'email', 'phone', 'carrier-pigeon'),
  title: fc.string({ minLength: 1 }),
  sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }),
  friction: fc.option(fc.constantFrom('low', 'medium', 'high'), { nil: undefined }),
});
const junk = fc.oneof(
  fc.constant(null), fc.constant(''), fc.integer(), fc.double(), fc.string(), fc.boolean(),
  fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.constant('2025-13-45T99:00:00Z'),
  fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }),
);
const FIELDS = ['id', 'at', 'channel', 'title', 'stageId', 'initiator', 'sentiment', 'momentOfTruth', 'friction', 'outcome', 'detail'];
const brokenPage = fc
  .record({ items: fc.array(valid, { minLength: 1, maxLength: 6 }), nextCursor: fc.option(fc.string(), { nil: undefined }) })
  .chain((p) =>
    fc.oneof(
      junk.map((v) => ({ ...p, items: v })),
      junk.map((v) => ({ ...p, nextCursor: v })),
      junk.map((v) => ({ ...p, stages: v })),
      fc.tuple(fc.nat(p.items.length - 1), fc.constantFrom(...FIELDS), junk).map(([i, key, v]) => ({
        ...p, items: p.items.map((t, k) => (k === i ? { ...t, [key]: v } : t)),
      })),
      junk,
    ),
  )
  .filter((p) => p !== null && p !== undefined && !TimelineData.safeParse(p).success);

describe('1,000 random invalid touchpoint pages', () => {
  it('each shows the error state naming the failing field, with no uncaught error', async function () {
    this.timeout(60_000);
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline></wm-touchpoint-timeline>`);
    await expectEachInvalidShown(el, brokenPage, {
      what: 'touchpoints',
      reason: /: (expected|required|must|is not)/,
      absent: 'canvas',
      seed: 20261123,
    });
  });

  it('a broken later page keeps the touchpoints already shown and says what was wrong', async () => {
    const first = generateTouchpoints({ count: 20, seed: 1 });
    const laterPage = brokenPage.filter((p) => typeof p === 'object' && !TouchpointPage.safeParse(p).success);
    const watch = watchUncaught();
    try {
      await fc.assert(
        fc.asyncProperty(laterPage, async (bad) => {
          const adapter: WaymarkAdapter = {
            touchpoints: async (q) => (q.cursor ? (bad as never) : { items: first, nextCursor: 'next' }),
          };
          const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="j" .adapter=${adapter}></wm-touchpoint-timeline>`);
          const failed = await oneEvent(el, 'wm-error');
          expect(failed.detail.kind).to.equal('invalid-data');
          await el.updateComplete;
          expect(text($(el, '[part="error"]'))).to.match(/^Only 20 touchpoints could be loaded\. The touchpoints data is not valid: .+: (expected|required|must|is not)/);
          expect($(el, '[part="plot"]')).to.exist;
          el.remove();
        }),
        { numRuns: 60, seed: 7 },
      );
    } finally {
      watch.stop();
    }
    expect(watch.uncaught).to.deep.equal([]);
  });
});
