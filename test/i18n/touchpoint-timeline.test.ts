import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/waymark.js';
import type { TouchpointTimeline } from '../../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { TouchpointQuery, WaymarkAdapter } from '../../src/data/adapters/types.js';
import type { Stage, Touchpoint, TouchpointPage } from '../../src/data/schema.js';
import { generateTimeline, touchpointAdapter } from '../../fixtures/touchpoints.js';
import { $, $$, partRendered, text, until } from '../helpers/setup.js';

const at = (day: number, hour = 12) => new Date(Date.UTC(2025, 2, day, hour)).toISOString();
const stages: Stage[] = [
  { id: 'trial', name: 'Trial', status: 'done' },
  { id: 'onboarding', name: 'Onboarding', status: 'current' },
];
/** Six touchpoints on two lanes (web, email), a day or more apart, in time order. */
const items: Touchpoint[] = [
  { id: 'a', at: at(2), channel: 'web', title: 'Read the pricing page', initiator: 'customer', sentiment: 0.5, stageId: 'trial' },
  { id: 'b', at: at(4), channel: 'email', title: 'Welcome email', initiator: 'company', sentiment: 0.1, stageId: 'trial' },
  { id: 'c', at: at(9), channel: 'web', title: 'Started a trial', initiator: 'customer', momentOfTruth: true, sentiment: 0.8, stageId: 'trial' },
  { id: 'd', at: at(12), channel: 'email', title: 'Invoice question', initiator: 'customer', friction: 'high', sentiment: -0.7, stageId: 'onboarding' },
  { id: 'e', at: at(20), channel: 'web', title: 'Exported a report', initiator: 'customer', stageId: 'onboarding' },
  { id: 'f', at: at(28), channel: 'email', title: 'Renewal reminder', initiator: 'company', sentiment: 0, outcome: 'Renewed' },
];
const data = { items, stages };

/** Local times, so the list's day headings are the same in every time zone. */
const local = (d: number, h: number) => new Date(2025, 2, d, h, 30).toISOString();
const listItems: Touchpoint[] = [
  { id: 'a', at: local(3, 9), channel: 'email', title: 'Welcome email', initiator: 'company', sentiment: 0.3 },
  { id: 'b', at: local(3, 15), channel: 'phone', title: 'Setup call', initiator: 'customer', momentOfTruth: true, sentiment: 0.9, outcome: 'Resolved' },
  { id: 'c', at: local(5, 11), channel: 'chat', title: 'Login trouble', initiator: 'customer', friction: 'medium', sentiment: -0.4 },
];

/** A timeline in a 900 px box; `attrs` go on the element, `lang` (if any) on the box. */
async function timeline(d: unknown, attrs: Record<string, string> = {}, lang?: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  if (lang) wrap.lang = lang;
  const el = document.createElement('wm-touchpoint-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = d as never;
  wrap.append(el);
  await partRendered(el, attrs.view === 'list' ? 'item' : 'plot');
  if (attrs.view !== 'list') await until(() => text($(el, '[part="range"]')), 'the range line');
  return el;
}

const btn = (el: Element, part: string) => text($(el, `[part~="${part}"]`));
const label = (el: Element, sel: string) => $(el, sel)?.getAttribute('aria-label');
const lanes = (el: Element) => $$(el, '[part="lane-label"]').map(text);
const said = (el: Element) => text($(el, '[role="status"].sr-only'));
const facts = (el: Element) => Object.fromEntries($$(el, '[part="detail"] dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
/** Every word the element shows or gives assistive technology: text and the attributes that carry words. */
const words = (el: Element) =>
  [
    text($(el, '[part="base"]')),
    ...$$(el, '[aria-label], [aria-roledescription]').flatMap((n) => [n.getAttribute('aria-label'), n.getAttribute('aria-roledescription')]),
  ].join(' | ');

/** Records what the canvas writes (tick labels, stage names), for the duration of `fn`. */
async function drawnText<R>(fn: (drawn: string[]) => Promise<R>): Promise<R> {
  const proto = CanvasRenderingContext2D.prototype;
  const original = proto.fillText;
  const drawn: string[] = [];
  proto.fillText = function (this: CanvasRenderingContext2D, t: string, x: number, y: number, w?: number) {
    drawn.push(t);
    return w === undefined ? original.call(this, t, x, y) : original.call(this, t, x, y, w);
  };
  try {
    return await fn(drawn);
  } finally {
    proto.fillText = original;
  }
}

describe('wm-touchpoint-timeline: locales', () => {
  it('speaks German with locale="de": toolbar, lanes, legend, keys, range, text alternative and axis', async () => {
    const { el, drawn } = await drawnText(async (drawn) => {
      const el = await timeline(data, { locale: 'de' });
      await until(() => drawn.some((t) => /März/.test(t)), 'German tick labels');
      return { el, drawn: [...drawn] };
    });
    expect($$(el, '[part~="chip"]').map(text)).to.deep.equal(['Web 3', 'E-Mail 3']);
    expect(lanes(el)).to.deep.equal(['Web', 'E-Mail']);
    expect(label(el, '.chips')).to.equal('Angezeigte Kanäle');
    expect(label(el, '.zoom')).to.equal('Zoomen und verschieben');
    expect(label(el, '.views')).to.equal('Ansicht');
    expect(['zoom-in', 'zoom-out', 'show-all', 'earlier', 'later', 'view-timeline', 'view-list'].map((p) => btn(el, p))).to.deep.equal([
      'Vergrößern', 'Verkleinern', 'Alles anzeigen', 'Früher', 'Später', 'Zeitachse', 'Liste',
    ]);
    expect(text($(el, '.label.curve'))).to.match(/^Emotion/);
    expect(text($(el, '.label.bands'))).to.equal('Phasen');
    expect(label(el, '[part="legend"]')).to.equal('Legende');
    expect($$(el, '[part="legend"] li').map(text)).to.deep.equal([
      'Vom Kunden initiiert', 'Von uns initiiert', 'Moment der Wahrheit', 'Reibung (je größer, desto schlechter)',
      'Mehrere Touchpoints: Vergrößern Sie die Ansicht, um sie zu unterscheiden',
      'Farbe: Stimmung, von negativ bis positiv (auch in Worten angegeben)',
      'Emotionskurve: durchschnittliche Stimmung im Zeitverlauf',
    ]);
    expect(text($(el, '#keys'))).to.match(/^Ziehen Sie, .* Pfeiltasten wechseln zwischen Touchpoints, Pos1 und Ende .* Eingabe wählt aus\.$/);
    const plot = $(el, '[part="plot"]')!;
    expect(plot.getAttribute('aria-roledescription')).to.equal('Zeitachse');
    expect(plot.getAttribute('aria-label')).to.equal('Touchpoint-Zeitachse');
    // German dates (02.–28.03.2025) and the count in words.
    const range = text($(el, '[part="range"]'));
    expect(range).to.match(/03\.2025: 6 von 6 Touchpoints sichtbar$/);
    // Mean of 0.5, 0.1, 0.8, -0.7, 0: neutral, with a decimal comma.
    expect(label(el, 'canvas')).to.equal(
      `${range}. Durchschnittliche Stimmung neutral (+0,14); 1 Moment der Wahrheit; 1 mit Reibung. Die Listenansicht zeigt jeden Touchpoint als Text.`,
    );
    // The axis is labelled by Intl in the element's locale: "3. März", never "Mar".
    expect(drawn.filter((t) => /^\d{1,2}\. März( 2025)?$/.test(t))).not.to.be.empty;
    expect(drawn.join(' ')).not.to.match(/\bMar\b/);
    for (const english of ['Zoom in', 'Show all', 'Earlier', 'Timeline', 'Started by', 'Moment of truth', 'Friction',
      'Colour', 'Emotion curve', 'Stages', 'Drag to move', 'in view', 'Mean sentiment', 'list view', 'Channels shown', 'Email']) {
      expect(words(el)).not.to.contain(english);
    }
    await expect(el).to.be.accessible();
  });

  it('says touchpoints, selection and the card in German, with German numbers and dates', async () => {
    const el = await timeline(data, { locale: 'de' });
    $(el, '[part="plot"]')!.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said(el)).to.match(
      /^E-Mail, vom Kunden initiiert: Invoice question\. 12\.03\.2025, \d\d:\d\d\. Phase Onboarding\. Stimmung sehr negativ \(−0,70\)\. Hohe Reibung\. 4 von 6\.$/,
    );
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(said(el)).to.match(/^E-Mail, von uns initiiert: Renewal reminder\. .*Stimmung neutral \(0,00\)\. Ergebnis: Renewed\. 6 von 6\.$/);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    await oneEvent(el, 'wm-touchpoint-select');
    await el.updateComplete;
    expect(said(el)).to.match(/^Ausgewählt: E-Mail, vom Kunden initiiert: Invoice question\. /);
    expect(facts(el)).to.deep.include({ Kanal: 'E-Mail', Phase: 'Onboarding', Initiative: 'Kunde', Stimmung: 'sehr negativ (−0,70)', Reibung: 'Hoch' });
    expect(facts(el).Zeitpunkt).to.match(/^12\.03\.2025, \d\d:\d\d$/);
    const close = $(el, '[part="close"]')!;
    expect(text(close)).to.equal('Schließen');
    expect(close.getAttribute('aria-label')).to.equal('Details schließen');
    for (const english of ['Channel', 'Stage', 'Started by', 'Sentiment', 'Friction', 'When', 'Close', 'Selected', 'started by']) {
      expect(words(el)).not.to.contain(english);
    }
    await expect(el).to.be.accessible();

    el.selected = 'c';
    await el.updateComplete;
    expect(facts(el)).to.deep.include({ 'Moment der Wahrheit': 'Ja', Initiative: 'Kunde', Stimmung: 'sehr positiv (+0,80)' });
    el.selected = 'b';
    await el.updateComplete;
    expect(facts(el).Initiative).to.equal('Wir (das Unternehmen)');
    el.selected = 'e';
    await el.updateComplete;
    expect(facts(el).Stimmung).to.equal('Nicht erfasst');
  });

  it('lists touchpoints in Dutch with locale="nl": days, counts, rows, badges and the card', async () => {
    const el = await timeline({ items: listItems }, { locale: 'nl', view: 'list' });
    expect($$(el, '[part="day"]').map(text)).to.deep.equal(['maandag 3 maart 2025 · 2 touchpoints', 'woensdag 5 maart 2025 · 1 touchpoint']);
    const rows = $$(el, '[part~="item"]');
    expect(text(rows[0]!.querySelector('.meta'))).to.equal('E-mail, op ons initiatief · positief (+0,30)');
    expect(text(rows[2]!.querySelector('.meta'))).to.equal('Chat, op initiatief van de klant · negatief (−0,40)');
    expect(text(rows[1]!.querySelector('.badge.moment'))).to.equal('Moment van de waarheid');
    expect(text(rows[2]!.querySelector('.badge.friction'))).to.equal('Gemiddelde frictie');
    expect(label(el, '[part="list"]')).to.equal('Touchpoints per dag, 3 in totaal. Gebruik de pijltjestoetsen om erdoorheen te gaan.');
    expect(btn(el, 'view-list')).to.equal('Lijst');
    expect(btn(el, 'view-timeline')).to.equal('Tijdlijn');
    expect(label(el, '.views')).to.equal('Weergave');
    (rows[1] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(facts(el)).to.deep.include({
      Kanaal: 'Telefoon', Initiatief: 'Klant', Sentiment: 'zeer positief (+0,90)', 'Moment van de waarheid': 'Ja', Resultaat: 'Resolved',
    });
    expect(facts(el).Tijdstip).to.match(/^3 mrt 2025,? 15:30$/);
    expect(said(el)).to.match(/^Geselecteerd: Telefoon, op initiatief van de klant: Setup call\. 3 mrt 2025,? 15:30\. Sentiment zeer positief \(\+0,90\)\. Moment van de waarheid\. Resultaat: Resolved\.$/);
    for (const english of ['Monday', 'March', 'by day', 'started by', 'positive', 'Moment of truth', 'friction', 'Channel', 'Phone', 'List']) {
      expect(words(el)).not.to.contain(english);
    }
    await expect(el).to.be.accessible();
  });

  it('renders rows the list scrolls to in the element language, with its thousands separator', async () => {
    const el = await timeline(generateTimeline({ count: 5000, seed: 2 }), { locale: 'de', view: 'list' });
    expect(label(el, '[part="list"]')).to.match(/^Touchpoints nach Tag, insgesamt 5\.000\. /);
    $(el, '[part="list"]')!.focus();
    await sendKeys({ press: 'End' });
    // Rows the virtualizer adds while scrolling are made outside the element's update.
    await until(() => el.shadowRoot!.activeElement?.matches('[part~="item"]'), 'the last row');
    const last = el.shadowRoot!.activeElement!;
    expect(text(last.querySelector('.meta'))).to.match(/ · (sehr )?(positiv|negativ|neutral|keine Stimmung)/);
    const days = $$(el, '[part="day"]').map(text);
    expect(days).not.to.be.empty;
    for (const d of days) expect(d).to.match(/^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), .* · [\d.]+ Touchpoints?$/);
    expect(words(el)).not.to.match(/started by|positive|negative|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/);
  });

  it('takes the nearest lang, follows a lang change in the timeline and the list, and English comes back', async () => {
    const el = await timeline(data, {}, 'de');
    const wrap = el.parentElement!;
    expect(btn(el, 'zoom-in')).to.equal('Vergrößern');
    expect(lanes(el)).to.deep.equal(['Web', 'E-Mail']);
    expect(text($(el, '[part="range"]'))).to.match(/Touchpoints sichtbar$/);
    wrap.lang = 'nl-BE';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(btn(el, 'zoom-in')).to.equal('Inzoomen');
    expect(lanes(el)).to.deep.equal(['Web', 'E-mail']);
    expect(text($(el, '.label.bands'))).to.equal('Fasen');
    await until(() => /touchpoints in beeld$/.test(text($(el, '[part="range"]'))), 'the Dutch range line');
    await until(() => (label(el, 'canvas') ?? '').includes('De lijstweergave toont elk touchpoint als tekst.'), 'the Dutch text alternative');
    await expect(el).to.be.accessible();

    el.view = 'list';
    await partRendered(el, 'item');
    expect(text($(el, '[part="day"]'))).to.match(/^zondag 2 maart 2025 · 1 touchpoint$/);
    expect(text($(el, '[part~="item"] .meta'))).to.equal('Web, op initiatief van de klant · positief (+0,50) · Trial');
    wrap.lang = 'de';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text($(el, '[part="day"]'))).to.match(/^Sonntag, 2\. März 2025 · 1 Touchpoint$/);
    expect(text($(el, '[part~="item"] .meta'))).to.equal('Web, vom Kunden initiiert · positiv (+0,50) · Trial');
    wrap.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text($(el, '[part~="item"] .meta'))).to.equal('Web, started by the customer · positive (+0.50) · Trial');
    expect(btn(el, 'view-list')).to.equal('List');
  });

  it('lets a German and a Dutch timeline share one page, and the locale attribute wins over lang', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="de" style="width: 900px">
      <wm-touchpoint-timeline locale="en-GB" view="list" .data=${data}></wm-touchpoint-timeline>
      <wm-touchpoint-timeline .data=${data}></wm-touchpoint-timeline>
      <wm-touchpoint-timeline locale="nl" .data=${data}></wm-touchpoint-timeline>
    </div>`);
    // The list first: the virtualizer renders no rows while it is scrolled out of the viewport.
    const [en, de, nl] = [...wrap.querySelectorAll<TouchpointTimeline>('wm-touchpoint-timeline')] as [TouchpointTimeline, TouchpointTimeline, TouchpointTimeline];
    await Promise.all([partRendered(de, 'plot'), partRendered(nl, 'plot'), partRendered(en, 'item')]);
    await until(() => text($(de, '[part="range"]')) && text($(nl, '[part="range"]')), 'both range lines');
    expect(btn(de, 'show-all')).to.equal('Alles anzeigen');
    expect(btn(nl, 'show-all')).to.equal('Alles tonen');
    expect(lanes(de)).to.deep.equal(['Web', 'E-Mail']);
    expect(lanes(nl)).to.deep.equal(['Web', 'E-mail']);
    expect(text($(de, '[part="range"]'))).to.match(/6 von 6 Touchpoints sichtbar$/);
    expect(text($(nl, '[part="range"]'))).to.match(/6 van 6 touchpoints in beeld$/);
    expect(text($(en, '[part~="item"] .meta'))).to.equal('Web, started by the customer · positive (+0.50) · Trial');
    // Keys on one element announce in its language, whatever its neighbour speaks.
    $(nl, '[part="plot"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await nl.updateComplete;
    expect(said(nl)).to.match(/^Web, op initiatief van de klant: Read the pricing page\. .* Fase Trial\. Sentiment positief \(\+0,50\)\. 1 van 6\.$/);
    $(de, '[part="plot"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await de.updateComplete;
    expect(said(de)).to.match(/^Web, vom Kunden initiiert: Read the pricing page\. .* Phase Trial\. Stimmung positiv \(\+0,50\)\. 1 von 6\.$/);
  });

  it('says loading, empty, no channels, and the single and stage lanes in the element language', async () => {
    const loading = await fixture<TouchpointTimeline>(
      html`<wm-touchpoint-timeline locale="nl" journey="j" .adapter=${{ touchpoints: () => new Promise(() => {}) }}></wm-touchpoint-timeline>`,
    );
    await loading.updateComplete;
    expect(text($(loading, '[part="loading"]'))).to.equal('Touchpoints laden…');
    await expect(loading).to.be.accessible();

    const empty = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline locale="de" .data=${{ items: [] }}></wm-touchpoint-timeline>`);
    await partRendered(empty, 'empty');
    expect(text($(empty, '[part="empty"]'))).to.equal('Noch keine Touchpoints vorhanden.');

    const none = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline locale="de" channels="" .data=${data}></wm-touchpoint-timeline>`);
    await partRendered(none, 'no-match');
    expect(text($(none, '[part="no-match"]'))).to.equal('Keine Kanäle ausgewählt: Wählen Sie oben einen Kanal, um seine Touchpoints zu sehen.');
    await expect(none).to.be.accessible();

    const single = await timeline(data, { locale: 'nl', 'group-by': 'none' });
    expect(lanes(single)).to.deep.equal(['Alle touchpoints']);
    single.groupBy = 'stage';
    await single.updateComplete;
    expect(lanes(single)).to.deep.equal(['Trial', 'Onboarding', 'Geen fase']);
  });

  it('shows paging progress and a failed page in German, numbers with German separators', async () => {
    const inner = touchpointAdapter({ count: 3000, from: '2025-01-01T00:00:00Z', to: '2025-04-01T00:00:00Z', seed: 4 });
    const pending: { release: () => void; fail: (e: unknown) => void }[] = [];
    const adapter: WaymarkAdapter = {
      touchpoints: (q: TouchpointQuery) =>
        new Promise<TouchpointPage>((resolve, reject) => pending.push({ release: () => void inner.touchpoints(q).then(resolve), fail: reject })),
    };
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline locale="de" journey="j" .adapter=${adapter}></wm-touchpoint-timeline>`);
    await until(() => pending.length === 1, 'the first page request');
    pending[0]!.release();
    await partRendered(el, 'loading-more');
    expect(text($(el, '[part="loading-more"]'))).to.equal('Weitere Touchpoints werden geladen… bisher 1.000');
    await expect(el).to.be.accessible();
    await until(() => pending.length === 2, 'the second page request');
    pending[1]!.fail(new Error('HTTP 503'));
    await partRendered(el, 'error');
    const alert = $(el, '[part="error"]')!;
    expect(text(alert.querySelector('.headline'))).to.equal('Nur 1.000 Touchpoints konnten geladen werden.');
    expect(text(alert.querySelector('[part="retry"]'))).to.equal('Erneut versuchen');
    expect(text(alert)).not.to.match(/Only|Retry|could be loaded/);
    await expect(el).to.be.accessible();
  });
});
