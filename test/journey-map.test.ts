import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/waymark.js';
import type { JourneyMapElement } from '../src/elements/journey-map/journey-map.js';
import type { JourneyMap } from '../src/data/schema.js';
import { $, $$, text } from './helpers/setup.js';
import { demoMap, smallMap } from './helpers/map.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');

async function map(data: unknown, attrs: Partial<JourneyMapElement> = {}) {
  const el = await fixture<JourneyMapElement>(html`<wm-journey-map .data=${data}></wm-journey-map>`);
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}

const row = (el: Element, lane: number) => $$(el, 'tbody tr')[lane]!;
const cellTexts = (el: Element, lane: number) => [...row(el, lane).querySelectorAll('td')].map((td) => text(td));

describe('wm-journey-map: layout', () => {
  it('renders a real table: stage headers spanning their steps, step headers, lane headers', async () => {
    const el = await map(smallMap());
    const table = $(el, 'table')!;
    expect(table.getAttribute('role')).to.equal(null);
    const stages = $$(el, 'th[part~="stage"]');
    expect(stages.map((s) => [text(s), s.getAttribute('colspan'), s.getAttribute('scope')])).to.deep.equal([
      ['Find us', '2', 'colgroup'], ['Join', '1', 'colgroup'],
    ]);
    expect($$(el, 'th[part~="column"]').map((t) => text(t))).to.deep.equal(['Sees an ad', 'Visits the site', 'Fills in the form']);
    expect($$(el, 'th[part~="lane-header"]').map((t) => [t.getAttribute('scope'), text(t.querySelector('.lane-label'))])).to.deep.equal([
      ['row', 'Doing'], ['row', 'Feeling'], ['row', 'Channels'], ['row', 'Metrics'], ['row', 'Customers'],
    ]);
    expect(text($(el, '[part="title"]'))).to.contain('Persona: Sam');
    await expect(el).to.be.accessible();
  });

  it('columns="stages" shows one column per stage, folding steps into their stage', async () => {
    const el = await map(smallMap(), { columns: 'stages' });
    expect($$(el, 'th[part~="stage"]')).to.have.length(0);
    expect($$(el, 'th[part~="column"]').map((t) => text(t))).to.deep.equal(['Find us', 'Join']);
    expect(cellTexts(el, 0)[0]).to.contain('Scrolls past').and.contain('Slow page');
    // The funnel counts those reaching a stage's first step.
    expect(cellTexts(el, 4)[0]).to.contain('1,000 reached').and.contain('16% continue, 84% drop off');
    expect(el.getAttribute('columns')).to.equal('stages');
    await expect(el).to.be.accessible();
  });

  it('defaults to stages when the map has no steps', async () => {
    const data = smallMap();
    delete data.steps;
    for (const lane of data.lanes) lane.cells = [];
    data.lanes[0]!.cells = [{ column: 'join', notes: [{ text: 'Signs up' }] }];
    const el = await map(data);
    expect($$(el, 'th[part~="column"]').map((t) => text(t))).to.deep.equal(['Find us', 'Join']);
    expect(cellTexts(el, 0)[1]).to.equal('Signs up');
  });

  it('lanes="…" shows only the named lanes, in the map\'s order', async () => {
    const el = await map(smallMap(), { lanes: 'people doing nowhere' });
    expect($$(el, '.lane-label').map((t) => text(t))).to.deep.equal(['Doing', 'Customers']);
    el.lanes = 'nowhere';
    await el.updateComplete;
    expect(text($(el, '[part="empty"]'))).to.equal('None of the chosen lanes is in this map.');
    await expect(el).to.be.accessible();
    el.lanes = '';
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(5);
  });

  it('scrolls sideways inside a named, focusable region with the lane headers kept in view', async () => {
    const el = await fixture<JourneyMapElement>(html`<div style="width: 480px"><wm-journey-map .data=${demoMap(NOW)}></wm-journey-map></div>`)
      .then((d) => d.firstElementChild as JourneyMapElement);
    await el.updateComplete;
    const scroller = $(el, '[part="scroller"]')!;
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('aria-label')).to.equal('Get help: journey map');
    expect(scroller.tabIndex).to.equal(0);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    const header = $(el, 'th[part~="lane-header"]')!;
    const before = header.getBoundingClientRect().left;
    scroller.scrollLeft = 400;
    await new Promise((r) => requestAnimationFrame(r));
    expect(Math.abs(header.getBoundingClientRect().left - before)).to.be.lessThan(1);
    expect($(el, 'th[part~="column"]')!.getBoundingClientRect().left).to.be.lessThan(before);
    // The columns out of view stay inside the scroller: their screen-reader texts must not widen the page.
    expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    await expect(el).to.be.accessible();
  });
});

describe('wm-journey-map: lanes', () => {
  it('notes: each note as text, its tone as a word beside an icon', async () => {
    const el = await map(smallMap());
    const notes = $$(el, 'tr.notes [part~="note"]');
    expect(notes.map((n) => text(n))).to.deep.equal(['Scrolls past', 'Pain: Slow page', 'Gain: Clear prices', 'Idea: Autofill']);
    const tones = $$(el, '[part="tone"]');
    expect(tones.every((t) => t.querySelector('svg[aria-hidden="true"]'))).to.equal(true);
    expect($$(el, '[part~="note"][part~="pain"]')).to.have.length(1);
  });

  it('emotion: a curve across the columns and every point in words, per series', async () => {
    const el = await map(smallMap());
    const cells = [...row(el, 1).querySelectorAll('td')];
    expect(cells.map((c) => [...c.querySelectorAll('ul.sr-only li')].map((li) => text(li)))).to.deep.equal([
      ['Now: neutral (0 of ±2)', 'Goal: positive (+1 of ±2)'],
      ['Now: very negative (-2 of ±2)', 'Goal: positive (+1 of ±2)'],
      ['Now: very positive (+1.5 of ±2)', 'Goal: very positive (+2 of ±2)'],
    ]);
    for (const c of cells) {
      const curve = c.querySelector('svg[part="curve"]')!;
      expect(curve.getAttribute('aria-hidden')).to.equal('true');
      expect(curve.querySelectorAll('path.point')).to.have.length(2);
    }
    // The middle cell joins both neighbours: from its left edge, through the point, to its right edge.
    const line = cells[1]!.querySelector('path.line.s0')!.getAttribute('d')!;
    expect(line).to.match(/^M0 [\d.]+L50 90L100 [\d.]+$/);
    expect(text(row(el, 1).querySelector('.legend'))).to.equal('Now Goal');
  });

  it('emotion: a single unnamed series says its words without a name; a missing value says so', async () => {
    const data = smallMap();
    data.lanes = [{ id: 'e', label: 'Mood', kind: 'emotion', cells: [{ column: 'ad', emotion: -0.4 }, { column: 'form', emotion: 0.9 }] }];
    const el = await map(data);
    expect(cellTexts(el, 0)).to.deep.equal(['negative (-0.4 of ±1)', 'no value', 'very positive (+0.9 of ±1)']);
  });

  it('channels: each channel by name with its count', async () => {
    const el = await map(smallMap());
    expect(cellTexts(el, 2)).to.deep.equal(['Social: 900', 'Web: 600 App', 'No entry']);
  });

  it("metrics: a readout per metric with the gauge's value, band and change in words", async () => {
    const el = await map(smallMap());
    const metric = row(el, 3).querySelector('[part~="metric"]')!;
    expect(text(metric)).to.contain('Form CSAT').and.contain('82%').and.contain('up 4 points since last period');
    expect(metric.getAttribute('part')).to.match(/metric (good|warning|critical|neutral)/);
    expect(text(metric.querySelector('.band'))).to.not.equal('');
  });

  it('funnel: reached, conversion and drop-off in words, the biggest drop-off marked', async () => {
    const el = await map(smallMap());
    expect(cellTexts(el, 4)).to.deep.equal([
      '1,000 reached 62% continue, 38% drop off',
      '620 reached 25% continue, 75% drop off Biggest drop-off',
      '155 reached',
    ]);
    const marked = $$(el, '[part="biggest-drop"]');
    expect(marked).to.have.length(1);
    expect(marked[0]!.closest('td')!.dataset.column).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('funnel of the demo map: the biggest drop-off is rating the help (57% continue from confirm)', async () => {
    const el = await map(demoMap(NOW));
    const funnel = $$(el, 'tr.funnel td');
    expect(text(funnel[0])).to.equal('4,200 reached 75% continue, 25% drop off');
    const biggest = funnel.findIndex((td) => td.querySelector('[part="biggest-drop"]'));
    expect(biggest).to.equal(10);
    expect(text(funnel[10])).to.contain('910 reached 57% continue, 43% drop off');
  });
});

describe('wm-journey-map: links and text', () => {
  it('shows a link only for http: and https:', async () => {
    const data = smallMap();
    const links = ['https://example.com/a', 'http://example.com/b', 'javascript:alert(1)', 'data:text/html,hi', 'mailto:x@example.com', '/relative', ' JAVASCRIPT:alert(1)'];
    data.lanes[0]!.cells = [{ column: 'ad', notes: links.map((link, i) => ({ text: `n${i}`, link })) }];
    const el = await map(data);
    const anchors = $$<HTMLAnchorElement>(el, 'a');
    expect(anchors.map((a) => [a.textContent, a.href])).to.deep.equal([['n0', 'https://example.com/a'], ['n1', 'http://example.com/b']]);
    expect(text(row(el, 0).querySelector('td'))).to.equal('n0 n1 n2 n3 n4 n5 n6');
  });
});

describe('wm-journey-map: live data', () => {
  it('loads through adapter.journeyMap({ journey }) and follows watchMap', async () => {
    let push: ((m: JourneyMap) => void) | undefined;
    const calls: unknown[] = [];
    const adapter = {
      journeyMap: async (ref: unknown) => (calls.push(ref), smallMap()),
      watchMap: (_ref: unknown, onChange: (m: JourneyMap) => void) => ((push = onChange), () => (push = undefined)),
    };
    const el = await fixture<JourneyMapElement>(html`<wm-journey-map journey="sign-up" .adapter=${adapter}></wm-journey-map>`);
    await oneEvent(el, 'wm-load');
    expect(calls).to.deep.equal([{ journey: 'sign-up' }]);
    expect(text(row(el, 4).querySelector('td'))).to.contain('1,000 reached');
    const next = smallMap();
    next.lanes[4]!.cells[0]!.reached = 2000;
    push!(next);
    await oneEvent(el, 'wm-load');
    expect(text(row(el, 4).querySelector('td'))).to.contain('2,000 reached');
    el.remove();
    expect(push).to.equal(undefined);
  });
});
