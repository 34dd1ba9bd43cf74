import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/elements/maturity-scan/define.js';
import '../src/elements/stage-tracker/define.js';
import '../src/elements/score-gauge/define.js';
import type { ScoreGauge } from '../src/elements/score-gauge/score-gauge.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import type { StageTracker } from '../src/elements/stage-tracker/stage-tracker.js';
import { DEVTOOLS, describeIn } from './helpers/engine.js';
import { $, deferredAdapter, partRendered } from './helpers/setup.js';

const style = (el: Element | null) => getComputedStyle(el!);

async function scan(duration?: string) {
  localStorage.clear();
  const el = await fixture<MaturityScan>(html`<wm-maturity-scan autosave="off" style=${duration ? `--wm-duration: ${duration}` : ''}></wm-maturity-scan>`);
  await partRendered(el, 'question');
  return el;
}

/** A tracker that stays in its loading state (spinner) until the test lets it go. */
async function loading(duration?: string) {
  const { adapter } = deferredAdapter();
  const el = await fixture<StageTracker>(html`<wm-stage-tracker
    journey="j" .adapter=${adapter} style=${duration ? `--wm-duration: ${duration}` : ''}
  ></wm-stage-tracker>`);
  await partRendered(el, 'loading');
  return el;
}

describe('motion: --wm-duration', () => {
  it('times the answer options at 200 ms by default', async () => {
    const option = $(await scan(), '[part="option"]');
    expect(style(option).transitionDuration).to.equal('0.2s');
    expect(style(option).transitionProperty).to.contain('background-color');
  });

  it('follows --wm-duration, and 0s turns the transitions off', async () => {
    expect(style($(await scan('350ms'), '[part="option"]')).transitionDuration).to.equal('0.35s');
    expect(style($(await scan('0s'), '[part="option"]')).transitionDuration).to.equal('0s');
    const el = await scan();
    el.style.setProperty('--wm-duration', '0s');
    expect(style($(el, '[part="option"]')).transitionDuration).to.equal('0s');
  });

  it('turns the loading spinner once every four durations', async () => {
    const spinner = (el: Element) => style($(el, '[part="loading"] .spinner'));
    expect(spinner(await loading()).animationDuration).to.equal('0.8s');
    expect(spinner(await loading()).animationName).to.equal('wm-spin');
    expect(spinner(await loading('100ms')).animationDuration).to.equal('0.4s');
    expect(spinner(await loading('0s')).animationDuration).to.equal('0s');
  });
});

/** The needle's sweep after the value moves from 20 to 60, or undefined when it just moves. */
async function sweep(duration?: string) {
  const el = await fixture<ScoreGauge>(html`<wm-score-gauge kind="health" value="20"
    style=${duration ? `--wm-duration: ${duration}` : ''}></wm-score-gauge>`);
  await partRendered(el, 'needle');
  el.value = 60;
  await waitUntil(() => $(el, '[role="meter"]')?.getAttribute('aria-valuenow') === '60', 'the gauge shows 60');
  return $(el, '[part="needle"]')!.getAnimations()[0]?.effect?.getTiming().duration;
}

describe('motion: scripted animations', () => {
  it('sweeps the gauge needle over three durations, and not at all with 0s', async () => {
    expect(await sweep()).to.equal(600);
    expect(await sweep('100ms')).to.equal(300);
    expect(await sweep('0s')).to.equal(undefined);
  });
});

describeIn(['chromium'], DEVTOOLS, 'motion: prefers-reduced-motion', () => {
  beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('switches transitions and the spinner off, whatever --wm-duration says', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    for (const option of [$(await scan(), '[part="option"]'), $(await scan('1s'), '[part="option"]')]) {
      expect(style(option).transitionProperty).to.equal('none');
      expect(style(option).transitionDuration).to.equal('0s');
    }
    const spinner = style($(await loading(), '[part="loading"] .spinner'));
    expect(spinner.animationName).to.equal('none');
    expect(await sweep('1s')).to.equal(undefined);
  });
});
