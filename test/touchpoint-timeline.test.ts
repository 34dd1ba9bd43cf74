import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/elements/touchpoint-timeline/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { Touchpoint } from '../src/data/schema.js';
import { generateTimeline } from '../fixtures/touchpoints.js';
import { $, $$, partRendered, text, until } from './helpers/setup.js';

const FROM = '2025-03-01T00:00:00Z';
const TO = '2025-03-31T00:00:00Z';
const small = (o = {}) => generateTimeline({ count: 120, from: FROM, to: TO, seed: 3, ...o });

async function timeline(data: unknown, attrs: Record<string, string> = {}, width = 900) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('wm-touchpoint-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data as never;
  wrap.append(el);
  await partRendered(el, 'base');
  if (el.getAttribute('view') !== 'list' && $(el, '.plot')) await until(() => text($(el, '[part="range"]')), 'the range line');
  return el;
}

/** Where touchpoint `tp` is drawn, in client coordinates (time axis and lane rows). */
function pointOf(el: TouchpointTimeline, tp: Touchpoint, lane: string) {
  const canvas = $(el, 'canvas')!.getBoundingClientRect();
  const { from, to } = el.visibleRange!;
  const f = (Date.parse(tp.at) - +from) / (+to - +from);
  const rtl = getComputedStyle(el).direction === 'rtl';
  const label = $$(el, '[part="lane-label"]').find((l) => text(l) === lane)!.getBoundingClientRect();
  return { x: canvas.left + (rtl ? 1 - f : f) * canvas.width, y: label.top + label.height / 2 };
}

function pixel(el: TouchpointTimeline, x: number, y: number): [number, number, number] {
  const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
  const r = canvas.getBoundingClientRect();
  const k = canvas.width / r.width;
  const d = canvas.getContext('2d')!.getImageData(Math.round((x - r.left) * k), Math.round((y - r.top) * k), 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);

describe('wm-touchpoint-timeline: timeline', () => {
  it('draws one lane per channel, chips with counts, the range in view and a text alternative', async () => {
    const el = await timeline(small());
    expect($$(el, '[part="lane-label"]').map(text)).to.deep.equal(['Web', 'App', 'Email', 'Phone', 'Chat', 'Store']);
    const chips = $$(el, '[part~="chip"]');
    expect(chips.map((c) => c.getAttribute('aria-pressed'))).to.deep.equal(Array(6).fill('true'));
    const counts = chips.map((c) => Number(text(c.querySelector('.count'))));
    expect(counts.reduce((a, b) => a + b)).to.equal(120);
    expect(text($(el, '[part="range"]'))).to.match(/120 of 120 touchpoints in view$/);
    const canvas = $(el, 'canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.match(/120 of 120 touchpoints in view\. Mean sentiment (very )?(positive|negative|neutral) \([+−]?\d\.\d\d\)/);
    expect(canvas.getAttribute('aria-label')).to.contain('The list view lists every touchpoint as text.');
    const plot = $(el, '[part="plot"]')!;
    expect(plot.tabIndex).to.equal(0);
    expect(text($(el, '#' + plot.getAttribute('aria-describedby')))).to.contain('arrows move between touchpoints');
    await expect(el).to.be.accessible();
  });

  it('colours each touchpoint by sentiment and shows who started it', async () => {
    const at = (d: number) => new Date(Date.UTC(2025, 2, d, 12)).toISOString();
    const items: Touchpoint[] = [
      { id: 'happy', at: at(5), channel: 'web', title: 'Loved the demo', sentiment: 1, initiator: 'customer' },
      { id: 'angry', at: at(15), channel: 'web', title: 'Billing mistake', sentiment: -1, initiator: 'customer' },
      { id: 'ours', at: at(25), channel: 'web', title: 'Renewal email', sentiment: 1, initiator: 'company' },
    ];
    const el = await timeline({ items });
    const swatch = (token: string) => rgb(getComputedStyle($(el, `.swatch.${token}`)!).color);
    const centre = (id: string) => {
      const p = pointOf(el, items.find((t) => t.id === id)!, 'Web');
      return pixel(el, p.x, p.y);
    };
    expect(centre('happy')).to.deep.equal(swatch('good'));
    expect(centre('angry')).to.deep.equal(swatch('critical'));
    // Started by us: a ring, so its centre is the background.
    expect(centre('ours')).to.deep.equal(swatch('surface'));
  });

  it('names lanes after the journey stages with group-by="stage", and one lane with "none"', async () => {
    const el = await timeline(small(), { 'group-by': 'stage' });
    expect($$(el, '[part="lane-label"]').map(text)).to.deep.equal([
      'Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Adoption', 'Expansion', 'Advocacy',
    ]);
    expect(el.getAttribute('group-by')).to.equal('stage');
    el.groupBy = 'none';
    await el.updateComplete;
    expect($$(el, '[part="lane-label"]').map(text)).to.deep.equal(['All touchpoints']);
    await expect(el).to.be.accessible();
  });

  it('filters by the channels attribute and by clicking chips', async () => {
    const el = await timeline(small(), { channels: 'email phone' });
    expect($$(el, '[part="lane-label"]').map(text)).to.deep.equal(['Email', 'Phone']);
    const pressed = () => $$(el, '[part~="chip"]').filter((c) => c.getAttribute('aria-pressed') === 'true').map((c) => text(c).split(' ')[0]);
    expect(pressed()).to.deep.equal(['Email', 'Phone']);
    const shown = small().items.filter((t) => t.channel === 'email' || t.channel === 'phone').length;
    await until(() => text($(el, '[part="range"]')).endsWith(`${shown} of ${shown} touchpoints in view`), 'the filtered count');
    await expect(el).to.be.accessible();
    $$<HTMLButtonElement>(el, '[part~="chip"]').find((c) => text(c).startsWith('Web'))!.click();
    await el.updateComplete;
    expect(el.getAttribute('channels')).to.equal('email phone web');
    expect($$(el, '[part="lane-label"]').map(text)).to.deep.equal(['Web', 'Email', 'Phone']);
    for (const name of ['Web', 'Email', 'Phone']) $$<HTMLButtonElement>(el, '[part~="chip"]').find((c) => text(c).startsWith(name))!.click();
    await el.updateComplete;
    expect(el.getAttribute('channels')).to.equal('');
    expect(text($(el, '[part="no-match"]'))).to.contain('No channels are selected');
    await expect(el).to.be.accessible();
    el.removeAttribute('channels');
    await el.updateComplete;
    expect($$(el, '[part="lane-label"]')).to.have.length(6);
  });

  it('selects the touchpoint under a click: card, event and selected attribute', async () => {
    const items = small().items;
    const el = await timeline({ items });
    const target = items.find((t) => t.channel === 'email')!;
    // Zoom close around it so it is drawn on its own.
    for (let i = 0; i < 4; i++) el.zoomIn();
    el.showAll();
    const p0 = pointOf(el, target, 'Email');
    const plot = $(el, '[part="plot"]')!;
    const fired = oneEvent(el, 'wm-touchpoint-select');
    const opts = { clientX: p0.x, clientY: p0.y, bubbles: true, composed: true, pointerId: 1, isPrimary: true, button: 0 };
    plot.dispatchEvent(new PointerEvent('pointerdown', opts));
    plot.dispatchEvent(new PointerEvent('pointerup', opts));
    const ev = await fired;
    expect(ev.detail.touchpoint.id).to.equal(target.id);
    expect(ev.bubbles && ev.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal(target.id);
    const card = $(el, '[part="detail"]')!;
    expect(text(card.querySelector('h3'))).to.equal(target.title);
    const facts = Object.fromEntries($$(el, '[part="detail"] dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts.Channel).to.equal('Email');
    expect(facts['Started by']).to.equal(target.initiator === 'customer' ? 'The customer' : 'Us (the company)');
    expect(facts.Sentiment).to.match(/^(Not recorded|(very )?(positive|negative|neutral) \([+−]?\d\.\d\d\))$/);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="close"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="detail"]')).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('zooms in where touchpoints are too close to tell apart when the bar is clicked', async () => {
    const el = await timeline(generateTimeline({ count: 3000, from: FROM, to: TO, seed: 4 }));
    expect($(el, 'canvas')!.getAttribute('aria-label')).to.contain('drawn as bars');
    const before = el.visibleRange!;
    const lane = $$(el, '[part="lane-label"]')[0]!.getBoundingClientRect();
    const canvas = $(el, 'canvas')!.getBoundingClientRect();
    const opts = { clientX: canvas.left + canvas.width / 2, clientY: lane.top + lane.height / 2, bubbles: true, pointerId: 1, button: 0 };
    $(el, '[part="plot"]')!.dispatchEvent(new PointerEvent('pointerdown', opts));
    $(el, '[part="plot"]')!.dispatchEvent(new PointerEvent('pointerup', opts));
    const after = el.visibleRange!;
    expect(+after.to - +after.from).to.be.closeTo((+before.to - +before.from) * 0.2, 1000);
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('zooms with ctrl + wheel, pans with a horizontal wheel and drag, and leaves a plain wheel to the page', async () => {
    const el = await timeline(small());
    const plot = $(el, '[part="plot"]')!;
    const r = plot.getBoundingClientRect();
    const span = () => +el.visibleRange!.to - +el.visibleRange!.from;
    const full = span();
    const plain = new WheelEvent('wheel', { deltaY: 100, clientX: r.left + 100, clientY: r.top + 100, bubbles: true, cancelable: true });
    plot.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    expect(span()).to.equal(full);
    const zoom = new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, clientX: r.left + 100, clientY: r.top + 100, bubbles: true, cancelable: true });
    plot.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).to.equal(true);
    expect(span()).to.be.below(full * 0.7);
    const from = +el.visibleRange!.from;
    plot.dispatchEvent(new WheelEvent('wheel', { deltaX: 120, bubbles: true, cancelable: true }));
    expect(+el.visibleRange!.from).to.be.above(from);
    const moved = +el.visibleRange!.from;
    const at = (x: number) => ({ clientX: r.left + x, clientY: r.top + 120, bubbles: true, pointerId: 7, button: 0 });
    plot.dispatchEvent(new PointerEvent('pointerdown', at(400)));
    plot.dispatchEvent(new PointerEvent('pointermove', at(450)));
    plot.dispatchEvent(new PointerEvent('pointermove', at(500)));
    plot.dispatchEvent(new PointerEvent('pointerup', at(500)));
    // Dragging right by 100 px shows earlier times.
    expect(+el.visibleRange!.from).to.be.below(moved);
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('zooms in when two pointers pinch apart, and out when they close', async () => {
    const el = await timeline(small());
    const plot = $(el, '[part="plot"]')!;
    const r = plot.getBoundingClientRect();
    const span = () => +el.visibleRange!.to - +el.visibleRange!.from;
    const full = span();
    const at = (id: number, x: number) => ({ clientX: r.left + x, clientY: r.top + 120, bubbles: true, pointerId: id, pointerType: 'touch', isPrimary: id === 1 });
    plot.dispatchEvent(new PointerEvent('pointerdown', at(1, 400)));
    plot.dispatchEvent(new PointerEvent('pointerdown', at(2, 500)));
    plot.dispatchEvent(new PointerEvent('pointermove', at(2, 600)));
    expect(span()).to.be.closeTo(full / 2, full * 0.01);
    plot.dispatchEvent(new PointerEvent('pointermove', at(1, 500)));
    expect(span()).to.be.closeTo(full, full * 0.01);
    plot.dispatchEvent(new PointerEvent('pointerup', at(2, 600)));
    plot.dispatchEvent(new PointerEvent('pointercancel', at(1, 500)));
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('mirrors the time axis in right-to-left layouts', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 900px"></div>`);
    const el = document.createElement('wm-touchpoint-timeline');
    el.data = small();
    wrap.append(el);
    await partRendered(el, 'plot');
    const label = $$(el, '[part="lane-label"]')[0]!.getBoundingClientRect();
    expect(label.left).to.be.above($(el, 'canvas')!.getBoundingClientRect().right - 1);
    await expect(el).to.be.accessible();
  });

  it('follows dark mode from an ancestor', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div data-wm-theme="dark" style="width: 900px"></div>`);
    const el = document.createElement('wm-touchpoint-timeline');
    el.data = small();
    wrap.append(el);
    await partRendered(el, 'plot');
    expect(getComputedStyle($(el, '.base')!).backgroundColor).to.equal('rgb(21, 24, 28)');
    expect(rgb(getComputedStyle($(el, '.swatch.text')!).color)).to.deep.equal([232, 235, 239]);
    await expect(el).to.be.accessible();
  });
});
