import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/waymark.js';
import type { StageTracker } from '../src/elements/stage-tracker/stage-tracker.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import type { ScoreGauge } from '../src/elements/score-gauge/score-gauge.js';
import { lifecycleJourney } from '../fixtures/journeys.js';
import { demoMap } from './helpers/map.js';
import { generateTimeline } from '../fixtures/touchpoints.js';
import { journeyManagementScan } from '../src/data/scans/journey-management.js';
import { $, $$, partRendered, text, until } from './helpers/setup.js';
import { describeIn, engine } from './helpers/engine.js';
import { NO_PRINT_EMULATION, printMedia } from './helpers/print.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const FROM = '2025-03-01T00:00:00Z';
const TO = '2025-03-31T00:00:00Z';

if (engine !== 'chromium') console.log(`[engine-specific] print in ${engine}: ${NO_PRINT_EMULATION}.`);

/** Rendered: a box, and not in a closed disclosure (whose content keeps its boxes in Chromium, under content-visibility: hidden). */
const shown = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && (el.checkVisibility?.({ visibilityProperty: true }) ?? getComputedStyle(el).visibility !== 'hidden');
};

/** Every element in `root` (shadow roots included) whose own text is cut: wider content than box, or an ellipsis. */
function clipped(root: Element): string[] {
  const cut: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || !shown(el) || el.closest('.sr-only')) continue;
      const s = getComputedStyle(el);
      if (s.display === 'inline' || s.display === 'contents') continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 && s.overflowY !== 'visible' || s.textOverflow === 'ellipsis' && s.overflowX !== 'visible') {
        cut.push(`${el.localName}.${el.className}: ${text(el)}`);
      }
    }
  };
  visit(root.shadowRoot ?? root);
  return cut;
}

afterEach(async () => {
  await printMedia(false);
  if (engine === 'chromium') await emulateMedia({ colorScheme: 'no-preference' });
});

describe('print: wm-stage-tracker', () => {
  async function tracker() {
    const el = await fixture<StageTracker>(html`<wm-stage-tracker .now=${NOW} .data=${lifecycleJourney({ now: NOW })}></wm-stage-tracker>`);
    await partRendered(el, 'milestones');
    return el;
  }

  it('prints every milestone: closed disclosures open for the print and close after it', async () => {
    const el = await tracker();
    const details = $$<HTMLDetailsElement>(el, 'details');
    expect(details.length).to.be.greaterThan(0);
    // On screen a closed disclosure's checklist is not made until it first opens.
    expect(details.map((d) => d.querySelectorAll('.milestone').length), 'closed disclosures hold no checklist yet').to.deep.equal(details.map(() => 0));

    await printMedia(true);
    await el.updateComplete;
    const all = $$(el, '.milestone');
    expect(all.map((m) => text(m.querySelector('.milestone-name')))).to.deep.equal([
      'Account set up', 'Data imported', 'Team trained', 'First report shared', 'Contract signed', 'Success plan agreed', 'Sales-to-success handoff',
    ]);
    expect(all.filter((m) => !shown(m)).map(text), 'milestones not printed').to.deep.equal([]);
    for (const m of all) expect(m.getBoundingClientRect().right).to.be.at.most(innerWidth + 0.5);
    expect(details.every((d) => d.open)).to.equal(true);
    expect(clipped(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await printMedia(false);
    expect(details.map((d) => d.open), 'disclosures closed again').to.deep.equal(details.map(() => false));
  });

  it('leaves a disclosure the user opened open after printing', async () => {
    const el = await tracker();
    const [first, ...rest] = $$<HTMLDetailsElement>(el, 'details');
    first!.open = true;
    await printMedia(true);
    await printMedia(false);
    expect(first!.open).to.equal(true);
    expect(rest.some((d) => d.open)).to.equal(false);
  });
});

describe('print: light theme', () => {
  it('prints in light colours inside data-wm-theme="dark"', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div data-wm-theme="dark">
      <wm-stage-tracker .now=${NOW} .data=${lifecycleJourney({ now: NOW })}></wm-stage-tracker>
      <wm-score-gauge .data=${{ id: 'nps', label: 'NPS', kind: 'nps', value: 32 }}></wm-score-gauge>
    </div>`);
    const tracker = wrap.querySelector<StageTracker>('wm-stage-tracker')!;
    const gauge = wrap.querySelector<ScoreGauge>('wm-score-gauge')!;
    await partRendered(tracker, 'base');
    await partRendered(gauge, 'base');
    const colours = () => ({
      background: getComputedStyle($(tracker, '[part~="base"]')!).backgroundColor,
      text: getComputedStyle(tracker).color,
      gauge: getComputedStyle(gauge).color,
    });
    expect(colours()).to.deep.equal({ background: 'rgb(21, 24, 28)', text: 'rgb(232, 235, 239)', gauge: 'rgb(232, 235, 239)' });
    await printMedia(true);
    expect(colours()).to.deep.equal({ background: 'rgb(255, 255, 255)', text: 'rgb(29, 37, 48)', gauge: 'rgb(29, 37, 48)' });
    expect(getComputedStyle(tracker).printColorAdjust ?? 'exact').to.equal('exact');
    await printMedia(false);
    expect(colours().background).to.equal('rgb(21, 24, 28)');
  });

  it("prints dark text on white where the page set its own dark --wm-color-* tokens, keeping the page's accent", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div class="page-dark">
      <style>.page-dark { --wm-color-surface: #101010; --wm-color-text: #f0f0f0; --wm-color-border: #333; --wm-color-accent: #7a1fc9; }</style>
      <wm-stage-tracker .now=${NOW} .data=${lifecycleJourney({ now: NOW })}></wm-stage-tracker>
    </div>`);
    const tracker = wrap.querySelector<StageTracker>('wm-stage-tracker')!;
    await partRendered(tracker, 'base');
    const colours = () => ({
      background: getComputedStyle($(tracker, '[part~="base"]')!).backgroundColor,
      text: getComputedStyle(tracker).color,
      accent: getComputedStyle(tracker).getPropertyValue('--_accent').trim(),
    });
    expect(colours()).to.deep.equal({ background: 'rgb(16, 16, 16)', text: 'rgb(240, 240, 240)', accent: '#7a1fc9' });
    await printMedia(true);
    expect(colours()).to.deep.equal({ background: 'rgb(255, 255, 255)', text: 'rgb(29, 37, 48)', accent: '#7a1fc9' });
    await printMedia(false);
    expect(colours().text).to.equal('rgb(240, 240, 240)');
  });
});

describe('print: wm-touchpoint-timeline', () => {
  async function timeline() {
    // Wider than the page on screen, the page's width in print: the print draws anew, at the narrower width.
    const wrap = await fixture<HTMLDivElement>(html`<div class="print-wrap"><style>@media screen { .print-wrap { inline-size: 1000px; } }</style></div>`);
    const el = document.createElement('wm-touchpoint-timeline');
    el.setAttribute('from', FROM);
    el.setAttribute('to', TO);
    el.data = generateTimeline({ count: 120, from: FROM, to: TO, seed: 3 }) as never;
    wrap.append(el);
    await partRendered(el, 'base');
    await until(() => text($(el, '[part="range"]')), 'the range line');
    return el;
  }

  it('draws the whole from–to range (not the zoom) at the page width, and the zoom again after', async () => {
    const el: TouchpointTimeline = await timeline();
    const full = el.visibleRange!;
    const fullWords = text($(el, '[part="range"]'));
    el.zoomIn();
    el.zoomIn();
    await until(() => text($(el, '[part="range"]')) !== fullWords, 'the zoomed range line');
    const zoomed = el.visibleRange!;
    const screenWidth = $<HTMLCanvasElement>(el, 'canvas')!.width;
    expect(+zoomed.to - +zoomed.from).to.be.below((+full.to - +full.from) / 3);

    await printMedia(true);
    await el.updateComplete;
    expect(el.visibleRange).to.deep.equal(full);
    expect(text($(el, '[part="range"]'))).to.equal(fullWords);
    const plot = $(el, '.plot')!;
    const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
    expect(Math.abs(canvas.getBoundingClientRect().width - plot.clientWidth)).to.be.below(1.5);
    expect(canvas.getBoundingClientRect().right).to.be.at.most(innerWidth + 0.5);
    // Drawn for the print width: the bitmap is the plot's width in device pixels, not the screen's.
    expect(Math.abs(canvas.width / Math.min(3, devicePixelRatio || 1) - plot.clientWidth)).to.be.below(1.5);
    if (engine === 'chromium') expect(canvas.width, 'redrawn narrower than on screen').to.be.below(screenWidth);
    for (const part of ['toolbar', 'chip', 'zoom-in', 'view-list']) {
      expect($$(el, `[part~="${part}"]`).filter(shown), `${part} printed`).to.deep.equal([]);
    }
    expect(shown($(el, '[part~="legend"]')!)).to.equal(true);
    expect(clipped(el)).to.deep.equal([]);

    await printMedia(false);
    await until(() => +el.visibleRange!.to - +el.visibleRange!.from < (+full.to - +full.from) / 3, 'the zoom back');
    expect(el.visibleRange).to.deep.equal(zoomed);
  });

  async function listView(count: number) {
    const el = document.createElement('wm-touchpoint-timeline');
    el.setAttribute('view', 'list');
    const data = generateTimeline({ count, from: FROM, to: TO, seed: 7 });
    el.data = data as never;
    await fixture(el);
    await partRendered(el, 'item');
    return { el, last: data.items.at(-1)!.title };
  }

  it('prints every row of the list view, not the screenful the list keeps rendered, and only that after', async () => {
    const { el, last } = await listView(400);
    const onScreen = $$(el, '[part~="item"]').length;
    expect(onScreen, 'virtualized on screen').to.be.below(400);
    await printMedia(true);
    await el.updateComplete;
    const items = $$(el, '[part~="item"]');
    expect(items.length).to.equal(400);
    expect(items.filter((i) => !shown(i)), 'rows printed').to.deep.equal([]);
    expect(text(items[399]!)).to.contain(last);
    expect($(el, '.print-more')).to.equal(null);
    await printMedia(false);
    await el.updateComplete;
    await until(() => $$(el, '[part~="item"]').length < 400, 'the virtualized list again');
  });

  it('cuts a print of more than 5,000 rows with a note pointing to the CSV', async () => {
    const { el } = await listView(5200);
    await printMedia(true);
    await el.updateComplete;
    const rows = $$(el, '[role="listitem"]');
    expect(rows.length).to.equal(5000);
    const printed = $$(el, '[part~="item"]').length;
    expect(text($(el, '.print-more')!)).to.equal(`${(5200 - printed).toLocaleString('en')} more touchpoints are not printed. Download the CSV for all of them.`);
  });

  it('wraps long lane names in print where the screen cuts them with an ellipsis', async () => {
    const data = generateTimeline({ count: 40, from: FROM, to: TO, seed: 5 });
    const stages = data.stages!.map((s) => ({ ...s, name: `${s.name} and everything that follows it` }));
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const el = document.createElement('wm-touchpoint-timeline');
    el.setAttribute('group-by', 'stage');
    el.data = { ...data, stages } as never;
    wrap.append(el);
    await partRendered(el, 'lane-label');
    expect(clipped(el).length, 'cut on screen').to.be.greaterThan(0);
    await printMedia(true);
    expect(clipped(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('print: wm-maturity-scan', () => {
  it('prints every question with its answer (all pages, not the one on screen), without the buttons', async () => {
    localStorage.clear();
    const el = await fixture<MaturityScan>(html`<wm-maturity-scan autosave="off"></wm-maturity-scan>`);
    await partRendered(el, 'question');
    const first = journeyManagementScan.questions[0]!.id;
    el.value = { [first]: 4 };
    await el.updateComplete;
    const onScreen = $$(el, '[part~="question"]').length;
    expect(onScreen).to.be.below(journeyManagementScan.questions.length);
    expect($$(el, 'button').filter(shown).length).to.be.greaterThan(0);
    await printMedia(true);
    await el.updateComplete;
    const questions = $$(el, '[part~="question"]');
    expect(questions.length).to.equal(journeyManagementScan.questions.length);
    expect(questions.every(shown)).to.equal(true);
    expect($$<HTMLInputElement>(el, `input[name="${first}"]`).filter((r) => r.checked).map((r) => r.value).length).to.equal(1);
    expect($$(el, 'button').filter(shown).map(text)).to.deep.equal([]);
    expect(clipped(el)).to.deep.equal([]);
    await printMedia(false);
    await el.updateComplete;
    expect($$(el, '[part~="question"]').length, 'back to the page on screen').to.equal(onScreen);
  });

  it('prints the result: level, score and the table by dimension, without Start again', async () => {
    localStorage.clear();
    const el = await fixture<MaturityScan>(html`<wm-maturity-scan autosave="off"></wm-maturity-scan>`);
    await partRendered(el, 'question');
    el.value = Object.fromEntries(journeyManagementScan.questions.map((q) => [q.id, 3]));
    await el.submit();
    await partRendered(el, 'result');
    await printMedia(true);
    for (const part of ['level', 'score', 'table']) expect(shown($(el, `[part~="${part}"]`)!), part).to.equal(true);
    expect($$(el, 'button').filter(shown).map(text)).to.deep.equal([]);
    expect($(el, '[part~="table"]')!.getBoundingClientRect().right).to.be.at.most(innerWidth + 0.5);
    expect(clipped(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('print: wm-score-gauge', () => {
  it('prints how the score is calculated (its disclosure open)', async () => {
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge .data=${{ id: 'nps', label: 'NPS', kind: 'nps', value: 32 }}></wm-score-gauge>`);
    await partRendered(el, 'details');
    const body = () => [...$(el, '[part="details"]')!.children].filter((c) => c.localName !== 'summary');
    expect(body().some(shown)).to.equal(false);
    await printMedia(true);
    expect(body().length).to.be.greaterThan(0);
    expect(body().every(shown)).to.equal(true);
    expect(clipped(el)).to.deep.equal([]);
  });
});

describe('print: the demo pages (demo/demo.css)', () => {
  it('prints the content only: no navigation, language menu, demo controls or event log, on a white page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <link rel="stylesheet" href="/demo/demo.css" />
      <header class="topbar"><a class="brand" href="/">Waymark</a><nav><ul class="topnav"><li><a href="/">Home</a></li></ul></nav>
        <label class="language">Widget language <select><option>English</option></select></label></header>
      <main class="page">
        <section class="panel"><h2>Your onboarding</h2>
          <wm-stage-tracker .now=${NOW} .data=${lifecycleJourney({ now: NOW })}></wm-stage-tracker></section>
        <div class="panel-row">
          <section class="panel panel--demo"><h2>Demo controls</h2><div class="buttons"><button type="button">Complete the next milestone</button></div></section>
          <section class="panel"><h2>Tracker events</h2><div class="log"><ol></ol></div></section>
        </div>
      </main>
      <footer class="page-foot"><p>Footer</p></footer>
    </div>`);
    const link = page.querySelector('link')!;
    if (!link.sheet) await new Promise((r) => link.addEventListener('load', r, { once: true }));
    await partRendered(page.querySelector<StageTracker>('wm-stage-tracker')!, 'milestones');
    // A dark system scheme darkens the demo on screen (Chromium can emulate it); print is light whatever it says.
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'dark' });
    const panel = page.querySelector('.panel')!;
    if (engine === 'chromium') expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(24, 30, 39)');
    const visible = (sel: string) => page.querySelectorAll(sel).length > 0 && [...page.querySelectorAll(sel)].some(shown);
    expect(visible('.topbar') && visible('.panel--demo') && visible('.log')).to.equal(true);
    await printMedia(true);
    for (const sel of ['.topbar', 'nav', 'select', '.panel--demo', '.log', 'button', '.page-foot']) expect(visible(sel), sel).to.equal(false);
    expect(visible('wm-stage-tracker')).to.equal(true);
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(panel).color).to.equal('rgb(28, 35, 48)');
    expect(getComputedStyle($(page.querySelector('wm-stage-tracker')!, '[part~="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(clipped(page)).to.deep.equal([]);
  });
});

/** Share of the pixels in `r` (client coordinates) that are ink: clearly darker than a white page. */
async function ink(r: DOMRect): Promise<number> {
  const png = await executeServerCommand<string, { x: number; y: number; width: number; height: number }>('screenshot', {
    x: Math.floor(r.left), y: Math.floor(r.top), width: Math.ceil(r.width), height: Math.ceil(r.height),
  });
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const c = document.createElement('canvas');
  [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
  const ctx = c.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  let dark = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 450) dark++;
  return dark / (d.length / 4);
}

describeIn(['chromium'], 'screenshots come from puppeteer\'s Chromium page (test/server/screenshot.js)', 'print: screenshots in print media', () => {
  it('shows every milestone of a dark-themed tracker as ink on a white page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div data-wm-theme="dark">
      <wm-stage-tracker .now=${NOW} .data=${lifecycleJourney({ now: NOW })}></wm-stage-tracker></div>`);
    const el = wrap.querySelector<StageTracker>('wm-stage-tracker')!;
    await partRendered(el, 'milestones');
    await printMedia(true);
    const whole = await ink(el.getBoundingClientRect());
    // Not blank, and not dark: a light page with text on it.
    expect(whole).to.be.within(0.01, 0.5);
    for (const m of $$(el, '.milestone-name')) expect(await ink(m.getBoundingClientRect()), text(m)).to.be.above(0.03);
  });
});

describe('print: wm-journey-map', () => {
  it('prints one table per stage, each with the stage and column headers and every lane header, within the page width, without the download buttons', async () => {
    const map = demoMap();
    const wrap = await fixture<HTMLDivElement>(html`<div data-wm-theme="dark"><wm-journey-map .data=${map}></wm-journey-map></div>`);
    const el = wrap.querySelector('wm-journey-map')!;
    await partRendered(el as never, 'table');
    expect($$(el, 'table')).to.have.length(1);
    const toolbar = () => getComputedStyle($(el, '[part="toolbar"]')!).display;
    expect(toolbar(), 'the download buttons on screen').to.not.equal('none');
    await printMedia(true);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(toolbar(), 'the download buttons in print').to.equal('none');
    const tables = $$(el, 'table');
    expect(tables.map((t) => text(t.querySelector('[part~="stage"] .column-name')))).to.deep.equal(map.stages.map((s) => s.name));
    for (const t of tables) {
      expect([...t.querySelectorAll('[part~="lane-header"] .lane-label')].map(text)).to.deep.equal(map.lanes.map((l) => l.label));
      expect(t.querySelectorAll('[part~="column"]').length).to.be.greaterThan(0);
      expect(t.getBoundingClientRect().right, 'inside the page width').to.be.at.most(innerWidth + 0.5);
    }
    const cells = tables.reduce((n, t) => n + t.querySelectorAll('td[part~="cell"]').length, 0);
    expect(cells).to.equal(map.lanes.length * (map.steps?.length ?? map.stages.length));
    expect(getComputedStyle($(el, '[part~="base"]')!).color).to.equal('rgb(29, 37, 48)');
    await expect(el).to.be.accessible();
    await printMedia(false);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect($$(el, 'table')).to.have.length(1);
  });
});
