import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/elements/maturity-scan/define.js';
import '../src/elements/data-source/define.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import type { MaturityScanDefinition } from '../src/data/scans/schema.js';
import type { WaymarkAdapter } from '../src/data/adapters/types.js';
import { WaymarkError } from '../src/data/errors.js';
import { journeyManagementScan } from '../src/data/scans/journey-management.js';
import { $, $$, partRendered, text } from './helpers/setup.js';

/** A small custom scan: two dimensions, three questions, a "not applicable" option. */
const custom: MaturityScanDefinition = {
  id: 'service-check',
  title: 'Service check',
  scale: { min: 1, max: 4, labels: ['Never', 'Sometimes', 'Often', 'Always'], notApplicable: 'Does not apply' },
  dimensions: [{ id: 'care', name: 'Care' }, { id: 'speed', name: 'Speed' }],
  questions: [
    { id: 'c1', dimensionId: 'care', text: 'We call back when we promised to.', help: 'Count the last ten promises.' },
    { id: 'c2', dimensionId: 'care', text: 'Customers get one named contact.', weight: 2 },
    { id: 's1', dimensionId: 'speed', text: 'We answer within a day.' },
  ],
  levels: [
    { level: 1, name: 'Starting', minScore: 0, summary: 'Early days.', recommendations: ['Start measuring.'] },
    { level: 2, name: 'Growing', minScore: 50, summary: 'Getting there.', recommendations: ['Keep going.'] },
  ],
};

const all = (value: number) => Object.fromEntries(journeyManagementScan.questions.map((q) => [q.id, value]));

async function scan(template = html`<wm-maturity-scan autosave="off"></wm-maturity-scan>`) {
  localStorage.clear();
  const el = await fixture<MaturityScan>(template);
  await partRendered(el, 'question');
  return el;
}

const radios = (el: Element, name?: string) =>
  $$<HTMLInputElement>(el, name ? `input[name="${name}"]` : 'input[type="radio"]');
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const button = (el: Element, label: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);

describe('wm-maturity-scan: the built-in scan', () => {
  it('needs no data source: page 1 of 6 shows the first dimension as labelled radio groups', async () => {
    const el = await scan();
    expect(el.getAttribute('scan')).to.equal('journey-management');
    expect(text($(el, '[part="title"]'))).to.equal('Journey management maturity scan');
    expect(text($(el, '.step'))).to.equal('Part 1 of 6');
    expect(text($(el, 'h3'))).to.equal('Customer insights');
    const groups = $$(el, 'fieldset[role="radiogroup"]');
    expect(groups).to.have.length(4);
    const labels = [...groups[0]!.querySelectorAll('label')].map((l) => text(l));
    expect(labels).to.deep.equal(['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree']);
    expect(text(groups[0]!.querySelector('legend'))).to.match(/^1\. We collect customer feedback/);
    expect($(el, '[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal('0 of 20 answered');
    await expect(el).to.be.accessible();
  });

  it('has 20 questions in six dimensions, five levels and advice for every dimension and level', () => {
    const s = journeyManagementScan;
    expect(s.questions).to.have.length(20);
    expect(s.dimensions).to.have.length(6);
    expect(s.levels.map((l) => l.name)).to.deep.equal(['Intuition-driven', 'Fragmented', 'Coordinated', 'Scalable', 'Excellence']);
    for (const d of s.dimensions) expect(Object.keys(d.recommendations ?? {}), d.id).to.deep.equal(['1', '2', '3', '4', '5']);
  });
});

describe('wm-maturity-scan: keyboard', () => {
  it('Tab enters a question, arrow keys move and select, and Tab comes back to the checked option', async () => {
    const el = await scan();
    const first = radios(el, 'insights-every-stage');
    first[0]!.focus();
    const changed = oneEvent(el, 'wm-scan-change');
    await sendKeys({ press: 'ArrowRight' });
    const { detail } = await changed;
    expect(focused(el)).to.equal(first[1]);
    expect(first[1]!.checked).to.equal(true);
    expect(detail.response.answers).to.deep.equal({ 'insights-every-stage': 2 });
    expect(detail.progress).to.equal(1 / 20);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.deep.equal({ 'insights-every-stage': 4 });
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLInputElement).name).to.equal('insights-linked');
    await executeServerCommand('press-chord', { keys: ['Shift', 'Tab'] });
    expect(focused(el)).to.equal(first[3]);
    await el.updateComplete;
    expect($(el, '[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('1');
  });

  it('moves the other way in right-to-left layouts, where the next option is on the left', async () => {
    const wrap = await fixture(html`<div dir="rtl"><wm-maturity-scan autosave="off"></wm-maturity-scan></div>`);
    const el = wrap.firstElementChild as MaturityScan;
    await partRendered(el, 'question');
    const first = radios(el, 'insights-every-stage');
    first[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal(first[1]);
    expect(first[1]!.checked).to.equal(true);
    expect(el.value).to.deep.equal({ 'insights-every-stage': 2 });
    expect(first[1]!.getBoundingClientRect().left).to.be.below(first[0]!.getBoundingClientRect().left);
    // ArrowRight goes back towards the start, and on from the first option round to the last,
    // in every engine (WebKit's own radio groups ignore the direction).
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(first[0]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(first[4]);
    expect(el.value).to.deep.equal({ 'insights-every-stage': 5 });
    // Up and Down keep their meaning whatever the direction: Down is the next option, here round to the first.
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(first[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(first[4]);
    await expect(el).to.be.accessible();
  });
});

describe('wm-maturity-scan: pages and validation', () => {
  it('Next and Back move a page at a time, keep the answers and focus the page heading', async () => {
    const el = await scan();
    radios(el, 'insights-linked')[2]!.click();
    button(el, 'Next')!.click();
    await el.updateComplete;
    expect(text($(el, '.step'))).to.equal('Part 2 of 6');
    expect(focused(el)).to.equal($(el, 'h3'));
    expect(text($(el, 'h3'))).to.equal('Journey framework');
    button(el, 'Back')!.click();
    await el.updateComplete;
    expect(radios(el, 'insights-linked')[2]!.checked).to.equal(true);
  });

  it('with required, Next says which questions are unanswered and moves focus to the first', async () => {
    const el = await scan(html`<wm-maturity-scan autosave="off" required></wm-maturity-scan>`);
    radios(el, 'insights-every-stage')[3]!.click();
    radios(el, 'insights-personas')[3]!.click();
    button(el, 'Next')!.click();
    await el.updateComplete;
    const alert = $(el, '[part="validation"][role="alert"]')!;
    expect(text(alert)).to.contain('2 questions still need an answer');
    expect([...alert.querySelectorAll('button')].map((b) => text(b))).to.deep.equal(['Question 2', 'Question 4']);
    expect(text($(el, '.step'))).to.equal('Part 1 of 6');
    expect(focused(el)).to.equal(radios(el, 'insights-linked')[0]);
    const invalid = $$(el, 'fieldset[aria-invalid="true"]');
    expect(invalid.map((f) => f.getAttribute('aria-describedby'))).to.deep.equal(['q2-error', 'q4-error']);
    await expect(el).to.be.accessible();
    // Answering one clears its mark; the list follows.
    radios(el, 'insights-linked')[0]!.click();
    await el.updateComplete;
    expect($$(el, '[part~="invalid"]')).to.have.length(1);
    $$<HTMLButtonElement>(el, '[part="validation"] button')[0]!.click();
    await el.updateComplete;
    expect(focused(el)).to.equal(radios(el, 'insights-speed')[0]);
  });

  it('single mode shows every question; See my result lists all unanswered and focuses the first', async () => {
    const el = await scan(html`<wm-maturity-scan autosave="off" mode="single" required></wm-maturity-scan>`);
    expect($$(el, 'fieldset')).to.have.length(20);
    expect($$(el, 'section h3').map((h) => text(h))).to.have.length(6);
    el.value = { ...all(3), 'framework-shared': undefined as unknown as number, 'technology-frontline': 9 };
    button(el, 'See my result')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="validation"]'))).to.contain('2 questions still need an answer');
    expect(focused(el)).to.equal(radios(el, 'framework-shared')[0]);
  });

  it('without required, a result needs only one answer, and says it is partial', async () => {
    const el = await scan(html`<wm-maturity-scan autosave="off" mode="single"></wm-maturity-scan>`);
    button(el, 'See my result')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="validation"]'))).to.contain('Answer at least one question to see your result.');
    radios(el, 'ownership-roles')[4]!.click();
    const result = await el.submit();
    expect(result?.score).to.equal(100);
    await el.updateComplete;
    expect(text($(el, '.partial'))).to.equal('Based on 1 of 20 questions; the others were not answered or do not apply.');
  });
});

describe('wm-maturity-scan: result', () => {
  it('tells the level in words, scores by dimension in a table, strengths, gaps and where to start', async () => {
    const el = await scan();
    // Customer insights all 5, technology all 1, the rest 3 (Neutral).
    const answers = all(3);
    for (const q of journeyManagementScan.questions) {
      if (q.dimensionId === 'insights') answers[q.id] = 5;
      if (q.dimensionId === 'technology') answers[q.id] = 1;
    }
    el.value = answers;
    const complete = oneEvent(el, 'wm-scan-complete');
    const result = await el.submit();
    const { detail } = await complete;
    expect(detail.result).to.deep.equal(result);
    await el.updateComplete;
    // (4·100 + 13·50 + 3·0) / 20 = 52.5: level 3.
    expect(result!.score).to.equal(52.5);
    expect(text($(el, '[part="level"]'))).to.equal('Level 3 of 5: Coordinated');
    expect(text($(el, '[part="score"]'))).to.equal('Overall score 53 out of 100');
    expect(text($(el, '[part="summary"]'))).to.match(/^Teams work together around customer feedback/);
    expect(focused(el)).to.equal($(el, '#result-title'));
    const rows = $$(el, 'tbody tr').map((r) => text(r));
    expect(rows[0]).to.equal('Customer insights 100 5 · Excellence');
    expect(rows[5]).to.equal('Data and technology 0 1 · Intuition-driven');
    expect(text($(el, '[part="strengths"]'))).to.equal('Customer insights: 100 of 100, level 5 (Excellence)');
    expect(text($(el, '[part="gaps"]'))).to.equal('Data and technology: 0 of 100, level 1 (Intuition-driven)');
    expect($$(el, '[part="recommendations"] h5').map((h) => text(h))).to.deep.equal(['Data and technology', 'Across the organisation']);
    const advice = $$(el, '[part="recommendations"] li').map((li) => text(li));
    expect(advice[0]).to.equal('Map where customer data lives today and who can see it.');
    expect(advice.slice(1)).to.deep.equal(journeyManagementScan.levels[2]!.recommendations);
    // Nothing to save to and autosave off: the result stands alone.
    expect($(el, '[part~="save-status"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws the scores as a radar (chart.js loaded on demand) and removes it on Start again', async () => {
    const el = await scan();
    el.value = all(4);
    await el.submit();
    await el.updateComplete;
    const canvas = $<HTMLCanvasElement>(el, '[part="chart"] canvas')!;
    expect($(el, '[part="chart"]')!.getAttribute('aria-hidden')).to.equal('true');
    const { Chart } = await import('chart.js');
    await waitUntil(() => Chart.getChart(canvas), 'the radar');
    const chart = Chart.getChart(canvas)!;
    expect((chart.config as { type?: string }).type).to.equal('radar');
    // Long names are drawn on two lines.
    expect(chart.data.labels!.map((l) => [l].flat().join(' '))).to.deep.equal(journeyManagementScan.dimensions.map((d) => d.name));
    expect(chart.data.labels![4]).to.deep.equal(['Organisation', 'and ownership']);
    expect(chart.data.datasets[0]!.data).to.deep.equal([75, 75, 75, 75, 75, 75]);
    button(el, 'Start again')!.click();
    await el.updateComplete;
    expect(Chart.getChart(canvas)).to.equal(undefined);
  });

  it('Start again clears the answers and goes back to the first page', async () => {
    const el = await scan();
    el.value = all(4);
    await el.submit();
    await el.updateComplete;
    const changed = oneEvent(el, 'wm-scan-change');
    button(el, 'Start again')!.click();
    expect((await changed).detail.progress).to.equal(0);
    await el.updateComplete;
    expect(el.value).to.deep.equal({});
    expect(text($(el, '.step'))).to.equal('Part 1 of 6');
    expect(radios(el).some((r) => r.checked)).to.equal(false);
  });

  it('shows each level of the built-in scan in words', async () => {
    const el = await scan();
    for (const [answer, name] of [[1, 'Intuition-driven'], [2, 'Fragmented'], [3, 'Coordinated'], [4, 'Scalable'], [5, 'Excellence']] as const) {
      el.reset();
      el.value = all(answer);
      await el.submit();
      await el.updateComplete;
      expect(text($(el, '.level-name'))).to.equal(name);
    }
  });
});

describe('wm-maturity-scan: definitions and states', () => {
  it('a definition from an adapter replaces the built-in one, with its scale and a not-applicable option', async () => {
    const adapter: WaymarkAdapter = { scan: async (ref) => ({ ...custom, id: ref.scan }) };
    const el = await scan(html`<wm-maturity-scan autosave="off" scan="service-check" .adapter=${adapter}></wm-maturity-scan>`);
    expect(text($(el, '[part="title"]'))).to.equal('Service check');
    expect($$(el, 'fieldset')[0]!.querySelectorAll('input')).to.have.length(5);
    expect(text($$(el, 'label').at(-1)!)).to.equal('Does not apply');
    expect(text($(el, '.help'))).to.equal('Count the last ten promises.');
    el.value = { c1: 4, c2: 0, s1: 1 };
    const result = await el.submit();
    // c2 does not apply: care = 100, speed = 0, overall = (100 + 0) / 2 = 50.
    expect(result).to.deep.equal({
      score: 50, level: 2,
      byDimension: [{ dimensionId: 'care', score: 100, level: 2 }, { dimensionId: 'speed', score: 0, level: 1 }],
    });
    await el.updateComplete;
    expect($(el, 'canvas')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('definition is the scan in use; setting it shows another; reload keeps the answers of the same scan', async () => {
    const el = await scan();
    expect(el.definition?.id).to.equal('journey-management');
    el.value = { 'insights-linked': 2 };
    await el.reload();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ 'insights-linked': 2 });
    el.definition = custom;
    await partRendered(el, 'question');
    await el.updateComplete;
    expect(el.definition?.id).to.equal('service-check');
    expect(el.data).to.equal(custom);
    expect(text($(el, '[part="title"]'))).to.equal('Service check');
    expect(el.value).to.deep.equal({});
  });

  it('falls back to the built-in scan when the adapter has no scans or does not know it', async () => {
    const notFound: WaymarkAdapter = { scan: () => Promise.reject(new WaymarkError('not-found', 'No scan here.')) };
    for (const adapter of [{} as WaymarkAdapter, notFound]) {
      const el = await scan(html`<wm-maturity-scan autosave="off" .adapter=${adapter}></wm-maturity-scan>`);
      expect(text($(el, '[part="title"]'))).to.equal('Journey management maturity scan');
    }
  });

  it('renders questions and labels as text, never as markup', async () => {
    const data = { ...custom, title: '<img src=x onerror=alert(1)>', questions: [{ ...custom.questions[0]!, text: '<b>bold</b>' }] };
    const el = await scan(html`<wm-maturity-scan autosave="off" .data=${data}></wm-maturity-scan>`);
    expect($(el, 'img, b')).to.equal(null);
    expect(text($(el, 'legend'))).to.equal('1. <b>bold</b>');
  });
});
