import { expect, fixture, html } from '@open-wc/testing';
import '../../src/waymark.js';
import type { StageTracker } from '../../src/elements/stage-tracker/stage-tracker.js';
import { markStale } from '../../src/data/adapters/types.js';
import { lifecycleJourney } from '../../fixtures/journeys.js';
import { $, $$, partRendered, text } from '../helpers/setup.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const journey = (o = {}) => lifecycleJourney({ now: NOW, milestonesDone: 2, ...o });

async function tracker(locale: string, o = {}) {
  const el = await fixture<StageTracker>(
    html`<wm-stage-tracker locale=${locale} .now=${NOW} .data=${journey(o)}></wm-stage-tracker>`,
  );
  await el.updateComplete;
  return el;
}

const statuses = (el: Element) => $$(el, '[part="status"]').map((s) => text(s));
const shadowText = (el: Element) => text(el.shadowRoot!.querySelector('[part="base"]'));

describe('wm-stage-tracker: locales', () => {
  it('speaks German with locale="de": status, summary, timing, risk, milestones, next step', async () => {
    const el = await tracker('de', { daysInStage: 110 });
    expect(statuses(el)).to.deep.equal([
      'Erledigt', 'Erledigt', 'Erledigt', 'In Arbeit', 'Nicht begonnen', 'Nicht begonnen', 'Nicht begonnen',
    ]);
    expect(text($(el, '.summary'))).to.equal('Phase 4 von 7: Onboarding');
    expect(text($(el, '[part="risk"]'))).to.equal('Gefährdet: 20 Tage über dem Zeitfenster');
    expect(text($(el, '[aria-current="step"] [part="timing"]'))).to.equal('110 Tage in dieser Phase · Zeitfenster Tag 120–210');
    expect(text($(el, '.milestones-title'))).to.equal('Meilensteine Onboarding: 2 von 4 erledigt');
    expect(text($(el, '[part="next-step"]'))).to.match(/^Nächster Schritt: /);
    expect($(el, 'ol')!.getAttribute('aria-label')).to.equal(`Phasen: ${journey().name}`);
    const bar = $(el, '[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).to.equal('Fortschritt: Onboarding');
    expect(bar.getAttribute('aria-valuetext')).to.match(/^\d+\u00a0% abgeschlossen$/);
    for (const english of ['Done', 'In progress', 'Not started', 'Stage 4', 'days', 'At risk', 'milestones', 'Next step', 'window']) {
      expect(shadowText(el)).not.to.contain(english);
    }
    await expect(el).to.be.accessible();
  });

  it('speaks Dutch with locale="nl", with Dutch dates', async () => {
    const el = await tracker('nl', { daysInStage: 30 });
    expect(statuses(el).slice(2, 5)).to.deep.equal(['Afgerond', 'Bezig', 'Niet gestart']);
    expect(text($(el, '.summary'))).to.equal('Fase 4 van 7: Onboarding');
    expect(text($(el, '[aria-current="step"] [part="timing"]'))).to.equal(
      '30 dagen in deze fase, nog 60 dagen · tijdvenster dag 120–210',
    );
    // Milestone dates come from Intl in Dutch: "1 jun 2026" style, no English month names.
    const when = $$(el, '.checklist .when').map((w) => text(w));
    expect(when.some((w) => /^\((afgerond op|gepland op|te laat, was gepland op) \d{1,2} [a-z]{3}\.? \d{4}\)$/.test(w))).to.equal(true, when.join(' | '));
    expect(when.join(' ')).not.to.match(/Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/);
    await expect(el).to.be.accessible();
  });

  it('takes the nearest lang when it has no locale, and follows a lang change', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="de"><section>
      <wm-stage-tracker .now=${NOW} .data=${journey()}></wm-stage-tracker>
    </section></div>`);
    const el = wrap.querySelector<StageTracker>('wm-stage-tracker')!;
    await el.updateComplete;
    expect(text($(el, '.summary'))).to.equal('Phase 4 von 7: Onboarding');
    wrap.lang = 'nl-BE';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text($(el, '.summary'))).to.equal('Fase 4 van 7: Onboarding');
    wrap.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text($(el, '.summary'))).to.equal('Stage 4 of 7: Onboarding');
  });

  it('lets a German and a Dutch tracker share one page, and the locale attribute wins over lang', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="de">
      <wm-stage-tracker .now=${NOW} .data=${journey()}></wm-stage-tracker>
      <wm-stage-tracker locale="nl" .now=${NOW} .data=${journey()}></wm-stage-tracker>
      <wm-stage-tracker locale="en-GB" .now=${NOW} .data=${journey()}></wm-stage-tracker>
    </div>`);
    const [de, nl, en] = [...wrap.querySelectorAll<StageTracker>('wm-stage-tracker')];
    await Promise.all([de!.updateComplete, nl!.updateComplete, en!.updateComplete]);
    expect(statuses(de!)[3]).to.equal('In Arbeit');
    expect(statuses(nl!)[3]).to.equal('Bezig');
    expect(statuses(en!)[3]).to.equal('In progress');
  });

  it('falls back to English words for other languages while numbers follow the locale', async () => {
    const el = await tracker('fr-FR');
    expect(text($(el, '.summary'))).to.equal('Stage 4 of 7: Onboarding');
    // French percent: narrow no-break space before %.
    expect($(el, '[role="progressbar"]')!.getAttribute('aria-valuetext')).to.match(/^\d+\s% complete$/);
  });

  it('reads the language from any form of the tag: region, ISO 639-2, case', async () => {
    for (const [locale, summary] of [['de-AT', 'Phase 4 von 7: Onboarding'], ['deu', 'Phase 4 von 7: Onboarding'],
      ['NL-be', 'Fase 4 van 7: Onboarding'], ['dean', 'Stage 4 of 7: Onboarding']] as const) {
      expect(text($(await tracker(locale), '.summary')), locale).to.equal(summary);
    }
  });

  it('survives a malformed locale and renders in English', async () => {
    const el = await tracker('not a locale!');
    expect(text($(el, '.summary'))).to.equal('Stage 4 of 7: Onboarding');
  });

  it('translates the shared error and stale states', async () => {
    const failing = await fixture<StageTracker>(html`<wm-stage-tracker locale="de" journey="x" .adapter=${{}}></wm-stage-tracker>`);
    await partRendered(failing, 'error');
    const alert = $(failing, '[role="alert"]')!;
    // Only the German headline: the English message it translates is not repeated under it.
    expect(text(alert)).to.equal('Diese Datenquelle liefert keine Daten dieser Art (Journey). Erneut versuchen');
    expect(text($(failing, '[part="retry"]'))).to.equal('Erneut versuchen');
    await expect(failing).to.be.accessible();

    const none = await fixture<StageTracker>(html`<wm-stage-tracker locale="nl"></wm-stage-tracker>`);
    await partRendered(none, 'error');
    expect(text($(none, '[role="alert"]'))).to.equal('Geen gegevensbron: stel data, adapter, src of source in. Opnieuw proberen');

    const since = new Date(Date.now() - 5 * 60_000);
    const adapter = { journey: async () => markStale(journey(), { error: new Error('HTTP 503'), since }) };
    const stale = await fixture<StageTracker>(html`<wm-stage-tracker locale="de" journey="j" .adapter=${adapter}></wm-stage-tracker>`);
    await partRendered(stale, 'stale');
    expect(text($(stale, '[part="stale"]'))).to.equal('Gespeicherte Daten von vor 5 Minuten: HTTP 503');
  });

  it('shows the loading state in the element language', async () => {
    const el = await fixture<StageTracker>(
      html`<wm-stage-tracker locale="nl" journey="j" .adapter=${{ journey: () => new Promise(() => {}) }}></wm-stage-tracker>`,
    );
    await el.updateComplete;
    expect(text($(el, '[part="loading"]'))).to.equal('Journey laden…');
    await expect(el).to.be.accessible();
  });
});
