// The journey map by keyboard and by screen reader: roving focus over the
// grid, wm-cell-select, every cell named by its lane and column, and axe in
// every state, theme and direction.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/waymark.js';
import type { JourneyMapElement } from '../src/elements/journey-map/journey-map.js';
import { $, $$, text } from './helpers/setup.js';
import { engine } from './helpers/engine.js';
import { demoMap, smallMap } from './helpers/map.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');

async function grid(data: unknown = smallMap(), wrap?: { dir?: string; theme?: string }) {
  const box = await fixture<HTMLDivElement>(html`<div dir=${wrap?.dir ?? 'ltr'} data-wm-theme=${wrap?.theme ?? 'light'}>
    <wm-journey-map selectable .data=${data}></wm-journey-map>
  </div>`);
  const el = box.querySelector('wm-journey-map') as JourneyMapElement;
  await el.updateComplete;
  return el;
}

const focused = (el: JourneyMapElement) => {
  const cell = el.shadowRoot!.activeElement as HTMLElement | null;
  return cell ? [Number(cell.dataset.row), Number(cell.dataset.column)] : undefined;
};

/** Ctrl+key: held modifiers need the DevTools or Firefox's protocol; WebKit's WebDriver only presses keys. */
async function ctrl(el: JourneyMapElement, key: 'Home' | 'End') {
  if (engine !== 'webkit') {
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: key });
    return sendKeys({ up: 'Control' });
  }
  el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A cell's accessible name, from its aria-labelledby. */
const nameOf = (el: JourneyMapElement, cell: Element) =>
  cell.getAttribute('aria-labelledby')!.split(' ').map((id) => text(el.shadowRoot!.getElementById(id))).join(' ');

describe('wm-journey-map: keyboard', () => {
  it('is a grid with one cell in the tab order; arrows, Home/End and Ctrl+Home/End move focus', async () => {
    const el = await grid();
    expect($(el, 'table')!.getAttribute('role')).to.equal('grid');
    expect($$(el, 'td[tabindex="0"]')).to.have.length(1);
    $<HTMLElement>(el, 'td[tabindex="0"]')!.focus();
    expect(focused(el)).to.deep.equal([0, 0]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.deep.equal([0, 1]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.deep.equal([2, 1]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.deep.equal([2, 0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el), 'stops at the edge').to.deep.equal([2, 0]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.deep.equal([2, 2]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.deep.equal([2, 0]);
    await ctrl(el, 'End');
    expect(focused(el)).to.deep.equal([4, 2]);
    await ctrl(el, 'Home');
    expect(focused(el)).to.deep.equal([0, 0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.deep.equal([0, 0]);
    expect($$(el, 'td[tabindex="0"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('Enter fires wm-cell-select { lane, column } (bubbling, composed) and marks the cell selected', async () => {
    const el = await grid();
    $<HTMLElement>(el, 'td[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    const fired = oneEvent(el.parentElement!, 'wm-cell-select');
    await sendKeys({ press: 'Enter' });
    const e = await fired;
    expect(e.detail).to.deep.equal({ lane: 'feel', column: 'site' });
    expect(e.composed).to.equal(true);
    await el.updateComplete;
    const selected = $$(el, 'td[aria-selected="true"]');
    expect(selected).to.have.length(1);
    expect(selected[0]!.getAttribute('part')).to.equal('cell selected');
    await expect(el).to.be.accessible();
  });

  it('a click selects a cell too', async () => {
    const el = await grid();
    const cell = $<HTMLElement>(el, 'td[data-row="4"][data-column="2"]')!;
    const fired = oneEvent(el, 'wm-cell-select');
    cell.click();
    expect((await fired).detail).to.deep.equal({ lane: 'people', column: 'form' });
  });

  it('in right-to-left, ArrowLeft moves to the next column', async () => {
    const el = await grid(smallMap(), { dir: 'rtl' });
    $<HTMLElement>(el, 'td[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.deep.equal([0, 1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.deep.equal([0, 0]);
    await expect(el).to.be.accessible();
  });

  it('without selectable, the table has no grid role, no tab stops in cells and no selection state', async () => {
    const el = await fixture<JourneyMapElement>(html`<wm-journey-map .data=${smallMap()}></wm-journey-map>`);
    expect($(el, 'table')!.hasAttribute('role')).to.equal(false);
    expect($$(el, 'td[tabindex], td[aria-selected]')).to.have.length(0);
  });
});

describe('wm-journey-map: names', () => {
  it('names every cell by its lane, stage, column and content', async () => {
    const el = await grid();
    const cells = $$(el, 'td[part~="cell"]');
    expect(cells).to.have.length(15);
    expect(nameOf(el, cells[1]!)).to.equal('Doing Find us Visits the site Pain: Slow page Gain: Clear prices');
    expect(nameOf(el, cells[3]!)).to.contain('Feeling Find us Sees an ad').and.contain('Now: neutral (0 of ±2)');
    expect(nameOf(el, cells[8]!)).to.equal('Channels Join Fills in the form No entry');
    for (const cell of cells) {
      const r = Number((cell as HTMLElement).dataset.row);
      const c = Number((cell as HTMLElement).dataset.column);
      const lane = text($(el, `#lane-${r} .lane-label`));
      const column = text($(el, `#col-${c}`));
      expect(nameOf(el, cell)).to.contain(lane).and.contain(column);
    }
  });

  it('names cells by lane and stage in stages mode', async () => {
    const el = await grid();
    el.columns = 'stages';
    await el.updateComplete;
    expect(nameOf(el, $(el, 'td[data-row="4"][data-column="1"]')!)).to.equal('Customers Join 155 reached');
  });
});

describe('wm-journey-map: states, themes and directions', () => {
  it('loading: part="loading", aria-busy, axe clean', async () => {
    const adapter = { journeyMap: () => new Promise(() => {}) };
    const el = await fixture<JourneyMapElement>(html`<wm-journey-map journey="x" .adapter=${adapter}></wm-journey-map>`);
    await el.updateComplete;
    expect(text($(el, '[part="loading"]'))).to.equal('Loading journey map…');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('empty: a map with no lanes', async () => {
    const el = await fixture<JourneyMapElement>(html`<wm-journey-map .data=${{ ...smallMap(), lanes: [] }}></wm-journey-map>`);
    expect(text($(el, '[part="empty"]'))).to.equal('This journey map has no lanes yet.');
    await expect(el).to.be.accessible();
  });

  it('invalid: a cell naming an unknown column is invalid-data naming the path', async () => {
    const data = smallMap();
    data.lanes[2]!.cells[1]!.column = 'nowhere';
    const el = document.createElement('wm-journey-map') as JourneyMapElement;
    el.data = data;
    const failed = oneEvent(el, 'wm-error');
    await fixture(el);
    const e = await failed;
    expect(e.detail.kind).to.equal('invalid-data');
    const alert = $(el, '[part="error"][role="alert"]')!;
    expect(text(alert)).to.contain('The journey map data has a problem').and.contain('lanes[2].cells[1].column');
    await expect(el).to.be.accessible();
  });

  it('error: the adapter fails, Retry loads again', async () => {
    let calls = 0;
    const adapter = { journeyMap: async () => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : smallMap()) };
    const el = await fixture<JourneyMapElement>(html`<wm-journey-map journey="x" .adapter=${adapter}></wm-journey-map>`);
    await oneEvent(el, 'wm-error');
    await el.updateComplete;
    expect(text($(el, '[part="error"] .headline'))).to.equal("We couldn't load the journey map.");
    await expect(el).to.be.accessible();
    const loaded = oneEvent(el, 'wm-load');
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await loaded;
    expect($$(el, 'tbody tr')).to.have.length(5);
  });

  for (const theme of ['light', 'dark']) {
    for (const dir of ['ltr', 'rtl']) {
      it(`the demo map is axe clean in the ${theme} theme, ${dir}`, async () => {
        const el = await grid(demoMap(NOW), { dir, theme });
        expect(el.getAttribute('theme')).to.equal(theme);
        expect(getComputedStyle(el).direction).to.equal(dir);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('dark theme changes the surface colours', async () => {
    const light = await grid(smallMap(), { theme: 'light' });
    const dark = await grid(smallMap(), { theme: 'dark' });
    const bg = (el: JourneyMapElement) => getComputedStyle($(el, '[part="base"]')!).backgroundColor;
    expect(bg(light)).to.not.equal(bg(dark));
  });

  it('right to left: the lane headers stick to the right edge', async () => {
    const box = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 480px"><wm-journey-map .data=${demoMap(NOW)}></wm-journey-map></div>`);
    const el = box.firstElementChild as JourneyMapElement;
    await el.updateComplete;
    const header = $(el, 'th[part~="lane-header"]')!;
    const scroller = $(el, '[part="scroller"]')!;
    expect(Math.abs(header.getBoundingClientRect().right - scroller.getBoundingClientRect().right)).to.be.lessThan(2);
  });
});
