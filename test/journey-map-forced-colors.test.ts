import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/journey-map/define.js';
import type { JourneyMapElement } from '../src/elements/journey-map/journey-map.js';
import { DEVTOOLS, describeIn } from './helpers/engine.js';
import { forcedColors, system } from './helpers/forced-colors.js';
import { smallMap } from './helpers/map.js';
import { $, $$, text } from './helpers/setup.js';

// Chromium only: forced colours are emulated through the DevTools protocol
// (helpers/forced-colors.ts says why emulateMedia is not enough), which the
// Firefox and WebKit drivers (WebDriver BiDi, classic WebDriver) do not have.

const style = (el: Element | null) => getComputedStyle(el!);

const map = () => fixture<JourneyMapElement>(html`<wm-journey-map selectable .data=${smallMap()}></wm-journey-map>`);

describeIn(['chromium'], DEVTOOLS, 'wm-journey-map in forced colors (Windows High Contrast)', () => {
  beforeEach(() => forcedColors('active'));
  afterEach(() => forcedColors('none'));

  it('tells note tones apart by word, icon shape and edge (an idea\'s is dashed), all in system colours', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await map();
    const notes = $$(el, '[part~="note"]');
    const toned = ['pain', 'gain', 'idea'].map((tone) => notes.find((n) => n.getAttribute('part') === `note ${tone}`)!);
    expect(toned.map((n) => text(n.querySelector('[part="tone"]')))).to.deep.equal(['Pain:', 'Gain:', 'Idea:']);
    const shapes = toned.map((n) => n.querySelector('[part="tone"] svg path')!.getAttribute('d'));
    expect(new Set(shapes).size, 'one icon shape per tone').to.equal(3);
    for (const n of toned) {
      const icon = n.querySelector('[part="tone"] svg path')!;
      expect(style(icon).stroke).to.equal(system('CanvasText'));
      expect(style(n).borderInlineStartColor).to.equal(system('CanvasText'));
      expect(parseFloat(style(n).borderInlineStartWidth)).to.equal(3);
    }
    expect(toned.map((n) => style(n).borderInlineStartStyle)).to.deep.equal(['solid', 'solid', 'dashed']);
    // A note without a tone has no edge, so it is not mistaken for one.
    expect(style(notes.find((n) => n.getAttribute('part') === 'note')!).borderInlineStartStyle).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('draws the emotion curve\'s points and lines in CanvasText, each series with its own dash pattern', async () => {
    const el = await map();
    const points = $$(el, 'tr.emotion path.point');
    expect(points).to.have.length(6);
    for (const p of points) {
      expect(style(p).stroke).to.equal(system('CanvasText'));
      expect(style(p).strokeLinecap).to.equal('round');
      expect(parseFloat(style(p).strokeWidth)).to.equal(9);
    }
    const dash = (series: number) => style($(el, `tr.emotion path.line.s${series}`)).strokeDasharray;
    expect(style($(el, 'tr.emotion path.line.s1')).stroke).to.equal(system('CanvasText'));
    expect(dash(0)).to.equal('none');
    expect(dash(1)).to.not.equal('none');
    // The legend shows the same two patterns beside the series' names.
    const samples = $$(el, '.legend .sample path');
    expect(samples.map((s) => style(s).strokeDasharray)).to.deep.equal([dash(0), dash(1)]);
    expect(samples.every((s) => style(s).stroke === system('CanvasText'))).to.equal(true);
  });

  it("marks the funnel's biggest drop-off with a dashed outline and its words; every bar in CanvasText", async () => {
    const el = await map();
    const funnels = $$(el, 'tr.funnel .funnel');
    const biggest = funnels.filter((f) => f.querySelector('[part="biggest-drop"]'));
    expect(biggest).to.have.length(1);
    expect(text(biggest[0]!.querySelector('[part="biggest-drop"]'))).to.equal('Biggest drop-off');
    expect(style(biggest[0]!).outlineStyle).to.equal('dashed');
    expect(parseFloat(style(biggest[0]!).outlineWidth)).to.equal(2);
    expect(style(biggest[0]!).outlineColor).to.equal(system('CanvasText'));
    for (const f of funnels.filter((x) => x !== biggest[0])) expect(style(f).outlineStyle).to.equal('none');
    for (const rect of $$(el, 'tr.funnel .bar rect')) expect(style(rect).fill).to.equal(system('CanvasText'));
    expect(style(biggest[0]!.querySelector('[part="biggest-drop"] svg path')).stroke).to.equal(system('CanvasText'));
    await expect(el).to.be.accessible();
  });

  it('outlines the selected cell with a double Highlight line, told apart from the focus ring', async () => {
    const el = await map();
    const first = $<HTMLElement>(el, 'td[data-row="0"][data-column="0"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const selected = $(el, 'td[aria-selected="true"]')!;
    expect(selected.getAttribute('part')).to.equal('cell selected');
    expect(text(selected)).to.contain('Slow page');
    expect(style(selected).outlineStyle).to.equal('double');
    expect(parseFloat(style(selected).outlineWidth)).to.be.at.least(3);
    expect(style(selected).outlineColor).to.equal(system('Highlight'));
    // Focus moves on: the focused cell has a solid ring, the selected one keeps its double line.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset.row).to.equal('1');
    expect(focused.matches(':focus-visible')).to.equal(true);
    expect(style(focused).outlineStyle).to.equal('solid');
    expect(style(focused).outlineColor).to.equal(system('Highlight'));
    expect(style(selected).outlineStyle).to.equal('double');
    for (const other of $$(el, 'td').filter((td) => td !== selected && td !== focused)) expect(style(other).outlineStyle).to.equal('none');
    await expect(el).to.be.accessible();
  });
});
