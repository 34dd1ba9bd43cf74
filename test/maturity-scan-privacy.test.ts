import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/elements/maturity-scan/define.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import { draftKey } from '../src/elements/maturity-scan/draft.js';
import { journeyManagementScan } from '../src/data/scans/journey-management.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import { $, partRendered, text } from './helpers/setup.js';

const questions = journeyManagementScan.questions;
const NAME = 'Dana Example';
const KEY = draftKey('journey-management', NAME);
const DAY = 864e5;

/** A scan in a wrapper, so that removing and re-adding it is a reload. */
async function page(mode?: string, extra: Record<string, string> = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const make = async () => {
    const el = document.createElement('wm-maturity-scan') as MaturityScan;
    el.setAttribute('respondent', NAME);
    if (mode) el.setAttribute('autosave', mode);
    for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
    wrap.append(el);
    await partRendered(el, 'base');
    return el;
  };
  return { make, wrap };
}

const answer = (el: MaturityScan, id: string, value: number) =>
  el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)[value - 1]!.click();

/** Everything in both storages, as one string. */
const everything = () =>
  [localStorage, sessionStorage].map((s) => Object.keys(s).map((k) => k + s.getItem(k)).join('\n')).join('\n');

const draft = (savedAt: number) => JSON.stringify({
  v: 2, page: 0, state: 'draft', savedAt,
  response: {
    id: 'r-old', scanId: 'journey-management', answers: { [questions[0]!.id]: 4 },
    startedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
  },
});

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('wm-maturity-scan: privacy', () => {
  // local (the default) and session: the same round trip, each in its own storage only.
  for (const [mode, words, store, other] of [
    ['local', 'Your answers are saved on this device for 30 days as you go.', () => localStorage, () => sessionStorage],
    ['session', 'Your answers are saved in this tab only as you go, until you close it.', () => sessionStorage, () => localStorage],
  ] as const) {
    it(`${mode} keeps answers across a reload in ${mode}Storage only and says where`, async () => {
      const { make } = await page(mode === 'local' ? undefined : mode);
      const el = await make();
      expect(el.autosave).to.equal(mode);
      expect(text($(el, '.autosave'))).to.equal(words);
      answer(el, questions[0]!.id, 4);
      el.remove();
      expect(store().getItem(KEY)).to.be.a('string');
      expect(other().length).to.equal(0);
      const again = await make();
      expect(again.value).to.deep.equal({ [questions[0]!.id]: 4 });
      await expect(again).to.be.accessible();
    });
  }

  it('off stores nothing anywhere, restores nothing and says "not saved"', async () => {
    const { make } = await page('off');
    const el = await make();
    expect(text($(el, '.autosave'))).to.equal('Your answers are not saved: leaving or reloading the page loses them.');
    answer(el, questions[0]!.id, 3);
    el.remove();
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    const again = await make();
    expect(again.value).to.deep.equal({});
    await expect(again).to.be.accessible();
  });

  it('a page switched to session or off keeps no draft in the storage it no longer names; a stored response stays', async () => {
    // Loaded with off while an earlier visit left a draft on the device: the draft goes, nothing is restored.
    localStorage.setItem(KEY, draft(Date.now()));
    const { make } = await page('off');
    const el = await make();
    expect(el.value).to.deep.equal({});
    expect(localStorage.getItem(KEY)).to.equal(null);
    el.remove();
    // Switched from local to session mid-scan: the answers carry on, in this tab only.
    const local = await (await page('local')).make();
    answer(local, questions[0]!.id, 2);
    local.setAttribute('autosave', 'session');
    await local.updateComplete;
    answer(local, questions[1]!.id, 3);
    local.remove();
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(JSON.parse(sessionStorage.getItem(KEY)!).response.answers).to.deep.equal({ [questions[0]!.id]: 2, [questions[1]!.id]: 3 });
    // A submitted response no adapter has taken yet is not a draft: it is never dropped.
    const stored = draft(Date.now()).replace('"state":"draft"', '"state":"stored"');
    localStorage.setItem(KEY, stored);
    const third = await make();
    expect(localStorage.getItem(KEY)).to.equal(stored);
    await expect(third).to.be.accessible();
  });

  it('autosave-days: says the days, and discards and removes a draft saved longer ago', async () => {
    const { make } = await page(undefined, { 'autosave-days': '7' });
    localStorage.setItem(KEY, draft(Date.now() - 8 * DAY));
    const el = await make();
    expect(text($(el, '.autosave'))).to.equal('Your answers are saved on this device for 7 days as you go.');
    expect(el.value).to.deep.equal({});
    expect(localStorage.getItem(KEY)).to.equal(null);
    el.remove();
    localStorage.setItem(KEY, draft(Date.now() - 6 * DAY));
    const fresh = await make();
    expect(fresh.value).to.deep.equal({ [questions[0]!.id]: 4 });
    await expect(fresh).to.be.accessible();
  });

  it('discards a draft older than the default 30 days, and says "1 day" with autosave-days="1"', async () => {
    const { make } = await page();
    localStorage.setItem(KEY, draft(Date.now() - 31 * DAY));
    const el = await make();
    expect(el.value).to.deep.equal({});
    expect(localStorage.getItem(KEY)).to.equal(null);
    el.setAttribute('autosave-days', '1');
    await el.updateComplete;
    expect(text($(el, '.autosave'))).to.equal('Your answers are saved on this device for 1 day as you go.');
  });

  it('says where answers are kept in German and Dutch', async () => {
    const words: [string, string, string][] = [
      ['de', 'local', 'Ihre Antworten werden beim Ausfüllen 30 Tage lang auf diesem Gerät gespeichert.'],
      ['de', 'session', 'Ihre Antworten werden beim Ausfüllen nur in diesem Tab gespeichert, bis Sie ihn schließen.'],
      ['de', 'off', 'Ihre Antworten werden nicht gespeichert: Wenn Sie die Seite verlassen oder neu laden, gehen sie verloren.'],
      ['nl', 'local', 'Je antwoorden worden tijdens het invullen 30 dagen op dit apparaat bewaard.'],
      ['nl', 'session', 'Je antwoorden worden tijdens het invullen alleen in dit tabblad bewaard, tot je het sluit.'],
      ['nl', 'off', 'Je antwoorden worden niet bewaard: als je de pagina verlaat of herlaadt, zijn ze weg.'],
    ];
    for (const [locale, mode, expected] of words) {
      const { make } = await page(mode, { locale });
      const el = await make();
      expect(text($(el, '.autosave')), `${locale} ${mode}`).to.equal(expected);
    }
  });

  it('stores only the scan id, response id, answers and times: never the respondent\'s name', async () => {
    for (const mode of ['local', 'session']) {
      localStorage.clear();
      sessionStorage.clear();
      const { make } = await page(mode);
      const el = await make();
      answer(el, questions[0]!.id, 5);
      el.remove();
      const all = everything();
      expect(all, mode).not.to.contain('Dana');
      expect(all, mode).not.to.contain('respondent');
      const kept = JSON.parse((mode === 'local' ? localStorage : sessionStorage).getItem(KEY)!);
      expect(Object.keys(kept.response).sort()).to.deep.equal(['answers', 'id', 'scanId', 'startedAt', 'updatedAt']);
      expect(kept.savedAt).to.be.a('number');
      // The name comes back from the element, not from storage.
      const again = await make();
      expect(again.value).to.deep.equal({ [questions[0]!.id]: 5 });
    }
  });

  it('deletes the draft as soon as submit() has stored the response, in either storage', async () => {
    for (const mode of ['local', 'session']) {
      const memory = new MemoryAdapter();
      const { make } = await page(mode);
      const el = await make();
      el.adapter = memory;
      answer(el, questions[0]!.id, 4);
      el.remove();
      const store = mode === 'local' ? localStorage : sessionStorage;
      expect(store.getItem(KEY), mode).to.be.a('string');
      const again = await make();
      again.adapter = memory;
      const done = oneEvent(again, 'wm-scan-complete');
      await again.submit();
      await done;
      expect(store.getItem(KEY), mode).to.equal(null);
      expect(memory.responses[0]!.respondent).to.equal(NAME);
      await again.updateComplete;
      await expect(again).to.be.accessible();
    }
  });
});
