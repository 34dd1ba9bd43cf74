import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/touchpoint-timeline/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { Touchpoint } from '../src/data/schema.js';
import { generateTimeline } from '../fixtures/touchpoints.js';
import { $, $$, partRendered, text, until } from './helpers/setup.js';

const day = (d: number, h: number) => new Date(2025, 2, d, h, 30).toISOString();
const items: Touchpoint[] = [
  { id: 'a', at: day(3, 9), channel: 'email', title: 'Welcome email', initiator: 'company', sentiment: 0.3 },
  { id: 'b', at: day(3, 15), channel: 'phone', title: 'Setup call', initiator: 'customer', momentOfTruth: true, sentiment: 0.9, outcome: 'Resolved' },
  { id: 'c', at: day(5, 11), channel: 'chat', title: 'Login trouble', initiator: 'customer', friction: 'medium', sentiment: -0.4 },
];

async function list(data: unknown, attrs: Record<string, string> = {}) {
  const el = document.createElement('wm-touchpoint-timeline');
  el.setAttribute('view', 'list');
  el.setAttribute('locale', 'en-GB');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data as never;
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  wrap.append(el);
  await partRendered(el, 'item');
  return el;
}

const focusedRow = (el: TouchpointTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;
const rowText = (row: Element | null) => `${text(row?.querySelector('.time') ?? null)} ${text(row?.querySelector('.title') ?? null)}`;

describe('wm-touchpoint-timeline: list view', () => {
  it('lists every touchpoint as text under a heading per day', async () => {
    const el = await list({ items });
    expect($$(el, '[part="day"]').map(text)).to.deep.equal([
      'Monday, 3 March 2025 · 2 touchpoints', 'Wednesday, 5 March 2025 · 1 touchpoint',
    ]);
    const rows = $$(el, '[part~="item"]');
    expect(rows.map((r) => text(r.querySelector('.title')))).to.deep.equal(['Welcome email', 'Setup call', 'Login trouble']);
    expect(text(rows[0]!.querySelector('.meta'))).to.equal('Email, started by us · positive (+0.30)');
    expect(text(rows[1]!)).to.contain('Moment of truth');
    expect(text(rows[2]!)).to.contain('Medium friction');
    expect(text(rows[2]!.querySelector('.meta'))).to.equal('Chat, started by the customer · negative (−0.40)');
    expect(text(rows[1]!.querySelector('.time'))).to.equal('15:30');
    expect($(el, '[part="list"]')!.getAttribute('role')).to.equal('list');
    expect($(el, 'canvas')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps a screenful of rows in the DOM for thousands of touchpoints', async () => {
    const el = await list(generateTimeline({ count: 5000, seed: 2 }));
    const rows = $$(el, '[part~="item"]').length;
    expect(rows).to.be.greaterThan(3);
    expect(rows).to.be.lessThan(120);
    expect($(el, '[part="list"]')!.getAttribute('aria-label')).to.contain('5,000 in all');
  });

  it('reaches every touchpoint with the arrow keys, in time order, scrolling as it goes', async () => {
    const data = generateTimeline({ count: 150, seed: 5, from: '2025-01-01T00:00:00Z', to: '2025-01-20T00:00:00Z' });
    const el = await list(data);
    const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });
    const expected = data.items.map((t) => `${time.format(Date.parse(t.at))} ${t.title}`);
    $(el, '[part="list"]')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await until(() => focusedRow(el)?.matches('[part~="item"]') && rowText(focusedRow(el)) === expected[i], `row ${i + 1}`);
      seen.push(rowText(focusedRow(el)));
    }
    expect(seen).to.deep.equal(expected);
    await sendKeys({ press: 'Home' });
    await until(() => rowText(focusedRow(el)) === expected[0], 'the first row');
  });

  it('goes to the last touchpoint with End, and pages with Page Down', async () => {
    const data = generateTimeline({ count: 4000, seed: 8 });
    const el = await list(data);
    const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });
    const last = data.items.at(-1)!;
    $(el, '[part="list"]')!.focus();
    await sendKeys({ press: 'End' });
    await until(() => rowText(focusedRow(el)) === `${time.format(Date.parse(last.at))} ${last.title}`, 'the last row');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'PageDown' });
    const tenth = data.items[10]!;
    await until(() => rowText(focusedRow(el)) === `${time.format(Date.parse(tenth.at))} ${tenth.title}`, 'ten rows on');
  });

  it('selects with Enter and shows the card, and filters like the timeline', async () => {
    const el = await list({ items });
    $(el, '[part="list"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => text(focusedRow(el)?.querySelector('.title') ?? null) === 'Setup call', 'the second row');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = await oneEvent(el, 'wm-touchpoint-select');
    expect(ev.detail.touchpoint.id).to.equal('b');
    await el.updateComplete;
    expect($(el, '[part~="item"][aria-pressed="true"] .title')!.textContent).to.equal('Setup call');
    const facts = Object.fromEntries($$(el, '[part="detail"] dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts).to.include({ Channel: 'Phone', 'Moment of truth': 'Yes', Outcome: 'Resolved', Sentiment: 'very positive (+0.90)' });
    await expect(el).to.be.accessible();
    el.channels = 'chat';
    await el.updateComplete;
    await until(() => $$(el, '[part~="item"]').length === 1, 'the filtered list');
    expect(text($(el, '[part~="item"] .title'))).to.equal('Login trouble');
  });

  it('switches between the timeline and the list with the view buttons', async () => {
    const el = await list({ items });
    expect($(el, '[part="view-list"]')!.getAttribute('aria-pressed')).to.equal('true');
    $<HTMLButtonElement>(el, '[part="view-timeline"]')!.click();
    await partRendered(el, 'plot');
    expect(el.getAttribute('view')).to.equal('timeline');
    expect($(el, '[part="list"]')).to.equal(null);
    $<HTMLButtonElement>(el, '[part="view-list"]')!.click();
    await partRendered(el, 'item');
    expect(el.getAttribute('view')).to.equal('list');
  });
});
