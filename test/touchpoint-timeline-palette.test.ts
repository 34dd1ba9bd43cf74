import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/touchpoint-timeline/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { Touchpoint } from '../src/data/schema.js';
import { toRgba } from '../src/styles/color.js';
import { $, $$, partRendered, text, until } from './helpers/setup.js';

// The timeline's canvas takes its sentiment colours from --wm-color-good,
// --wm-color-neutral and --wm-color-critical. Whatever syntax a theme writes
// them in (oklch(), color-mix(), hex, names), the marks must be drawn in those
// colours, not in the grey a parser that only knows rgb() falls back to.

const at = (d: number) => new Date(Date.UTC(2025, 2, d, 12)).toISOString();
const items: Touchpoint[] = [
  { id: 'good', at: at(4), channel: 'web', title: 'Loved the demo', sentiment: 1, initiator: 'customer' },
  { id: 'half', at: at(11), channel: 'web', title: 'Useful call', sentiment: 0.5, initiator: 'customer' },
  { id: 'neutral', at: at(18), channel: 'web', title: 'Read the FAQ', sentiment: 0, initiator: 'customer' },
  { id: 'critical', at: at(25), channel: 'web', title: 'Billing mistake', sentiment: -1, initiator: 'customer' },
];

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** A timeline of `items` inside a wrapper that sets `tokens` as custom properties. */
async function timeline(tokens: Record<string, string>) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  for (const [k, v] of Object.entries(tokens)) wrap.style.setProperty(k, v);
  const el = document.createElement('wm-touchpoint-timeline') as TouchpointTimeline;
  el.data = { items };
  wrap.append(el);
  await partRendered(el, 'plot');
  await until(() => text($(el, '[part="range"]')), 'the range line');
  await frame();
  return el;
}

/** The canvas pixel (r, g, b) at the centre of touchpoint `id`'s mark: a filled dot, so its fill colour. */
function centre(el: TouchpointTimeline, id: string): number[] {
  const tp = items.find((t) => t.id === id)!;
  const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
  const box = canvas.getBoundingClientRect();
  const { from, to } = el.visibleRange!;
  const row = $$(el, '[part="lane-label"]').find((l) => text(l) === 'Web')!.getBoundingClientRect();
  const x = ((Date.parse(tp.at) - +from) / (+to - +from)) * box.width;
  const y = row.top + row.height / 2 - box.top;
  const k = canvas.width / box.width;
  return [...canvas.getContext('2d')!.getImageData(Math.floor(x * k), Math.floor(y * k), 1, 1).data].slice(0, 3);
}

function expectColour(actual: number[], expected: number[], what: string) {
  const off = actual.some((v, i) => Math.abs(v - expected[i]!) > 3);
  expect(off, `${what}: drew rgb(${actual.join(' ')}), expected about rgb(${expected.join(' ')})`).to.equal(false);
}

const GREY = [128, 128, 128];

// sRGB reference values: oklch() of pure red, #008000 and pure blue; the
// color-mix() results by the spec's sRGB interpolation.
const cases: { name: string; tokens: Record<string, string>; good: number[]; neutral: number[]; critical: number[] }[] = [
  {
    name: 'oklch()',
    tokens: {
      '--wm-color-good': 'oklch(0.519752 0.176858 142.495)',
      '--wm-color-neutral': 'oklch(0.452014 0.313214 264.052)',
      '--wm-color-critical': 'oklch(0.627955 0.257683 29.2339)',
    },
    good: [0, 128, 0],
    neutral: [0, 0, 255],
    critical: [255, 0, 0],
  },
  {
    name: 'color-mix()',
    tokens: {
      '--wm-color-good': 'color-mix(in srgb, #00c000 50%, #0000ff)',
      '--wm-color-neutral': 'color-mix(in srgb, black 50%, white)',
      '--wm-color-critical': 'color-mix(in srgb, red 75%, white)',
    },
    good: [0, 96, 128],
    neutral: [128, 128, 128],
    critical: [255, 64, 64],
  },
  {
    name: 'hex',
    tokens: { '--wm-color-good': '#1e90ff', '--wm-color-neutral': '#444', '--wm-color-critical': '#b22222cc' },
    good: [30, 144, 255],
    neutral: [68, 68, 68],
    // 80 % opaque over the transparent canvas: read back as its own colour.
    critical: [178, 34, 34],
  },
  {
    name: 'named colours',
    tokens: { '--wm-color-good': 'seagreen', '--wm-color-neutral': 'slategray', '--wm-color-critical': 'crimson' },
    good: [46, 139, 87],
    neutral: [112, 128, 144],
    critical: [220, 20, 60],
  },
];

describe('wm-touchpoint-timeline: sentiment colours from any CSS colour', () => {
  for (const c of cases) {
    it(`draws good, neutral, critical and the ramp between them from ${c.name} tokens`, async () => {
      const el = await timeline(c.tokens);
      expectColour(centre(el, 'good'), c.good, '--wm-color-good');
      expectColour(centre(el, 'neutral'), c.neutral, '--wm-color-neutral');
      expectColour(centre(el, 'critical'), c.critical, '--wm-color-critical');
      // Sentiment +0.5: halfway from neutral to good.
      const half = c.neutral.map((v, i) => Math.round((v + c.good[i]!) / 2));
      expectColour(centre(el, 'half'), half, 'sentiment +0.5');
      if (c.neutral.join() !== GREY.join()) expect(centre(el, 'neutral')).not.to.deep.equal(GREY);
      expect(centre(el, 'good')).not.to.deep.equal(GREY);
    });
  }

  it('redraws in the new colours when a token changes', async () => {
    const el = await timeline({ '--wm-color-good': 'oklch(0.519752 0.176858 142.495)' });
    expectColour(centre(el, 'good'), [0, 128, 0], 'before');
    el.parentElement!.style.setProperty('--wm-color-good', 'color-mix(in oklab, blue 100%, white)');
    el.requestUpdate();
    await el.updateComplete;
    await frame();
    expectColour(centre(el, 'good'), [0, 0, 255], 'after');
  });
});

describe('toRgba', () => {
  it('reads any CSS colour as sRGB bytes and alpha, and rejects what is no colour', () => {
    expect(toRgba('rgb(10 20 30)')).to.deep.equal([10, 20, 30, 1]);
    expect(toRgba('#ff000080')![3]).to.be.closeTo(0.5, 0.01);
    expect(toRgba('transparent')![3]).to.equal(0);
    expect(toRgba('lab(100% 0 0)')!.slice(0, 3)).to.deep.equal([255, 255, 255]);
    const [r, g, b, a] = toRgba('color(srgb 0 0.5 1)')!;
    expect([r, b, a]).to.deep.equal([0, 255, 1]);
    expect(g).to.be.closeTo(127.5, 1);
    expect(toRgba('not a colour')).to.equal(undefined);
    expect(toRgba('')).to.equal(undefined);
  });

  it('resolves each colour string once', () => {
    const proto = CanvasRenderingContext2D.prototype;
    const original = proto.getImageData;
    let reads = 0;
    proto.getImageData = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof original>) {
      reads++;
      return original.apply(this, args);
    } as typeof original;
    try {
      const colour = 'oklch(0.7 0.1 200 / 0.9)';
      const first = toRgba(colour);
      const again = toRgba(colour);
      expect(again).to.equal(first);
      expect(reads).to.equal(1);
    } finally {
      proto.getImageData = original;
    }
  });
});
