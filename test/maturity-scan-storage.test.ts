import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/elements/maturity-scan/define.js';
import '../src/elements/data-source/define.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import { draftKey } from '../src/elements/maturity-scan/draft.js';
import { journeyManagementScan } from '../src/data/scans/journey-management.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import { RestAdapter } from '../src/data/adapters/rest.js';
import type { WaymarkAdapter } from '../src/data/adapters/types.js';
import type { ScanResponse } from '../src/data/schema.js';
import { WaymarkError } from '../src/data/errors.js';
import { $, $$, partRendered, text } from './helpers/setup.js';

const questions = journeyManagementScan.questions;
const KEY = draftKey('journey-management', 'ana');
const stored = (key = KEY) => JSON.parse(localStorage.getItem(key) ?? 'null');

async function scan(template = html`<wm-maturity-scan respondent="ana"></wm-maturity-scan>`) {
  const el = await fixture<MaturityScan>(template);
  await partRendered(el, 'base');
  return el;
}

/** Clicks answer `value` (1–5) of question `id`, as the respondent would. */
const answer = (el: MaturityScan, id: string, value: number) =>
  el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)[value - 1]!.click();

const statusText = (el: MaturityScan) => text($(el, '[part~="save-status"]'));

/** Captures console.warn while `fn` runs. */
async function warnings(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

beforeEach(() => localStorage.clear());

describe('wm-maturity-scan: autosave', () => {
  it('keeps one versioned draft per scan and respondent', async () => {
    const ana = await scan();
    answer(ana, questions[0]!.id, 4);
    ana.remove();
    expect(KEY).to.match(/^waymark\.scan\.v2:journey-management:[0-9a-z]+$/);
    expect(KEY.split(':').pop()).not.to.equal('ana');
    expect(stored()).to.include({ v: 2, page: 0, state: 'draft' });
    expect(stored().response.answers).to.deep.equal({ [questions[0]!.id]: 4 });
    const ben = await scan(html`<wm-maturity-scan respondent="ben"></wm-maturity-scan>`);
    expect(ben.value).to.deep.equal({});
    ben.respondent = 'ana';
    await ben.updateComplete;
    expect(ben.value).to.deep.equal({ [questions[0]!.id]: 4 });
  });

  it('writes at once when the page is hidden, without waiting for the autosave delay', async () => {
    const el = await scan();
    answer(el, questions[1]!.id, 2);
    expect(stored()).to.equal(null);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(stored().response.answers).to.deep.equal({ [questions[1]!.id]: 2 });
  });

  it('ignores corrupt, old and foreign drafts with a warning, and keeps what still fits', async () => {
    const response = (o: Partial<ScanResponse>) => ({
      id: 'r1', scanId: 'journey-management', respondent: 'ana', answers: {}, startedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...o,
    });
    const cases: [unknown, RegExp][] = [
      ['{"v": 2, "response": ', /not a version 2 draft/],
      [{ v: 1, page: 0, state: 'draft', response: response({}) }, /not a version 2 draft/],
      [{ v: 2, page: 0, state: 'draft', savedAt: Date.now(), response: response({ scanId: 'other' }) }, /another scan/],
    ];
    for (const [value, message] of cases) {
      localStorage.setItem(KEY, typeof value === 'string' ? value : JSON.stringify(value));
      let el!: MaturityScan;
      const seen = await warnings(async () => (el = await scan()));
      expect(seen.join('\n'), JSON.stringify(value)).to.match(message);
      expect(el.value).to.deep.equal({});
      expect($(el, 'fieldset')).to.exist;
    }
    const answers = { [questions[0]!.id]: 5, [questions[1]!.id]: 9, unknown: 3 };
    localStorage.setItem(KEY, JSON.stringify({ v: 2, page: 0, state: 'draft', savedAt: Date.now(), response: response({ answers }) }));
    let el!: MaturityScan;
    const seen = await warnings(async () => (el = await scan()));
    expect(seen.join('\n')).to.contain('dropped 2 saved answer(s)');
    expect(el.value).to.deep.equal({ [questions[0]!.id]: 5 });
  });

  it('an unset value binding does not wipe a kept draft; a value set before loading wins over it', async () => {
    const ana = await scan();
    answer(ana, questions[0]!.id, 4);
    ana.remove();
    const unset = await scan(html`<wm-maturity-scan respondent="ana" .value=${undefined}></wm-maturity-scan>`);
    expect(unset.value).to.deep.equal({ [questions[0]!.id]: 4 });
    expect($(unset, '[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('1');
    unset.remove();
    const given = await scan(html`<wm-maturity-scan respondent="ana" .value=${{ [questions[1]!.id]: 2 }}></wm-maturity-scan>`);
    expect(given.value).to.deep.equal({ [questions[1]!.id]: 2 });
  });

  it('keeps nothing with autosave="off"', async () => {
    const el = await scan(html`<wm-maturity-scan respondent="ana" autosave="off"></wm-maturity-scan>`);
    answer(el, questions[0]!.id, 3);
    el.remove();
    expect(localStorage.length).to.equal(0);
    expect(text($(el, '.autosave'))).to.equal('Your answers are not saved: leaving or reloading the page loses them.');
  });
});

/** An adapter that fails `failures` times the given way, then saves into `memory`. */
function flaky(failures: number, error: () => unknown, memory = new MemoryAdapter()) {
  const calls: ScanResponse[] = [];
  const adapter: WaymarkAdapter = {
    saveScanResponse: (r, o) => {
      calls.push(r);
      return calls.length <= failures ? Promise.reject(error()) : memory.saveScanResponse(r, o);
    },
  };
  return { adapter, calls, memory };
}

const complete = (el: MaturityScan) => {
  el.value = Object.fromEntries(questions.map((q, i) => [q.id, (i % 5) + 1]));
};

describe('wm-maturity-scan: submit', () => {
  it('with no adapter, resolves once stored on this device, and a reload shows the result', async () => {
    const el = await scan();
    complete(el);
    const done = oneEvent(el, 'wm-scan-complete');
    const result = await el.submit();
    expect(stored()).to.include({ state: 'stored' });
    expect(stored().response.completedAt).to.be.a('string');
    const { detail } = await done;
    expect(detail.result).to.deep.equal(result);
    expect(detail.response.id).to.equal(stored().response.id);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Your answers are saved on this device.');
    el.remove();
    const again = await scan();
    expect($(again, '[part="result"]')).to.exist;
    expect(text($(again, '.level-name'))).to.equal(journeyManagementScan.levels[result!.level - 1]!.name);
    await expect(again).to.be.accessible();
  });

  it('a failed then successful save stores the response exactly once, keeping the draft until confirmed', async () => {
    // Two failures: the first wait is cut short by Try now; the axe check runs in the
    // second, and under load may outlast it, so its Try now is pressed only if still there.
    const { adapter, calls, memory } = flaky(2, () => new WaymarkError('network', 'The server answered 503.', 503));
    const el = await scan(html`<wm-maturity-scan respondent="ana" .adapter=${adapter}></wm-maturity-scan>`);
    complete(el);
    const tryNow = () => $$<HTMLButtonElement>(el, 'button').find((x) => text(x) === 'Try now');
    // The retry waits (0.5 to 2 s, with jitter) are timers: note whether each fired.
    const waits: { fired: boolean }[] = [];
    const setTimeoutBefore = window.setTimeout;
    window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
      if ((ms ?? 0) < 500) return setTimeoutBefore(fn, ms, ...rest);
      const wait = { fired: false };
      waits.push(wait);
      return setTimeoutBefore(() => {
        wait.fired = true;
        fn();
      }, ms);
    }) as typeof window.setTimeout;
    let saving: ReturnType<MaturityScan["submit"]>;
    try {
      saving = el.submit();
      // Polled by hand: waitUntil's own time-out is a timer too.
      while (!$(el, '[part~="retrying"]')) await new Promise((r) => setTimeoutBefore(r, 16));
    } finally {
      window.setTimeout = setTimeoutBefore;
    }
    expect(statusText(el)).to.match(/^We could not reach the server and will try again in 1 second\. Your answers are kept on this device until then\./);
    expect(stored()).to.include({ state: 'sending' });
    // Try now skips the rest of the wait: the second try comes before the wait's timer, which never fires.
    expect(waits).to.have.length(1);
    tryNow()!.click();
    await waitUntil(() => calls.length === 2, 'tried again');
    expect(waits[0]!.fired).to.equal(false);
    await waitUntil(() => $(el, '[part~="retrying"]'), 'retrying shown again');
    await expect(el).to.be.accessible();
    tryNow()?.click();
    const result = await saving;
    expect(result?.level).to.be.a('number');
    expect(calls).to.have.length(3);
    expect(calls[0]).to.deep.equal(calls[1]);
    expect(calls[1]).to.deep.equal(calls[2]);
    expect(memory.responses).to.have.length(1);
    expect(memory.responses[0]!.id).to.equal(calls[0]!.id);
    expect(stored()).to.equal(null);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Your answers are saved.');
    // A second submit of the same response stores nothing more.
    expect(await el.submit()).to.deep.equal(result);
    expect(calls).to.have.length(3);
  });

  it('PUTs to the same URL on every attempt of a RestAdapter, and the server keeps one response', async () => {
    const key = `scan-${Math.random().toString(36).slice(2)}`;
    const adapter = new RestAdapter({ baseUrl: `/test-api/fault/ok,500,ok/${key}`, retries: 0 });
    const el = await scan(html`<wm-maturity-scan scan="cx-maturity" respondent="ana" .adapter=${adapter}></wm-maturity-scan>`);
    el.value = { q1: 5, q2: 4, q3: 3, q4: 2 };
    const result = await el.submit();
    expect(result).to.exist;
    const stats = await (await fetch(`/test-api/stats/${key}`)).json();
    expect(stats.methods).to.deep.equal(['GET', 'PUT', 'PUT']);
    expect(stats.statuses).to.deep.equal([200, 500, 204]);
    expect(stats.urls[1]).to.equal(stats.urls[2]);
    const id = stats.urls[1].split('/').pop();
    const all: ScanResponse[] = await (await fetch('/test-api/scans/cx-maturity/responses')).json();
    expect(all.filter((r) => r.id === id)).to.have.length(1);
    expect(all.find((r) => r.id === id)!.answers).to.deep.equal({ q1: 5, q2: 4, q3: 3, q4: 2 });
    await el.submit();
    expect((await (await fetch(`/test-api/stats/${key}`)).json()).requests).to.equal(3);
  });

  it('says so when offline and sends once the browser is back online', async () => {
    const { adapter, memory } = flaky(1, () => new TypeError('Failed to fetch'));
    const el = await scan(html`<wm-maturity-scan respondent="ana" .adapter=${adapter}></wm-maturity-scan>`);
    complete(el);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    let saving: ReturnType<MaturityScan["submit"]>;
    try {
      saving = el.submit();
      await waitUntil(() => $(el, '[part~="offline"]'), 'offline shown');
    } finally {
      delete (navigator as { onLine?: unknown }).onLine;
    }
    expect(statusText(el)).to.contain('You are offline. Your answers will be sent when the connection is back.');
    await expect(el).to.be.accessible();
    expect(stored()).to.include({ state: 'sending' });
    expect(memory.responses).to.have.length(0);
    dispatchEvent(new Event('online'));
    await saving;
    expect(memory.responses).to.have.length(1);
  });

  it('a final failure says why, keeps the draft, and Try again sends again', async () => {
    let fail = true;
    const memory = new MemoryAdapter();
    const adapter: WaymarkAdapter = {
      saveScanResponse: (r, o) =>
        fail ? Promise.reject(new WaymarkError('network', 'The server answered 400 Bad Request.', 400)) : memory.saveScanResponse(r, o),
    };
    const el = await scan(html`<wm-maturity-scan respondent="ana" .adapter=${adapter}></wm-maturity-scan>`);
    complete(el);
    let error: unknown;
    await el.submit().catch((e) => (error = e));
    expect((error as WaymarkError).status).to.equal(400);
    await el.updateComplete;
    expect(statusText(el)).to.contain('Your answers could not be saved: The server answered 400 Bad Request. They are kept on this device.');
    expect(stored()).to.include({ state: 'sending' });
    fail = false;
    const done = oneEvent(el, 'wm-scan-complete');
    $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === 'Try again')!.click();
    await done;
    expect(memory.responses).to.have.length(1);
    expect(stored()).to.equal(null);
  });

  it('saves through a named or enclosing <wm-data-source> when the definition comes from data', async () => {
    for (const place of ['named', 'enclosing']) {
      localStorage.clear();
      const memory = new MemoryAdapter();
      const wrap = await fixture<HTMLElement>(
        place === 'named'
          ? html`<div><wm-data-source id="saves" .adapter=${memory}></wm-data-source>
              <wm-maturity-scan respondent="ana" source="saves" .data=${journeyManagementScan}></wm-maturity-scan></div>`
          : html`<wm-data-source .adapter=${memory}><wm-maturity-scan respondent="ana" .data=${journeyManagementScan}></wm-maturity-scan></wm-data-source>`,
      );
      const el = wrap.querySelector('wm-maturity-scan') as MaturityScan;
      await partRendered(el, 'question');
      complete(el);
      await el.submit();
      expect(memory.responses, place).to.have.length(1);
    }
  });

  it('a save cut short by removing the scan resumes when it is back in the page', async () => {
    const memory = new MemoryAdapter();
    let calls = 0;
    const adapter: WaymarkAdapter = {
      saveScanResponse: (r, o) =>
        ++calls === 1
          ? new Promise((_resolve, reject) => o?.signal?.addEventListener('abort', () => reject(o.signal!.reason)))
          : memory.saveScanResponse(r, o),
    };
    const wrap = await fixture<HTMLDivElement>(html`<div><wm-maturity-scan respondent="ana" .adapter=${adapter}></wm-maturity-scan></div>`);
    const el = wrap.firstElementChild as MaturityScan;
    await partRendered(el, 'question');
    complete(el);
    const first = el.submit();
    await waitUntil(() => calls === 1, 'first save under way');
    el.remove();
    let reason: unknown;
    await first.catch((e) => (reason = e));
    expect((reason as Error).name).to.equal('AbortError');
    expect(stored()).to.include({ state: 'sending' });
    const done = oneEvent(el, 'wm-scan-complete');
    wrap.append(el);
    await done;
    expect(calls).to.equal(2);
    expect(memory.responses).to.have.length(1);
  });

  it('says so, without throwing, when the browser will not store anything', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const el = await scan();
      complete(el);
      let error: unknown;
      const seen = await warnings(() => el.submit().catch((e) => (error = e)));
      expect(seen.join('\n')).to.contain('could not save scan answers on this device');
      expect((error as Error).message).to.equal('This browser did not let us keep them on this device.');
      await el.updateComplete;
      expect(statusText(el)).to.contain('Your answers could not be saved: This browser did not let us keep them on this device.');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('sends a response submitted before a reload but never confirmed', async () => {
    const response = {
      id: 'r-unsent', scanId: 'journey-management', respondent: 'ana', answers: { [questions[0]!.id]: 4 },
      startedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:01:00Z', completedAt: '2026-01-01T00:01:00Z',
    };
    localStorage.setItem(KEY, JSON.stringify({ v: 2, page: 5, state: 'sending', savedAt: Date.now(), response }));
    const memory = new MemoryAdapter();
    const el = await fixture<MaturityScan>(html`<wm-maturity-scan respondent="ana" .adapter=${memory}></wm-maturity-scan>`);
    await oneEvent(el, 'wm-scan-complete');
    expect(memory.responses).to.deep.equal([response]);
    expect(stored()).to.equal(null);
  });
});
