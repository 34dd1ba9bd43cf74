import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/stage-tracker/define.js';
import '../src/elements/score-gauge/define.js';
import '../src/elements/journey-score/define.js';
import '../src/elements/maturity-scan/define.js';
import '../src/elements/touchpoint-timeline/define.js';
import type { StageTracker } from '../src/elements/stage-tracker/stage-tracker.js';
import type { ScoreGauge } from '../src/elements/score-gauge/score-gauge.js';
import type { JourneyScore } from '../src/elements/journey-score/journey-score.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { Touchpoint } from '../src/data/schema.js';
import { WaymarkError } from '../src/data/errors.js';
import { lifecycleJourney, serviceJourney } from '../fixtures/journeys.js';
import { DEVTOOLS, describeIn } from './helpers/engine.js';
import { forcedColors, system } from './helpers/forced-colors.js';
import { $, $$, deferredAdapter, partRendered, text, until } from './helpers/setup.js';

const style = (el: Element | null) => getComputedStyle(el!);
const rgb = (css: string) => css.match(/[\d.]+/g)!.slice(0, 3).map(Number);
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** A ring a user can see: a solid outline at least 2px wide, by default in the palette's focus colour. */
function expectRing(el: Element, colour = system('Highlight')) {
  const s = style(el);
  expect(s.outlineStyle).to.equal('solid');
  expect(parseFloat(s.outlineWidth)).to.be.at.least(2);
  expect(s.outlineColor).to.equal(colour);
}

describeIn(['chromium'], DEVTOOLS, 'forced colors (Windows High Contrast)', () => {
  beforeEach(() => forcedColors('active'));
  afterEach(() => forcedColors('none'));

  it('is really emulated: the media query matches and author colours are replaced', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture(html`<p style="color: rgb(255, 0, 0)">red</p>`);
    expect(style(el).color).to.equal(system('CanvasText'));
  });

  describe('shared states', () => {
    it('keeps a gap in the loading spinner, a heavier border on errors and a ring on Retry', async () => {
      const { adapter, calls } = deferredAdapter();
      const el = await fixture<StageTracker>(html`<wm-stage-tracker journey="j" .adapter=${adapter}></wm-stage-tracker>`);
      await partRendered(el, 'loading');
      const spinner = style($(el, '[part="loading"] .spinner'));
      expect(spinner.borderInlineEndColor).to.equal(system('CanvasText'));
      expect(spinner.borderBlockStartColor).to.equal(system('Canvas'));
      calls[0]!.reject(new WaymarkError('not-found', 'There is no journey "j".'));
      await partRendered(el, 'error');
      const error = $(el, '[part="error"]')!;
      expect(text(error)).to.contain('There is no journey "j".');
      expect(parseFloat(style(error).borderTopWidth)).to.equal(2);
      expect(style(error).borderTopColor).to.equal(system('CanvasText'));
      const retry = $<HTMLButtonElement>(el, '[part="retry"]')!;
      retry.focus();
      expect(retry.matches(':focus-visible')).to.equal(true);
      expectRing(retry);
      await expect(el).to.be.accessible();
    });
  });

  describe('wm-stage-tracker', () => {
    it('keeps connectors, the progress track and bar, markers and the focus ring', async () => {
      const el = await fixture<StageTracker>(html`<wm-stage-tracker
        selectable .now=${Date.parse('2026-06-01T12:00:00Z')} .data=${lifecycleJourney({ progress: 0.55 })}
      ></wm-stage-tracker>`);
      await partRendered(el, 'stage');
      const connectors = $$(el, '[part="connector"]').slice(0, -1);
      expect(connectors).to.have.length(6);
      for (const c of connectors) expect(style(c).backgroundColor).to.equal(system('CanvasText'));
      const progress = $(el, '[part="progress"]')!;
      expect(style(progress).borderTopStyle).to.equal('solid');
      expect(style(progress).borderTopColor).to.equal(system('CanvasText'));
      expect(style(progress.querySelector('.fill')).fill).to.equal(system('Highlight'));
      const marker = $(el, '[aria-current="step"] [part="marker"]')!;
      expect(parseFloat(style(marker).borderTopWidth)).to.be.at.least(2);
      expect(style(marker).borderTopColor).to.equal(system('CanvasText'));
      expect(text($(el, '[aria-current="step"] [part="label"]'))).to.equal('Onboarding');
      const first = $<HTMLButtonElement>(el, '.stage-button')!;
      first.focus();
      expect(first.matches(':focus-visible')).to.equal(true);
      expectRing(first);
      await expect(el).to.be.accessible();
    });
  });

  describe('wm-score-gauge', () => {
    async function gauge() {
      const el = await fixture<ScoreGauge>(html`<wm-score-gauge
        .data=${{ id: 'nps', kind: 'nps', label: 'Onboarding NPS', value: 32, previous: 26, target: 40, sampleSize: 12 }}
      ></wm-score-gauge>`);
      await partRendered(el, 'gauge');
      return el;
    }

    it('draws track, value arc, needle and target in system colours (SVG strokes are not forced)', async () => {
      const el = await gauge();
      const stroke = (part: string) => style($(el, `[part~="${part}"]`)).stroke;
      expect(stroke('track')).to.equal(system('GrayText'));
      expect(stroke('fill')).to.equal(system('Highlight'));
      expect(stroke('needle')).to.equal(system('CanvasText'));
      expect(stroke('target')).to.equal(system('CanvasText'));
      expect(style($(el, '[part~="target"]')).strokeDasharray).not.to.equal('none');
      const value = $(el, '[part="value"]')!;
      expect(text(value)).to.equal('+32');
      expect(style(value).fill).to.equal(system('CanvasText'));
      for (const range of $$(el, '[part="range"]')) expect(style(range).fill).to.equal(system('CanvasText'));
      await expect(el).to.be.accessible();
    });

    it('tells the band segments apart by dash pattern once their tones are gone', async () => {
      const el = await gauge();
      const bands = $$(el, '[part~="band"]');
      expect(bands.map((b) => b.getAttribute('part'))).to.deep.equal(['band critical', 'band warning', 'band good']);
      for (const b of bands) expect(style(b).stroke).to.equal(system('CanvasText'));
      expect(new Set(bands.map((b) => style(b).strokeDasharray)).size).to.equal(3);
    });

    it('keeps the change arrow and marks the low-sample warning with the highlighter colours', async () => {
      const el = await gauge();
      const change = $(el, '[part~="change"]')!;
      expect(text(change)).to.equal('up 6 since last period');
      expect(style(change.querySelector('.icon')).stroke).to.equal(system('CanvasText'));
      const low = $(el, '[part="low-sample"]')!;
      expect(text(low)).to.equal('Low sample: fewer than 30 responses');
      expect(style(low).backgroundColor).to.equal(system('Mark'));
      expect(style(low).color).to.equal(system('MarkText'));
      expect(style(low).borderInlineStartColor).to.equal(system('CanvasText'));
      expect(style(low.querySelector('.icon')).stroke).to.equal(system('MarkText'));
    });
  });

  describe('wm-journey-score', () => {
    it('outlines each component bar and fills it with Highlight; the composite dial stays visible', async () => {
      const el = await fixture<JourneyScore>(html`<wm-journey-score .data=${serviceJourney()}></wm-journey-score>`);
      await partRendered(el, 'base');
      expect(text($(el, '[part="value"]'))).to.equal('71');
      expect(style($(el, '[part~="track"]')).stroke).to.equal(system('GrayText'));
      expect(style($(el, '[part~="fill"]')).stroke).to.equal(system('Highlight'));
      const bars = $$(el, '[part="bar"]');
      expect(bars).to.have.length(5);
      for (const bar of bars) {
        expect(style(bar).borderTopStyle).to.equal('solid');
        expect(style(bar).borderTopColor).to.equal(system('CanvasText'));
        expect(style(bar.querySelector('.bar-fill')).fill).to.equal(system('Highlight'));
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('wm-maturity-scan', () => {
    async function scan(required = false) {
      localStorage.clear();
      const el = await fixture<MaturityScan>(html`<wm-maturity-scan autosave="off" ?required=${required}></wm-maturity-scan>`);
      await partRendered(el, 'question');
      return el;
    }
    const radios = (el: Element, name: string) => $$<HTMLInputElement>(el, `input[name="${name}"]`);

    it('shows the chosen option in selection colours and rings the option that has focus', async () => {
      const el = await scan();
      const options = radios(el, 'insights-every-stage');
      options[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(options[1]!.checked).to.equal(true);
      const chosen = options[1]!.closest('label')!;
      const other = options[2]!.closest('label')!;
      expect(style(chosen).backgroundColor).to.equal(system('Highlight'));
      expect(style(chosen).color).to.equal(system('HighlightText'));
      expect(style(chosen).borderTopColor).to.equal(system('Highlight'));
      expect(style(other).backgroundColor).not.to.equal(system('Highlight'));
      expect(options[1]!.matches(':focus-visible')).to.equal(true);
      expectRing(chosen, system('CanvasText'));
      expect(style(other).outlineStyle).to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('draws the progress bar with a border and a Highlight fill', async () => {
      const el = await scan();
      radios(el, 'insights-every-stage')[3]!.click();
      await el.updateComplete;
      const progress = $(el, '[part="progress"]')!;
      expect(progress.getAttribute('aria-valuetext')).to.equal('1 of 20 answered');
      expect(style(progress).borderTopStyle).to.equal('solid');
      expect(style(progress).borderTopColor).to.equal(system('CanvasText'));
      expect(style(progress.querySelector('.fill')).fill).to.equal(system('Highlight'));
    });

    it('marks unanswered questions by border width and words, not colour alone', async () => {
      const el = await scan(true);
      $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === 'Next')!.click();
      await el.updateComplete;
      expect(text($(el, '[part="validation"]'))).to.contain('4 questions still need an answer');
      const invalid = $$(el, 'fieldset[aria-invalid="true"]');
      expect(invalid).to.have.length(4);
      expect(parseFloat(style(invalid[0]!).borderInlineStartWidth)).to.equal(4);
      expect(text($(el, '[part="question-error"]'))).to.equal('Choose an answer.');
      const jump = $(el, '[part="validation"] .link')!;
      expect(style(jump).color).to.equal(system('LinkText'));
      expect(style(jump).textDecorationLine).to.equal('underline');
      await expect(el).to.be.accessible();
    });
  });

  describe('wm-touchpoint-timeline', () => {
    const at = (day: number) => new Date(Date.UTC(2025, 2, day, 12)).toISOString();
    const items: Touchpoint[] = [
      { id: 'dot', at: at(3), channel: 'web', title: 'Read the pricing page', initiator: 'customer', sentiment: 0.9 },
      { id: 'ring', at: at(8), channel: 'web', title: 'Welcome email', initiator: 'company', sentiment: -0.9 },
      { id: 'star', at: at(14), channel: 'web', title: 'Started a trial', initiator: 'customer', momentOfTruth: true, sentiment: 0.5 },
      { id: 'friction', at: at(20), channel: 'web', title: 'Invoice question', initiator: 'customer', friction: 'high', sentiment: -0.5 },
      { id: 'other', at: at(26), channel: 'email', title: 'Renewal reminder', initiator: 'company' },
    ];

    async function timeline() {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px">
        <wm-touchpoint-timeline locale="en-GB" .data=${{ items }}></wm-touchpoint-timeline>
      </div>`);
      const el = wrap.firstElementChild as TouchpointTimeline;
      await partRendered(el, 'plot');
      await until(() => text($(el, '[part="range"]')), 'the range line');
      await frame();
      return el;
    }

    /**
     * The canvas pixel (r, g, b, alpha) at a point given relative to touchpoint
     * `id` (its centre is 0, 0). The canvas is transparent where nothing is drawn.
     */
    function pixel(el: TouchpointTimeline, id: string, dx = 0, dy = 0): number[] {
      const tp = items.find((t) => t.id === id)!;
      const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
      const box = canvas.getBoundingClientRect();
      const { from, to } = el.visibleRange!;
      const lane = $$(el, '[part="lane-label"]').find((l) => text(l) === (tp.channel === 'web' ? 'Web' : 'Email'))!;
      const row = lane.getBoundingClientRect();
      const x = ((Date.parse(tp.at) - +from) / (+to - +from)) * box.width + dx;
      const y = row.top + row.height / 2 - box.top + dy;
      const k = canvas.width / box.width;
      return [...canvas.getContext('2d')!.getImageData(Math.floor(x * k), Math.floor(y * k), 1, 1).data];
    }
    const opaque = (name: string) => [...rgb(system(name)), 255];
    const blank = (px: number[]) => px[3] === 0;

    /** Whether some pixel on the horizontal run from dx0 to dx1 (right of touchpoint `id`) is exactly `colour`. */
    const crosses = (el: TouchpointTimeline, id: string, dx0: number, dx1: number, colour: number[]) => {
      for (let dx = dx0; dx <= dx1; dx += 0.5) if (pixel(el, id, dx).join() === colour.join()) return true;
      return false;
    };

    it('gives the canvas system colours, not one forced colour for everything', async () => {
      const el = await timeline();
      const swatch = (token: string) => style($(el, `.swatch.${token}`)).color;
      expect(swatch('text')).to.equal(system('CanvasText'));
      expect(swatch('surface')).to.equal(system('Canvas'));
      expect(swatch('surface-alt')).to.equal(system('Canvas'));
      expect(swatch('accent')).to.equal(system('Highlight'));
      expect(swatch('warning')).to.equal(system('Mark'));
      await expect(el).to.be.accessible();
    });

    it('tells marks apart by shape: dot, ring, star and friction triangle', async () => {
      const el = await timeline();
      const ink = opaque('CanvasText');
      // Started by the customer: a filled dot; by us: a ring around the page colour.
      expect(pixel(el, 'dot')).to.deep.equal(ink);
      expect(pixel(el, 'ring')).to.deep.equal(opaque('Canvas'));
      expect(crosses(el, 'ring', 3, 6, ink)).to.equal(true);
      // A moment of truth is a star: its top point reaches where a dot has nothing
      // (a thin point, so only partly inked at any one pixel).
      expect(pixel(el, 'star')).to.deep.equal(ink);
      const tip = pixel(el, 'star', 0, -6.2);
      expect(tip.slice(0, 3)).to.deep.equal(ink.slice(0, 3));
      expect(tip[3]).to.be.above(40);
      expect(blank(pixel(el, 'dot', 0, -6.2))).to.equal(true);
      // Friction hangs a triangle under the mark, filled with Mark.
      expect(pixel(el, 'friction', 0, 13)).to.deep.equal(opaque('Mark'));
      expect(blank(pixel(el, 'dot', 0, 13))).to.equal(true);
    });

    it('shows keyboard focus as a ring on the mark and an outline on the plot, and selection in Highlight', async () => {
      const el = await timeline();
      const plot = $(el, '[part="plot"]')!;
      plot.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await frame();
      expect(plot.matches(':focus-visible')).to.equal(true);
      expectRing(plot);
      expect(text($(el, '[role="status"].sr-only'))).to.contain('Read the pricing page');
      expect(crosses(el, 'dot', 11, 15, opaque('CanvasText'))).to.equal(true);
      expect(crosses(el, 'ring', 11, 15, opaque('CanvasText'))).to.equal(false);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await frame();
      expect(el.getAttribute('selected')).to.equal('dot');
      // The selected touchpoint: a rule down through every lane, in Highlight.
      const rule = pixel(el, 'dot', 0, 36);
      const highlight = rgb(system('Highlight'));
      rule.slice(0, 3).forEach((v, i) => expect(v).to.be.closeTo(highlight[i]!, 2));
      expect(rule[3]).to.be.above(0);
      expect(blank(pixel(el, 'ring', 0, 36))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps the pressed view button, the legend glyphs and the selected list row visible', async () => {
      const el = await timeline();
      const pressed = $(el, '[part="view-timeline"]')!;
      expect(style(pressed).backgroundColor).to.equal(system('Highlight'));
      expect(style(pressed).color).to.equal(system('HighlightText'));
      expect(style($(el, '[part="view-list"]')).backgroundColor).not.to.equal(system('Highlight'));
      const ring = $(el, '[part="legend"] .glyph .ring')!;
      expect(style(ring).fill).to.equal(system('Canvas'));
      expect(style(ring).stroke).to.equal(system('CanvasText'));
      // Sentiment is no colour here: the legend does not claim it is.
      expect(style($(el, '[part="legend"] .ramp')!.parentElement).display).to.equal('none');
      $<HTMLButtonElement>(el, '[part="view-list"]')!.click();
      await partRendered(el, 'item');
      $<HTMLButtonElement>(el, '[part~="item"]')!.click();
      await el.updateComplete;
      const row = $(el, '[part~="item"][aria-pressed="true"]')!;
      expect(text(row.querySelector('.title'))).to.equal('Read the pricing page');
      expect(parseFloat(style(row).borderInlineStartWidth)).to.equal(4);
      expect(style(row).borderInlineStartColor).to.equal(system('Highlight'));
      await expect(el).to.be.accessible();
    });
  });
});
