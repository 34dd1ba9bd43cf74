import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/maturity-scan/define.js';
import type { MaturityScan } from '../../src/elements/maturity-scan/maturity-scan.js';
import type { MaturityScanDefinition } from '../../src/data/scans/schema.js';
import type { WaymarkAdapter } from '../../src/data/adapters/types.js';
import type { ScanResponse } from '../../src/data/schema.js';
import { WaymarkError } from '../../src/data/errors.js';
import { journeyManagementScan } from '../../src/data/scans/journey-management.js';
import { $, $$, partRendered, text } from '../helpers/setup.js';

const questions = journeyManagementScan.questions;
const all = (value: number) => Object.fromEntries(questions.map((q) => [q.id, value]));
/** Insights all 5, technology all 1, the rest 3: 52.5 overall, level 3, one strength and one gap. */
const mixed = () => {
  const answers = all(3);
  for (const q of questions) {
    if (q.dimensionId === 'insights') answers[q.id] = 5;
    if (q.dimensionId === 'technology') answers[q.id] = 1;
  }
  return answers;
};

const custom: MaturityScanDefinition = {
  id: 'service-check',
  title: 'Service check',
  scale: { min: 1, max: 2, labels: ['Never', 'Always'], notApplicable: '' },
  dimensions: [{ id: 'care', name: 'Care' }, { id: 'speed', name: 'Speed' }],
  questions: [
    { id: 'c1', dimensionId: 'care', text: 'We call back when we promised to.' },
    { id: 's1', dimensionId: 'speed', text: 'We answer within a day.' },
  ],
  levels: [{ level: 1, name: 'Starting', minScore: 0, summary: 'Early days.', recommendations: [] }],
};

async function scan(template: TemplateResult) {
  const el = await fixture<MaturityScan>(template);
  await partRendered(el, 'base');
  return el;
}

const shadowText = (el: Element) => text($(el, '[part="base"]'));
const button = (el: Element, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);
const radios = (el: Element, name: string) => $$<HTMLInputElement>(el, `input[name="${name}"]`);
const step = (el: Element) => text($(el, '.step'));
/** Lets the lang observer see an attribute change, then waits for the render. */
const relang = async (wrap: HTMLElement, lang: string, el: MaturityScan) => {
  wrap.lang = lang;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};
const noEnglish = (el: Element, phrases: string[]) => {
  const shown = shadowText(el);
  for (const english of phrases) expect(shown, english).not.to.contain(english);
};

/** An adapter whose saves fail `failures` times the given way, then succeed; counts the saves. */
function saver(failures: number, error: () => unknown) {
  const saved: ScanResponse[] = [];
  let calls = 0;
  const adapter: WaymarkAdapter = {
    saveScanResponse: async (r) => {
      if (++calls <= failures) throw error();
      saved.push(r);
    },
  };
  return { adapter, saved };
}

beforeEach(() => localStorage.clear());

describe('wm-maturity-scan: locales, the questions', () => {
  it('asks the built-in scan in German with locale="de": title, intro, scale, questions, progress, navigation', async () => {
    const el = await scan(html`<wm-maturity-scan locale="de"></wm-maturity-scan>`);
    expect(text($(el, '[part="title"]'))).to.equal('Reifegrad-Scan Journey Management');
    expect(text($(el, '.intro'))).to.match(/^Zwanzig Aussagen, etwa drei Minuten\./);
    expect(text($(el, '.autosave'))).to.equal('Ihre Antworten werden beim Ausfüllen 30 Tage lang auf diesem Gerät gespeichert.');
    expect(step(el)).to.equal('Teil 1 von 6');
    expect(text($(el, 'h3'))).to.equal('Kundenverständnis');
    expect(text($(el, '.description'))).to.equal('Wie Sie erfahren, was Kunden in jeder Phase ihrer Journey erleben.');
    const first = $$(el, 'fieldset')[0]!;
    expect([...first.querySelectorAll('label')].map((l) => text(l))).to.deep.equal([
      'Stimme überhaupt nicht zu', 'Stimme nicht zu', 'Neutral', 'Stimme zu', 'Stimme voll und ganz zu',
    ]);
    expect(text(first.querySelector('legend'))).to.match(/^1\. Wir erheben Kundenfeedback in jeder Phase/);
    const bar = $(el, '[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).to.equal('Beantwortete Fragen');
    expect(bar.getAttribute('aria-valuetext')).to.equal('0 von 20 beantwortet');
    expect(button(el, 'Weiter')).to.exist;
    noEnglish(el, ['Journey management maturity scan', 'Twenty statements', 'Part ', 'Customer insights', 'Strongly', 'Disagree', 'answered', 'Next', 'saved on this device']);
    await expect(el).to.be.accessible();
  });

  it('says in Dutch what is still open, with the browser validation message in Dutch too', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><wm-maturity-scan locale="nl" required autosave="off"></wm-maturity-scan></form>`);
    const scanEl = form.querySelector('wm-maturity-scan') as MaturityScan;
    await partRendered(scanEl, 'question');
    radios(scanEl, 'insights-every-stage')[3]!.click();
    radios(scanEl, 'insights-personas')[3]!.click();
    button(scanEl, 'Volgende')!.click();
    await scanEl.updateComplete;
    const alert = $(scanEl, '[part="validation"]')!;
    expect(text(alert.querySelector('p'))).to.equal('2 vragen hebben nog geen antwoord:');
    expect([...alert.querySelectorAll('button')].map((b) => text(b))).to.deep.equal(['Vraag 2', 'Vraag 4']);
    expect($$(scanEl, '[part="question-error"]').map((p) => text(p))).to.deep.equal(['Kies een antwoord.', 'Kies een antwoord.']);
    // The form's message counts the whole scan.
    expect(scanEl.validationMessage).to.equal('18 vragen hebben nog geen antwoord.');
    expect(text(alert)).to.contain('Inzichten bereiken binnen dagen');
    radios(scanEl, 'insights-linked')[0]!.click();
    await scanEl.updateComplete;
    expect(text($(scanEl, '[part="validation"] p'))).to.equal('1 vraag heeft nog geen antwoord:');
    noEnglish(scanEl, ['question', 'Choose an answer', 'Question', 'still need']);
    await expect(scanEl).to.be.accessible();
  });

  it('shows a custom definition as given, with the element around it translated and "not applicable" worded', async () => {
    const el = await scan(html`<wm-maturity-scan locale="de" autosave="off" mode="single" .data=${custom}></wm-maturity-scan>`);
    expect(text($(el, '[part="title"]'))).to.equal('Service check');
    expect($$(el, 'h3').map((h) => text(h))).to.deep.equal(['Care', 'Speed']);
    expect($$(el, 'fieldset')[0]!.querySelectorAll('label')).to.have.length(3);
    expect([...$$(el, 'fieldset')[0]!.querySelectorAll('label')].map((l) => text(l))).to.deep.equal(['Never', 'Always', 'Nicht zutreffend']);
    button(el, 'Mein Ergebnis anzeigen')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="validation"] p'))).to.equal('Beantworten Sie mindestens eine Frage, um Ihr Ergebnis zu sehen.');
    radios(el, 'c1')[1]!.click();
    await el.submit();
    await el.updateComplete;
    expect(text($(el, '.level-name'))).to.equal('Starting');
    expect(text($(el, '.partial'))).to.equal(
      'Basierend auf 1 von 2 Fragen; die übrigen wurden nicht beantwortet oder treffen nicht zu.',
    );
  });
});

describe('wm-maturity-scan: locales, the result', () => {
  it('tells the German result: level, score, table, strengths, gaps, where to start, and the radar', async () => {
    const el = await scan(html`<wm-maturity-scan locale="de" autosave="off"></wm-maturity-scan>`);
    el.value = mixed();
    await el.submit();
    await el.updateComplete;
    expect(text($(el, '#result-title'))).to.equal('Ihr Ergebnis');
    expect(text($(el, '[part="level"]'))).to.equal('Stufe 3 von 5: Koordiniert');
    expect(text($(el, '[part="score"]'))).to.equal('Gesamtpunktzahl 53 von 100');
    expect(text($(el, '[part="summary"]'))).to.match(/^Teams arbeiten rund um Kundenfeedback zusammen/);
    expect(text($(el, 'caption'))).to.equal('Punktzahl nach Dimension');
    expect($$(el, 'thead th').map((t) => text(t))).to.deep.equal(['Dimension', 'Punktzahl', 'Stufe']);
    const rows = $$(el, 'tbody tr').map((r) => text(r));
    expect(rows[0]).to.equal('Kundenverständnis 100 5 · Exzellenz');
    expect(rows[5]).to.equal('Daten und Technologie 0 1 · Intuitionsgetrieben');
    expect($$(el, 'h4').map((h) => text(h))).to.deep.equal(['Stärken', 'Lücken', 'Erste Schritte']);
    expect(text($(el, '[part="strengths"]'))).to.equal('Kundenverständnis: 100 von 100, Stufe 5 (Exzellenz)');
    expect(text($(el, '[part="gaps"]'))).to.equal('Daten und Technologie: 0 von 100, Stufe 1 (Intuitionsgetrieben)');
    expect($$(el, '[part="recommendations"] h5').map((h) => text(h))).to.deep.equal(['Daten und Technologie', 'In der gesamten Organisation']);
    const advice = $$(el, '[part="recommendations"] li').map((li) => text(li));
    expect(advice[0]).to.equal('Erfassen Sie, wo Kundendaten heute liegen und wer sie einsehen kann.');
    expect(advice[1]).to.match(/^Priorisieren Sie Verbesserungsideen/);
    expect(text($(el, '[part="restart"]'))).to.equal('Neu beginnen');
    noEnglish(el, ['Your result', 'Level', 'Overall score', 'Coordinated', 'Scores by dimension', 'Strengths', 'Gaps', 'Where to start', 'Across the organisation', 'Map where customer data', 'Start again', ' of 100']);
    await expect(el).to.be.accessible();

    // The radar: German axis labels, and its tooltip (called by chart.js long after the render) in German.
    const canvas = $<HTMLCanvasElement>(el, '[part="chart"] canvas')!;
    const { Chart } = await import('chart.js');
    await waitUntil(() => Chart.getChart(canvas), 'the radar');
    const chart = Chart.getChart(canvas)!;
    expect(chart.data.labels!.map((l) => [l].flat().join(' '))).to.deep.equal([
      'Kundenverständnis', 'Journey-Framework', 'Priorisierung', 'Messung', 'Organisation und Verantwortung', 'Daten und Technologie',
    ]);
    expect(chart.data.datasets[0]!.label).to.equal('Punktzahl');
    const tooltip = chart.options.plugins!.tooltip!.callbacks!.label as unknown as (item: unknown) => string;
    expect(tooltip.call(chart.tooltip, { parsed: { r: 52.5 } })).to.equal('53 von 100');
  });

  it('tells the Dutch save states: saved here, retrying in seconds, offline, failed with retry', async () => {
    const here = await scan(html`<wm-maturity-scan locale="nl" respondent="nl-local"></wm-maturity-scan>`);
    here.value = all(4);
    await here.submit();
    await here.updateComplete;
    expect(text($(here, '[part~="save-status"]'))).to.equal('Je antwoorden zijn op dit apparaat opgeslagen.');
    expect(text($(here, '[part="level"]'))).to.equal('Niveau 4 van 5: Schaalbaar');
    expect(text($(here, '[part="score"]'))).to.equal('Totaalscore 75 van 100');

    const flaky = saver(1, () => new WaymarkError('network', 'The server answered 503.', 503));
    const retrying = await scan(html`<wm-maturity-scan locale="nl" respondent="nl-retry" .adapter=${flaky.adapter}></wm-maturity-scan>`);
    retrying.value = all(2);
    const done = retrying.submit();
    await waitUntil(() => $(retrying, '[part~="retrying"]'), 'retrying shown');
    expect(text($(retrying, '[part~="save-status"] p'))).to.match(
      /^We konden de server niet bereiken en proberen het over 1 seconde opnieuw\. Tot die tijd blijven je antwoorden op dit apparaat bewaard\.$/,
    );
    expect(button(retrying, 'Nu proberen'), 'Try now, in Dutch').to.exist;
    await expect(retrying).to.be.accessible();
    // Under load the axe check can outlast the one-second wait: the retry then ran by itself.
    button(retrying, 'Nu proberen')?.click();
    await done;
    await retrying.updateComplete;
    expect(text($(retrying, '[part~="save-status"]'))).to.equal('Je antwoorden zijn opgeslagen.');

    const offline = saver(1, () => new TypeError('Failed to fetch'));
    const away = await scan(html`<wm-maturity-scan locale="nl" respondent="nl-offline" .adapter=${offline.adapter}></wm-maturity-scan>`);
    away.value = all(3);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    let sent: Promise<unknown>;
    try {
      sent = away.submit();
      await waitUntil(() => $(away, '[part~="offline"]'), 'offline shown');
    } finally {
      delete (navigator as { onLine?: unknown }).onLine;
    }
    expect(text($(away, '[part~="save-status"] p'))).to.equal(
      'Je bent offline. Je antwoorden worden verstuurd zodra de verbinding terug is. Tot die tijd blijven ze op dit apparaat bewaard.',
    );
    expect(text($(away, '[part="retry-save"]'))).to.equal('Nu proberen');
    dispatchEvent(new Event('online'));
    await sent;

    const broken = saver(1, () => new WaymarkError('network', 'The server answered 400 Bad Request.', 400));
    const failed = await scan(html`<wm-maturity-scan locale="nl" respondent="nl-failed" .adapter=${broken.adapter}></wm-maturity-scan>`);
    failed.value = all(5);
    await failed.submit().catch(() => {});
    await failed.updateComplete;
    // The adapter's reason is data and stays as it came; the sentence around it is Dutch.
    expect(text($(failed, '[part~="save-status"] p'))).to.equal(
      'Je antwoorden konden niet worden opgeslagen: The server answered 400 Bad Request. Ze blijven op dit apparaat bewaard.',
    );
    expect(text($(failed, '[part="retry-save"]'))).to.equal('Opnieuw proberen');
    await expect(failed).to.be.accessible();
  });

  it('says in German when the browser would not keep the answers', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await scan(html`<wm-maturity-scan locale="de"></wm-maturity-scan>`);
      el.value = all(4);
      await el.submit().catch(() => {});
      await el.updateComplete;
      expect(text($(el, '[part~="save-status"] p'))).to.equal(
        'Ihre Antworten konnten nicht gespeichert werden: Dieser Browser erlaubt nicht, sie auf diesem Gerät aufzubewahren.',
      );
      expect(text($(el, '[part="retry-save"]'))).to.equal('Erneut versuchen');
    } finally {
      Storage.prototype.setItem = setItem;
      console.warn = warn;
    }
  });

  it('writes numbers in the locale and words in English for languages it does not speak', async () => {
    const el = await scan(html`<wm-maturity-scan locale="ar-EG" autosave="off"></wm-maturity-scan>`);
    expect(step(el)).to.equal('Part ١ of ٦');
    el.value = mixed();
    await el.submit();
    await el.updateComplete;
    expect(text($(el, '[part="score"]'))).to.equal('Overall score ٥٣ out of 100');
    expect(text($(el, '.level-name'))).to.equal('Coordinated');
  });
});

describe('wm-maturity-scan: locales, lang and language changes', () => {
  it('takes the nearest lang and, when it changes, re-words the scan keeping answers, page and draft', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="de"><section>
      <wm-maturity-scan respondent="lang"></wm-maturity-scan>
    </section></div>`);
    const el = wrap.querySelector<MaturityScan>('wm-maturity-scan')!;
    await partRendered(el, 'question');
    radios(el, 'insights-every-stage')[4]!.click();
    radios(el, 'insights-linked')[1]!.click();
    button(el, 'Weiter')!.click();
    await el.updateComplete;
    radios(el, 'framework-standard')[2]!.click();
    const answers = el.value;
    expect(step(el)).to.equal('Teil 2 von 6');
    expect(text($(el, 'h3'))).to.equal('Journey-Framework');

    await relang(wrap, 'nl-BE', el);
    expect(step(el)).to.equal('Deel 2 van 6');
    expect(text($(el, 'h3'))).to.equal('Journeyframework');
    expect(text($(el, '[part="title"]'))).to.equal('Volwassenheidsscan journeymanagement');
    expect(el.value).to.deep.equal(answers);
    expect(radios(el, 'framework-standard')[2]!.checked).to.equal(true);
    expect($(el, '[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal('3 van 20 beantwoord');
    expect(el.definition!.questions.map((q) => q.id)).to.deep.equal(questions.map((q) => q.id));
    await expect(el).to.be.accessible();

    await relang(wrap, 'en', el);
    expect(step(el)).to.equal('Part 2 of 6');
    expect(text($(el, 'h3'))).to.equal('Journey framework');
    expect(el.value).to.deep.equal(answers);

    // The draft, kept under one key whatever the language, resumes in another language.
    el.remove();
    const again = await scan(html`<wm-maturity-scan locale="nl" respondent="lang"></wm-maturity-scan>`);
    expect(again.value).to.deep.equal(answers);
    expect(step(again)).to.equal('Deel 2 van 6');
    expect(text($(again, '[part="notice"]'))).to.equal('Welkom terug: je 3 antwoorden zijn hersteld.');
  });

  it('re-words the result when the language changes, without storing the response again', async () => {
    const saves = saver(0, () => undefined);
    const wrap = await fixture<HTMLDivElement>(html`<div lang="nl">
      <wm-maturity-scan autosave="off" .adapter=${saves.adapter}></wm-maturity-scan>
    </div>`);
    const el = wrap.querySelector<MaturityScan>('wm-maturity-scan')!;
    await partRendered(el, 'question');
    el.value = mixed();
    const complete = oneEvent(el, 'wm-scan-complete');
    await el.submit();
    await complete;
    await el.updateComplete;
    expect(text($(el, '[part="level"]'))).to.equal('Niveau 3 van 5: Gecoördineerd');
    expect(text($(el, '[part~="save-status"]'))).to.equal('Je antwoorden zijn opgeslagen.');

    await relang(wrap, 'de', el);
    expect(text($(el, '[part="level"]'))).to.equal('Stufe 3 von 5: Koordiniert');
    expect(text($(el, '[part~="save-status"]'))).to.equal('Ihre Antworten sind gespeichert.');
    expect(text($(el, '[part="gaps"]'))).to.equal('Daten und Technologie: 0 von 100, Stufe 1 (Intuitionsgetrieben)');
    await el.submit();
    expect(saves.saved).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('lets a German and a Dutch scan share one page; the locale attribute wins over lang', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="de">
      <wm-maturity-scan autosave="off"></wm-maturity-scan>
      <wm-maturity-scan autosave="off" locale="nl"></wm-maturity-scan>
      <wm-maturity-scan autosave="off" locale="en-GB"></wm-maturity-scan>
    </div>`);
    const [de, nl, en] = [...wrap.querySelectorAll<MaturityScan>('wm-maturity-scan')];
    await Promise.all([de, nl, en].map((e) => partRendered(e!, 'question')));
    expect(text($(de!, 'h3'))).to.equal('Kundenverständnis');
    expect(text($(nl!, 'h3'))).to.equal('Klantinzicht');
    expect(text($(en!, 'h3'))).to.equal('Customer insights');
    expect(text($$(nl!, 'label')[0]!)).to.equal('Helemaal oneens');
    expect(text($$(de!, 'label')[0]!)).to.equal('Stimme überhaupt nicht zu');
  });

  it('words the built-in scan given as data, and the loading and empty states', async () => {
    const given = await scan(html`<wm-maturity-scan locale="nl" autosave="off" .data=${journeyManagementScan}></wm-maturity-scan>`);
    expect(text($(given, 'h3'))).to.equal('Klantinzicht');

    const loading = await fixture<MaturityScan>(
      html`<wm-maturity-scan locale="de" scan="x" .adapter=${{ scan: () => new Promise(() => {}) }}></wm-maturity-scan>`,
    );
    await partRendered(loading, 'loading');
    expect(text($(loading, '[part="loading"]'))).to.equal('Scan wird geladen…');
    await expect(loading).to.be.accessible();

    const empty = await fixture<MaturityScan>(
      html`<wm-maturity-scan locale="nl" .data=${{ ...custom, questions: [] }}></wm-maturity-scan>`,
    );
    await partRendered(empty, 'empty');
    expect(text($(empty, '[part="empty"]'))).to.equal('Deze scan heeft nog geen vragen.');
  });
});
