import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/waymark.js';
import type { StageTracker } from '../src/elements/stage-tracker/stage-tracker.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import type { Journey } from '../src/data/schema.js';
import { lifecycleJourney, onboardingJourney } from '../fixtures/journeys.js';
import { $, $$, partRendered, text } from './helpers/setup.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const journey = (o = {}) => lifecycleJourney({ now: NOW, ...o });

async function tracker(data: unknown, attrs: Partial<StageTracker> = {}) {
  const el = await fixture<StageTracker>(html`<wm-stage-tracker .now=${NOW} .data=${data}></wm-stage-tracker>`);
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}

describe('wm-stage-tracker: ready', () => {
  it('renders every stage in order with the current one marked as the step', async () => {
    const el = await tracker(journey());
    const stages = $$(el, 'li[part~="stage"]');
    expect(stages.map((s) => text(s.querySelector('[part="label"]')))).to.deep.equal([
      'Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Adoption', 'Expansion', 'Advocacy',
    ]);
    expect($(el, 'ol')).to.exist;
    const current = $$(el, '[aria-current="step"]');
    expect(current).to.have.length(1);
    expect(text(current[0]!)).to.contain('Onboarding');
    expect(current[0]!.getAttribute('part')).to.contain('current');
    expect(text($(el, '.summary'))).to.equal('Stage 4 of 7: Onboarding');
    await expect(el).to.be.accessible();
  });

  it('tells status in words and with a distinct icon per status', async () => {
    const el = await tracker(journey());
    const status = $$(el, '[part="status"]').map((s) => text(s));
    expect(status).to.deep.equal(['Done', 'Done', 'Done', 'In progress', 'Not started', 'Not started', 'Not started']);
    const icons = new Set($$(el, '[part="marker"] svg').map((s) => s.innerHTML.replace(/<!--.*?-->/g, '')));
    expect(icons.size).to.equal(3);
  });

  it('shows progress as a progressbar, never a meter', async () => {
    const el = await tracker(journey({ progress: 0.55 }));
    const bar = $(el, '[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('55');
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('100');
    expect(bar.getAttribute('aria-label')).to.equal('Onboarding progress');
    expect(bar.getAttribute('aria-valuetext')).to.contain('55');
    expect($(el, '[role="meter"], meter')).to.equal(null);
  });

  it('fills in windows and descriptions from the default lifecycle when the data gives names only', async () => {
    const el = await tracker(journey({ daysInStage: 30 }));
    const timing = text($(el, '[aria-current="step"] [part="timing"]'));
    expect(timing).to.contain('30 days in stage');
    expect(timing).to.contain('window day 120–210');
  });

  it('says in words when a stage is past its window without completion', async () => {
    // Onboarding starts on day 120 and its window ends on day 210: 110 days in is day 230.
    const el = await tracker(journey({ daysInStage: 110 }));
    const current = $(el, '[aria-current="step"]')!;
    expect(current.getAttribute('part')).to.contain('at-risk');
    expect(text(current.querySelector('[part="risk"]'))).to.equal('At risk: 20 days past its window');
    await expect(el).to.be.accessible();
  });

  it('is not at risk inside its window and says how long is left', async () => {
    const el = await tracker(journey({ daysInStage: 30 }));
    expect($(el, '[part~="risk"]')).to.equal(null);
    expect(text($(el, '[aria-current="step"] [part="timing"]'))).to.contain('60 days left');
  });

  it('lists the current stage milestones and lets the others expand', async () => {
    const el = await tracker(journey({ milestonesDone: 2 }));
    const panel = $(el, '[part="milestones"]')!;
    expect(text(panel.querySelector('.milestones-title'))).to.equal('Onboarding milestones: 2 of 4 done');
    const items = [...panel.querySelectorAll(':scope > ul > li')];
    expect(items.map((li) => text(li.querySelector('.milestone-name')))).to.deep.equal([
      'Account set up', 'Data imported', 'Team trained', 'First report shared',
    ]);
    expect(text(items[0]!)).to.contain('done');
    expect(text(items[3]!)).to.contain('not done yet');
    const details = panel.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Purchase milestones: 3 of 3 done');
  });

  it('shows a closed disclosure\'s milestones when it is opened', async () => {
    const el = await tracker(journey({ milestonesDone: 2 }));
    const details = $(el, '[part="milestones"] details') as HTMLDetailsElement;
    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const items = [...details.querySelectorAll('li')];
    expect(items.map((li) => [text(li.querySelector('.milestone-name')), text(li.querySelector('.when'))])).to.deep.equal([
      ['Contract signed', '(done)'], ['Success plan agreed', '(done)'], ['Sales-to-success handoff', '(done)'],
    ]);
    expect(items.every((li) => li.getBoundingClientRect().height > 0)).to.equal(true);
    await expect(el).to.be.accessible();
    // Closed again and reopened, it keeps what it made.
    details.open = false;
    await oneEvent(details, 'toggle');
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    expect(details.querySelectorAll('li')).to.have.length(3);
  });

  it('calls out the next step', async () => {
    const el = await tracker(journey());
    expect(text($(el, '[part="next-step"]'))).to.equal('Next step: Book the admin training session for your team');
  });

  it('marks a blocked stage in words and announces no current step', async () => {
    const el = await tracker(journey({ blocked: true }));
    const blocked = $(el, 'li[part~="blocked"]')!;
    expect(text(blocked.querySelector('[part="status"]'))).to.equal('Blocked');
    expect($(el, '[aria-current]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('compact variant keeps every stage in the list but hides milestones and timing', async () => {
    const el = await tracker(journey({ daysInStage: 110, progress: 0.2 }), { variant: 'compact' });
    expect($$(el, 'li[part~="stage"]')).to.have.length(7);
    expect($(el, '[part="milestones"]')).to.equal(null);
    expect($(el, '[part="timing"]')).to.equal(null);
    expect(el.getAttribute('variant')).to.equal('compact');
    // Words stay in the list for screen readers, out of the narrow columns.
    const hidden = $(el, 'li[part~="upcoming"] [part="label"]')!;
    expect(hidden.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
    expect(text(hidden)).to.equal('Adoption');
    expect(text($(el, '[aria-current="step"]'))).to.contain('At risk: 20 days past its window');
    // The open stage's status, risk and progress show under the row.
    expect(text($(el, '.compact-detail'))).to.equal('In progress At risk: 20 days past its window');
    expect($(el, '[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('20');
    await expect(el).to.be.accessible();
  });

  it('lays stages out horizontally or vertically, and auto follows the container width', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <wm-stage-tracker .now=${NOW} .data=${journey()}></wm-stage-tracker>
    </div>`);
    const el = wrap.querySelector('wm-stage-tracker')!;
    await el.updateComplete;
    const tops = () => $$(el, '[part="marker"]').map((m) => Math.round(m.getBoundingClientRect().top));
    expect(new Set(tops()).size).to.equal(1);
    wrap.style.width = '320px';
    await aTimeout(50);
    await el.updateComplete;
    expect($(el, '.base')!.classList.contains('vertical')).to.equal(true);
    expect(new Set(tops()).size).to.equal(7);
    el.orientation = 'horizontal';
    await el.updateComplete;
    expect(new Set(tops()).size).to.equal(1);
    expect(el.getAttribute('orientation')).to.equal('horizontal');
  });

  it('formats progress for the locale', async () => {
    const el = await tracker(journey({ progress: 0.55 }), { locale: 'de' });
    expect(text($(el, '.pct'))).to.match(/55\s%/);
  });
});

describe('wm-stage-tracker: selectable', () => {
  it('moves focus with arrow keys, Home and End, and selects with Enter', async () => {
    const el = await tracker(journey(), { selectable: true });
    const buttons = $$<HTMLButtonElement>(el, 'button.stage-button');
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([-1, -1, -1, 0, -1, -1, -1]);
    buttons[3]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[4]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[2]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[6]);
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = await oneEvent(el, 'wm-stage-select');
    expect(ev.detail.stage.id).to.equal('awareness');
    expect(ev.bubbles && ev.composed).to.equal(true);
    await el.updateComplete;
    expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('true');
    expect(buttons[0]!.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows the selected stage milestones', async () => {
    const el = await tracker(journey(), { selectable: true, selected: 'purchase' });
    expect(text($(el, '.milestones-title'))).to.equal('Purchase milestones: 3 of 3 done');
  });

  it('an opened disclosure stays with its stage when selecting another stage shifts the disclosures', async () => {
    const base = lifecycleJourney({ now: NOW }) as Journey;
    // Every stage with a checklist of its own, so there are several disclosures to shift.
    const data = { ...base, stages: base.stages.map((st) => ({ ...st, milestones: st.milestones ?? [{ id: `${st.id}-m`, name: `${st.name} checked`, done: st.status === 'done' }] })) };
    const el = await tracker(data, { selectable: true });
    const disclosures = () => $$<HTMLDetailsElement>(el, 'details.other-milestones');
    const before = disclosures().map((d) => d.dataset['stage']!);
    expect(before.length, 'stages with milestones in disclosures').to.be.greaterThan(1);
    const [first, second] = before as [string, string];
    disclosures()[1]!.open = true;
    await oneEvent(disclosures()[1]!, 'toggle');
    await el.updateComplete;
    // Selecting the first shows its milestones above, so every disclosure after it moves up a place.
    el.selected = first;
    await el.updateComplete;
    const open = disclosures().filter((d) => d.open);
    expect(open.map((d) => d.dataset['stage'])).to.deep.equal([second]);
    expect(open[0]!.querySelectorAll('.milestone-name').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('swaps left and right in right-to-left layouts', async () => {
    const wrap = await fixture(html`<div dir="rtl"><wm-stage-tracker .now=${NOW} selectable .data=${journey()}></wm-stage-tracker></div>`);
    const el = wrap.firstElementChild as StageTracker;
    await el.updateComplete;
    const buttons = $$<HTMLButtonElement>(el, 'button.stage-button');
    buttons[3]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[4]);
    await expect(el).to.be.accessible();
  });

  it('is not focusable stage by stage without selectable', async () => {
    const el = await tracker(journey());
    expect($$(el, 'button')).to.have.length(0);
  });
});

describe('wm-stage-tracker: theme', () => {
  it('renders in dark mode when an ancestor asks for it', async () => {
    const wrap = await fixture(html`<div data-wm-theme="dark"><wm-stage-tracker .data=${journey()}></wm-stage-tracker></div>`);
    const el = wrap.firstElementChild as StageTracker;
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    const bg = getComputedStyle($(el, '.base')!).backgroundColor;
    expect(bg).to.equal('rgb(21, 24, 28)');
    await expect(el).to.be.accessible();
  });
});

describe('wm-stage-tracker: live updates', () => {
  it('re-renders when the adapter watch reports a change', async () => {
    const adapter = new MemoryAdapter({ journeys: [onboardingJourney({ done: 1, now: NOW })] });
    const el = await fixture<StageTracker>(html`<wm-stage-tracker .now=${NOW} journey="onboarding" customer="northwind" .adapter=${adapter}></wm-stage-tracker>`);
    await partRendered(el, 'stage');
    expect(text($(el, '[aria-current="step"] [part="label"]'))).to.equal('Set up');
    const loaded = oneEvent(el, 'wm-load');
    adapter.setJourney(onboardingJourney({ done: 3, now: NOW }));
    const ev = await loaded;
    expect((ev.detail.data as Journey).stages[1]!.status).to.equal('current');
    await el.updateComplete;
    expect(text($(el, '[aria-current="step"] [part="label"]'))).to.equal('Connect data');
  });

  it('stops watching when disconnected', async () => {
    const adapter = new MemoryAdapter({ journeys: [onboardingJourney({ done: 1, now: NOW })] });
    let unsubscribed = 0;
    const watch = adapter.watch.bind(adapter);
    adapter.watch = (t, cb) => {
      const stop = watch(t, cb);
      return () => {
        unsubscribed++;
        stop();
      };
    };
    const el = await fixture<StageTracker>(html`<wm-stage-tracker journey="onboarding" .adapter=${adapter}></wm-stage-tracker>`);
    await partRendered(el, 'stage');
    el.remove();
    expect(unsubscribed).to.equal(1);
  });
});
