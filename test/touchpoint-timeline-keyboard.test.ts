import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/touchpoint-timeline/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { Touchpoint } from '../src/data/schema.js';
import { $, $$, partRendered, text } from './helpers/setup.js';

const at = (day: number, hour = 12) => new Date(Date.UTC(2025, 2, day, hour)).toISOString();
/** Six touchpoints on two lanes, a day or more apart, in time order. */
const items: Touchpoint[] = [
  { id: 'a', at: at(2), channel: 'web', title: 'Read the pricing page', initiator: 'customer', sentiment: 0.5 },
  { id: 'b', at: at(4), channel: 'email', title: 'Welcome email', initiator: 'company', sentiment: 0.1 },
  { id: 'c', at: at(9), channel: 'web', title: 'Started a trial', initiator: 'customer', momentOfTruth: true, sentiment: 0.8 },
  { id: 'd', at: at(12), channel: 'email', title: 'Invoice question', initiator: 'customer', friction: 'high', sentiment: -0.7 },
  { id: 'e', at: at(20), channel: 'web', title: 'Exported a report', initiator: 'customer' },
  { id: 'f', at: at(28), channel: 'email', title: 'Renewal reminder', initiator: 'company', sentiment: 0 },
];

async function timeline(dir = 'ltr') {
  const wrap = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: 900px">
    <wm-touchpoint-timeline locale="en-GB" .data=${{ items }}></wm-touchpoint-timeline>
  </div>`);
  const el = wrap.firstElementChild as TouchpointTimeline;
  await partRendered(el, 'plot');
  $(el, '[part="plot"]')!.focus();
  return el;
}

const said = (el: Element) => text($(el, '[role="status"].sr-only'));
const span = (el: TouchpointTimeline) => +el.visibleRange!.to - +el.visibleRange!.from;

describe('wm-touchpoint-timeline: keyboard', () => {
  it('walks touchpoints in time order with the arrows, Home and End, saying each in words', async () => {
    const el = await timeline();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said(el)).to.match(/^Web, started by the customer: Read the pricing page\. 2 Mar 2025, \d\d:00\. sentiment positive \(\+0\.50\)\. 1 of 6\.$/);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said(el)).to.contain('Started a trial');
    expect(said(el)).to.contain('moment of truth');
    expect(said(el)).to.match(/3 of 6\.$/);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said(el)).to.contain('high friction');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(said(el)).to.match(/Renewal reminder.*6 of 6\.$/);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said(el)).to.match(/6 of 6\.$/);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(said(el)).to.match(/Read the pricing page.*1 of 6\.$/);
  });

  it('moves to the nearest touchpoint of the next lane with the up and down arrows', async () => {
    const el = await timeline();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // From "Started a trial" (web, 9 March) the nearest email is 12 March.
    expect(said(el)).to.contain('Invoice question');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(said(el)).to.contain('Started a trial');
  });

  it('selects with Enter: card, event and announcement; Escape closes the card', async () => {
    const el = await timeline();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = await oneEvent(el, 'wm-touchpoint-select');
    expect(ev.detail.touchpoint.id).to.equal('b');
    await el.updateComplete;
    expect(el.selected).to.equal('b');
    expect(text($(el, '[part="detail"] h3'))).to.equal('Welcome email');
    expect(said(el)).to.match(/^Selected: Email, started by us: Welcome email/);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="plot"]'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="detail"]')).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('zooms with + and − around the focused touchpoint, and pans to keep it in view', async () => {
    const el = await timeline();
    const full = span(el);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: '+' });
    expect(span(el)).to.be.closeTo(full / 2, 1000);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    expect(span(el)).to.be.closeTo(full / 8, 1000);
    const first = Date.parse(items[0]!.at);
    expect(+el.visibleRange!.from).to.be.at.most(first);
    expect(+el.visibleRange!.to).to.be.at.least(first);
    // The last touchpoint is far out of view: End pans there without zooming out.
    await sendKeys({ press: 'End' });
    const last = Date.parse(items[5]!.at);
    expect(+el.visibleRange!.from).to.be.at.most(last);
    expect(+el.visibleRange!.to).to.be.at.least(last);
    expect(span(el)).to.be.closeTo(full / 8, 1000);
    await sendKeys({ press: '-' });
    expect(span(el)).to.be.closeTo(full / 4, 1000);
  });

  it('zooms and pans with the buttons, which say when they can do nothing', async () => {
    const el = await timeline();
    const full = span(el);
    const button = (part: string) => $<HTMLButtonElement>(el, `[part="${part}"]`)!;
    expect(button('zoom-out').disabled).to.equal(true);
    expect(button('show-all').disabled).to.equal(true);
    button('zoom-in').click();
    await el.updateComplete;
    expect(span(el)).to.be.closeTo(full / 2, 1000);
    expect(button('zoom-out').disabled).to.equal(false);
    const from = +el.visibleRange!.from;
    button('later').click();
    expect(+el.visibleRange!.from).to.be.above(from);
    button('earlier').click();
    button('earlier').click();
    expect(+el.visibleRange!.from).to.be.below(from);
    button('show-all').click();
    await el.updateComplete;
    expect(span(el)).to.equal(full);
    await expect(el).to.be.accessible();
  });

  it('never zooms in past one hour across', async () => {
    const el = await timeline();
    for (let i = 0; i < 20; i++) el.zoomIn();
    expect(span(el)).to.equal(3_600_000);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect($<HTMLButtonElement>(el, '[part="zoom-in"]')!.disabled).to.equal(true);
  });

  it('swaps left and right in right-to-left layouts', async () => {
    const el = await timeline('rtl');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(said(el)).to.match(/Read the pricing page.*1 of 6\.$/);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(said(el)).to.match(/Welcome email.*2 of 6\.$/);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said(el)).to.match(/1 of 6\.$/);
  });

  it('skips filtered channels and tells the position among those shown', async () => {
    const el = await timeline();
    el.channels = 'email';
    await el.updateComplete;
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said(el)).to.match(/Invoice question.*2 of 3\.$/);
    expect($$(el, '[part="lane-label"]').map(text)).to.deep.equal(['Email']);
  });
});
