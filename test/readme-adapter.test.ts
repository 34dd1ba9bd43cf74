// Runs the README's worked custom adapter exactly as printed, against a
// stubbed CRM API, so the example cannot drift from what works.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/waymark.js';
import type { StageTracker } from '../src/elements/stage-tracker/stage-tracker.js';
import type { ScoreGauge } from '../src/elements/score-gauge/score-gauge.js';
import type { WaymarkAdapter } from '../src/data/adapters/types.js';
import { $, $$, partRendered, text } from './helpers/setup.js';

type CrmAdapter = (baseUrl: string, o?: { pollMs?: number }) => WaymarkAdapter;

async function loadExample(): Promise<CrmAdapter> {
  const readme = await (await fetch('/README.md')).text();
  const block = /<!-- readme:custom-adapter[^>]*-->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(block, 'README custom adapter block').to.be.a('string');
  const code = block!.replace(`'waymark/adapters'`, `'${location.origin}/src/data/adapters/index.ts'`);
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  try {
    return ((await import(/* @vite-ignore */ url)) as { crmAdapter: CrmAdapter }).crmAdapter;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const BASE = 'https://crm.test/api';
const account = (state2 = 'active') => ({
  id: 'acme',
  name: 'Acme',
  pipeline: 'onboarding',
  phases: [
    { key: 'kickoff', title: 'Kick-off', state: 'won', started: '2026-01-05T00:00:00Z' },
    { key: 'setup', title: 'Set-up', state: state2, percent: 40, todo: 'Connect the CRM' },
    { key: 'live', title: 'Go live', state: 'open' },
  ],
});

describe('README: the worked custom adapter', () => {
  let crmAdapter: CrmAdapter;
  let answer: (url: string) => Response;
  const calls: string[] = [];
  const realFetch = window.fetch;

  before(async () => {
    crmAdapter = await loadExample();
  });
  beforeEach(() => {
    calls.length = 0;
    answer = (url) =>
      url.includes('/health')
        ? Response.json({ score: 72, lastMonth: 65 })
        : Response.json(account());
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith(BASE)) return realFetch(input, init);
      init?.signal?.throwIfAborted();
      calls.push(url);
      return answer(url);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('maps the CRM account into a journey the tracker shows', async () => {
    const el = await fixture<StageTracker>(html`<wm-stage-tracker journey="onboarding" customer="acme"
      .adapter=${crmAdapter(BASE)}></wm-stage-tracker>`);
    await partRendered(el, 'stages');
    expect($$(el, '[part="status"]').map((s) => text(s))).to.deep.equal(['Done', 'In progress', 'Not started']);
    expect(text($(el, '[part="next-step"]'))).to.equal('Next step: Connect the CRM');
    expect(calls[0]).to.equal(`${BASE}/accounts/acme?pipeline=onboarding`);
    await expect(el).to.be.accessible();
  });

  it('feeds a health gauge with its change', async () => {
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge metric="health" customer="acme"
      .adapter=${crmAdapter(BASE)}></wm-score-gauge>`);
    await partRendered(el, 'value');
    expect(text($(el, '[part="value"]'))).to.contain('72');
    expect(text(el.shadowRoot!.querySelector('[part~="change"]'))).to.contain('7');
  });

  it('turns a 404 into not-found and a 500 into a network error', async () => {
    answer = (url) => new Response('', { status: url.includes('ghost') ? 404 : 500 });
    const missing = await fixture<StageTracker>(html`<wm-stage-tracker journey="onboarding" customer="ghost"
      .adapter=${crmAdapter(BASE)}></wm-stage-tracker>`);
    const e1 = await oneEvent(missing, 'wm-error');
    expect(e1.detail.kind).to.equal('not-found');
    const broken = await fixture<StageTracker>(html`<wm-stage-tracker journey="onboarding" customer="acme"
      .adapter=${crmAdapter(BASE)}></wm-stage-tracker>`);
    const e2 = await oneEvent(broken, 'wm-error');
    expect(e2.detail.kind).to.equal('network');
    expect(text($(broken, '[role="alert"]'))).to.contain('The CRM answered 500.');
  });

  it('polls for live updates through a data source and stops when the element goes', async () => {
    const wrap = await fixture<HTMLElement>(html`<wm-data-source .adapter=${crmAdapter(BASE, { pollMs: 40 })}>
      <wm-stage-tracker journey="onboarding" customer="acme"></wm-stage-tracker>
    </wm-data-source>`);
    const el = wrap.querySelector<StageTracker>('wm-stage-tracker')!;
    await partRendered(el, 'stages');
    answer = () => Response.json(account('won'));
    await waitUntil(() => $$(el, '[part="status"]').map((s) => text(s))[1] === 'Done', 'the poll brought the update');
    el.remove();
    const after = calls.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(calls.length).to.equal(after);
  });
});
