// The journey map kept live over Server-Sent Events: the REST adapter against
// the test server's map stream (`event: map`), as a page with the sample API
// would have it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/waymark.js';
import { RestAdapter } from '../src/data/adapters/rest.js';
import type { JourneyMapElement } from '../src/elements/journey-map/journey-map.js';
import type { WaymarkErrorEvent, WaymarkLoadEvent } from '../src/data/events.js';
import type { JourneyMap } from '../src/data/schema.js';
import { DEMO_MAP_REACHED, advanceMap, demoMap } from '../fixtures/demo-map.js';
import { $, $$, text, until } from './helpers/setup.js';

/** A fresh fault route of the test server with `plan` (see test/server/api.js). */
const base = (plan: string) => `/test-api/fault/${plan}/${crypto.randomUUID()}`;

/** What a screen reader reads for `el`: its text without the parts hidden from assistive technology. */
function spoken(el: Element | null): string {
  if (!el) return '';
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
    return [...node.childNodes].map(walk).join('');
  };
  return walk(el).replace(/\s+/g, ' ').trim();
}

/** A grid cell's accessible name: the texts its `aria-labelledby` names (lane, column, content), in order. */
const cellName = (el: Element, cell: Element) =>
  (cell.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => spoken(el.shadowRoot!.getElementById(id)))
    .join(' ');

const laneRow = (el: Element, kind: string) => $(el, `tr[part~="lane"][part~="${kind}"]`)!;
/** The funnel's cell in the map's first column ("Something breaks"). */
const firstFunnelCell = (el: Element) => laneRow(el, 'funnel').querySelector('td')!;
/** The readout of the in-app assistant's CSAT. */
const assistantCsat = (el: Element) =>
  [...laneRow(el, 'metrics').querySelectorAll('[part~="metric"]')].find((m) => text(m).includes('Assistant CSAT'))!;

const reachedOf = (m: JourneyMap) => m.lanes.find((l) => l.kind === 'funnel')!.cells.map((c) => c.reached!);
const metricOf = (m: JourneyMap, id: string) =>
  m.lanes.find((l) => l.kind === 'metrics')!.cells.flatMap((c) => c.metrics ?? []).find((x) => x.id === id)!;

/** What the map shows after each `wm-load`, read in the listener (it fires after the render that shows the data). */
interface Seen {
  data: JourneyMap;
  funnel: string;
  funnelName: string;
  metric: string;
  metricName: string;
}

async function liveMap(plan: string, eventSource?: (url: string) => EventSource) {
  const adapter = new RestAdapter({ baseUrl: base(plan), retryBaseMs: 10, ...(eventSource ? { eventSource } : {}) });
  const seen: Seen[] = [];
  const errors: WaymarkErrorEvent[] = [];
  const el = await fixture<JourneyMapElement>(html`<wm-journey-map
    journey="get-help"
    selectable
    .adapter=${adapter}
    @wm-load=${(e: WaymarkLoadEvent<JourneyMap>) => {
      const target = e.target as JourneyMapElement;
      const metricCell = assistantCsat(target).closest('td')!;
      seen.push({
        data: e.detail.data,
        funnel: text(firstFunnelCell(target)),
        funnelName: cellName(target, firstFunnelCell(target)),
        metric: text(assistantCsat(target)),
        metricName: cellName(target, metricCell),
      });
    }}
    @wm-error=${(e: WaymarkErrorEvent) => errors.push(e)}
  ></wm-journey-map>`);
  return { el, seen, errors };
}

describe('wm-journey-map: live over SSE (REST adapter, event: map)', function () {
  // Several pushes 300 ms apart, a ten-lane map rendered after each and axe over it: slow in WebKit on a busy machine.
  this.timeout(60_000);

  it('shows the new funnel counts, conversion words and metric on screen and in the cells\' accessible names after each push', async () => {
    const { el, seen, errors } = await liveMap('sse-advance');
    // The GET, the map sent on connect, then a map every 300 ms with customers moved along one more tick.
    await until(() => seen.length >= 4, 'two pushes after the first map', 10_000);
    const [first] = seen;
    expect(first!.funnel).to.equal('4,200 reached 75% continue, 25% drop off');
    expect(first!.funnelName).to.equal('Customers (30 days) Notice a problem Something stops working Something breaks 4,200 reached 75% continue, 25% drop off');
    expect(first!.metric).to.contain('Assistant CSAT').and.contain('71');
    expect(first!.metricName).to.match(/^Metrics Look for an answer Self-service first Ask the in-app assistant Assistant CSAT: 71/);

    // The sample API's ticks, computed here: tick 1 brings 46 new customers, tick 2 52 more; the CSAT rises on tick 2.
    const tick1 = advanceMap(demoMap(), 1);
    const tick2 = advanceMap(structuredClone(tick1), 2);
    const pushed = seen.slice(1).map((s) => reachedOf(s.data)[0]);
    expect(pushed).to.include.members([reachedOf(tick1)[0], reachedOf(tick2)[0]]);
    expect(reachedOf(tick2)[0]).to.equal(DEMO_MAP_REACHED.breaks + 46 + 52);

    const after = seen.find((s) => reachedOf(s.data)[0] === reachedOf(tick2)[0])!;
    const [r0, r1] = reachedOf(tick2);
    const go = Math.round((r1! / r0!) * 100);
    const words = `${r0!.toLocaleString('en-US')} reached ${go}% continue, ${100 - go}% drop off`;
    expect(after.funnel).to.equal(words);
    expect(after.funnelName).to.equal(`Customers (30 days) Notice a problem Something stops working Something breaks ${words}`);
    expect(metricOf(tick2, 'assistant-csat').value).to.equal(72);
    expect(after.metric).to.contain('72').and.not.contain('71%');
    expect(after.metricName).to.match(/^Metrics Look for an answer Self-service first Ask the in-app assistant Assistant CSAT: 72/);

    // The screen follows the latest push, whatever tick the stream is at now.
    await until(() => reachedOf(seen.at(-1)!.data)[0]! > r0!, 'a later push', 10_000);
    const latest = seen.at(-1)!.data;
    expect(text(firstFunnelCell(el))).to.contain(`${reachedOf(latest)[0]!.toLocaleString('en-US')} reached`);
    expect(errors).to.have.length(0);
    expect($(el, '[part="error"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('skips an invalid push and keeps the last good map; later valid pushes still show', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const sources: EventSource[] = [];
    try {
      // On connect the server sends an invalid map (stages: "none") and then the valid one.
      const { el, seen, errors } = await liveMap('sse-invalid', (url) => {
        const source = new EventSource(url);
        sources.push(source);
        return source;
      });
      const mapWarnings = () => warnings.filter((w) => String(w[0]).includes('"map"')).length;
      await until(() => seen.length >= 1 && sources.length === 1 && mapWarnings() === 1, 'the map and the invalid event', 10_000);
      // The valid map after the invalid one is the map already shown.
      await new Promise((r) => setTimeout(r, 200));
      expect(seen.every((s) => s.funnel === '4,200 reached 75% continue, 25% drop off')).to.equal(true);
      const n = seen.length;

      // A good push, then a bad one on the same stream: the good one stays.
      const good = advanceMap(structuredClone(seen.at(-1)!.data), 2);
      sources[0]!.dispatchEvent(new MessageEvent('map', { data: JSON.stringify(good) }));
      await until(() => seen.length === n + 1, 'the good push', 10_000);
      const shown = text(firstFunnelCell(el));
      expect(shown).to.equal(`${reachedOf(good)[0]!.toLocaleString('en-US')} reached 75% continue, 25% drop off`);

      const bad = structuredClone(good);
      bad.lanes[0]!.cells[0]!.column = 'nowhere';
      bad.lanes.find((l) => l.kind === 'funnel')!.cells[0]!.reached = 999_999;
      sources[0]!.dispatchEvent(new MessageEvent('map', { data: JSON.stringify(bad) }));
      sources[0]!.dispatchEvent(new MessageEvent('map', { data: '{"id": "get-help-map", "lanes": [' }));
      await new Promise((r) => setTimeout(r, 200));
      await el.updateComplete;
      expect(mapWarnings()).to.equal(3);
      expect(seen).to.have.length(n + 1);
      expect(text(firstFunnelCell(el))).to.equal(shown);
      expect(el.shadowRoot!.textContent).not.to.contain('999,999');
      expect(errors).to.have.length(0);
      expect($(el, '[part="error"]')).to.equal(null);
      expect($$(el, 'tbody tr')).to.have.length(10);
      await expect(el).to.be.accessible();

      // Still subscribed: the next good map shows.
      const next = advanceMap(structuredClone(good), 3);
      sources[0]!.dispatchEvent(new MessageEvent('map', { data: JSON.stringify(next) }));
      await until(() => seen.length === n + 2, 'the next good push', 10_000);
      expect(text(firstFunnelCell(el))).to.contain(`${reachedOf(next)[0]!.toLocaleString('en-US')} reached`);
    } finally {
      console.warn = warn;
    }
  });
});
