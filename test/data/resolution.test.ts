import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/waymark.js';
import type { StageTracker } from '../../src/elements/stage-tracker/stage-tracker.js';
import type { DataSource } from '../../src/elements/data-source/data-source.js';
import { MemoryAdapter } from '../../src/data/adapters/memory.js';
import type { Journey } from '../../src/data/schema.js';
import { $, deferredAdapter, partRendered, text } from '../helpers/setup.js';

const named = (name: string): Journey => ({
  id: 'j', name, stages: [{ id: 's', name: 'Stage', status: 'current' }],
});
const memory = (name: string) => new MemoryAdapter({ journeys: [named(name)] });
const jsonUrl = (name: string) => `data:application/json,${encodeURIComponent(JSON.stringify(named(name)))}`;
const shownName = async (el: StageTracker) => {
  await partRendered(el, 'stage');
  return text($(el, '.name'));
};

describe('data resolution order (SPEC): data, adapter, src, source, ancestor', () => {
  let source: DataSource;
  beforeEach(async () => {
    source = await fixture<DataSource>(html`<wm-data-source id="named-source"></wm-data-source>`);
    source.adapter = memory('from source');
  });

  it('1. data wins over everything', async () => {
    const el = await fixture<StageTracker>(html`<wm-data-source .adapter=${memory('from ancestor')}>
      <wm-stage-tracker journey="j" .data=${named('from data')} .adapter=${memory('from adapter')}
        src=${jsonUrl('from src')} source="named-source"></wm-stage-tracker></wm-data-source>`);
    expect(await shownName(el.querySelector('wm-stage-tracker')!)).to.equal('from data');
  });

  it('2. adapter wins over src, source and ancestor', async () => {
    const wrap = await fixture(html`<wm-data-source .adapter=${memory('from ancestor')}>
      <wm-stage-tracker journey="j" .adapter=${memory('from adapter')} src=${jsonUrl('from src')}
        source="named-source"></wm-stage-tracker></wm-data-source>`);
    expect(await shownName(wrap.querySelector('wm-stage-tracker')!)).to.equal('from adapter');
  });

  it('3. src wins over source and ancestor', async () => {
    const wrap = await fixture(html`<wm-data-source .adapter=${memory('from ancestor')}>
      <wm-stage-tracker journey="j" src=${jsonUrl('from src')} source="named-source"></wm-stage-tracker>
    </wm-data-source>`);
    expect(await shownName(wrap.querySelector('wm-stage-tracker')!)).to.equal('from src');
  });

  it('4. source wins over the ancestor', async () => {
    const wrap = await fixture(html`<wm-data-source .adapter=${memory('from ancestor')}>
      <wm-stage-tracker journey="j" source="named-source"></wm-stage-tracker></wm-data-source>`);
    expect(await shownName(wrap.querySelector('wm-stage-tracker')!)).to.equal('from source');
  });

  it('5. the nearest ancestor wm-data-source, across shadow roots', async () => {
    const wrap = await fixture(html`<wm-data-source .adapter=${memory('outer')}>
      <wm-data-source .adapter=${memory('inner')}><div id="host"></div></wm-data-source></wm-data-source>`);
    const host = wrap.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<wm-stage-tracker journey="j"></wm-stage-tracker>';
    expect(await shownName(root.querySelector('wm-stage-tracker')!)).to.equal('inner');
  });

  it('an unknown source id is a no-source error naming the id', async () => {
    const el = await fixture<StageTracker>(html`<wm-stage-tracker journey="j" source="nope"></wm-stage-tracker>`);
    await partRendered(el, 'error');
    expect(text($(el, '[part="error"]'))).to.contain('<wm-data-source id="nope">');
  });

  it('changing the source reloads; changing the named source adapter reloads too', async () => {
    const el = await fixture<StageTracker>(html`<wm-stage-tracker journey="j" source="named-source"></wm-stage-tracker>`);
    expect(await shownName(el)).to.equal('from source');
    source.adapter = memory('swapped');
    await source.updateComplete;
    await oneEvent(el, 'wm-load');
    await el.updateComplete;
    expect(text($(el, '.name'))).to.equal('swapped');
    el.data = named('now data');
    await el.updateComplete;
    expect(await shownName(el)).to.equal('now data');
  });

  it('src that answers 404 is a not-found error', async () => {
    const el = document.createElement('wm-stage-tracker');
    el.src = '/no-such-journey.json';
    const fired = oneEvent(el, 'wm-error');
    document.body.append(el);
    expect((await fired).detail.kind).to.equal('not-found');
    el.remove();
  });

  it('a data source configured in HTML without base-url explains itself', async () => {
    const wrap = await fixture(html`<wm-data-source type="rest"><wm-stage-tracker journey="j"></wm-stage-tracker></wm-data-source>`);
    const el = wrap.querySelector('wm-stage-tracker')!;
    await partRendered(el, 'error');
    expect(text($(el, '[part="error"]'))).to.contain('needs a base-url');
  });

  it('a static data source serves a dataset document', async () => {
    const dataset = { journeys: [{ ...named('static'), customer: 'c1' }] };
    const src = `data:application/json,${encodeURIComponent(JSON.stringify(dataset))}`;
    const wrap = await fixture(html`<wm-data-source type="static" src=${src}>
      <wm-stage-tracker journey="j" customer="c1"></wm-stage-tracker></wm-data-source>`);
    expect(await shownName(wrap.querySelector('wm-stage-tracker')!)).to.equal('static');
  });
});

describe('aborting', () => {
  it('aborts a stale load when the journey changes and shows only the latest', async () => {
    const { adapter, calls } = deferredAdapter();
    const el = await fixture<StageTracker>(html`<wm-stage-tracker journey="a" .adapter=${adapter}></wm-stage-tracker>`);
    el.journey = 'b';
    await el.updateComplete;
    expect(calls.map((c) => c.ref.journey)).to.deep.equal(['a', 'b']);
    expect(calls[0]!.signal!.aborted).to.equal(true);
    calls[1]!.resolve(named('b'));
    calls[0]!.resolve(named('a'));
    expect(await shownName(el)).to.equal('b');
  });
});

describe('defining twice', () => {
  it('keeps the first definition and warns once instead of throwing', async () => {
    const { defineElement } = await import('../../src/elements/define-element.js');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      const first = customElements.get('wm-stage-tracker');
      class Copy extends HTMLElement {}
      class Copy2 extends HTMLElement {}
      defineElement('wm-stage-tracker', Copy);
      defineElement('wm-stage-tracker', Copy2);
      expect(customElements.get('wm-stage-tracker')).to.equal(first);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('already defined');
    } finally {
      console.warn = warn;
    }
  });
});
