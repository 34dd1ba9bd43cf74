import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/elements/score-gauge/define.js';
import '../src/elements/journey-score/define.js';
import '../src/elements/touchpoint-timeline/define.js';
import '../src/elements/journey-map/define.js';
import type { ImageOptions } from '../src/export/image.js';
import { serviceJourney } from '../fixtures/journeys.js';
import { generateTimeline } from '../fixtures/touchpoints.js';
import { smallMap } from './helpers/map.js';
import { partRendered, text } from './helpers/setup.js';

type Imageable = HTMLElement & { updateComplete: Promise<unknown>; toImage(o?: ImageOptions): Promise<Blob> };

/** Each element that draws, with a part every rendering has and the text the picture must carry. */
const CASES: { name: string; part: string; make: (lang: string) => TemplateResult; words: (el: Element) => string[] }[] = [
  {
    name: 'wm-score-gauge',
    part: 'gauge',
    make: (lang) => html`<wm-score-gauge lang=${lang} kind="nps" value="32" previous="26" target="40"></wm-score-gauge>`,
    words: (el) => ['+32', text(el.shadowRoot!.querySelector('[part="label"]')), text(el.shadowRoot!.querySelector('[part~="band-label"]'))],
  },
  {
    name: 'wm-journey-score',
    part: 'components',
    make: (lang) => html`<wm-journey-score lang=${lang} .data=${serviceJourney()}></wm-journey-score>`,
    words: (el) => [text(el.shadowRoot!.querySelector('[part="label"]')), text(el.shadowRoot!.querySelector('.component .name'))],
  },
  {
    name: 'wm-touchpoint-timeline',
    part: 'canvas',
    make: (lang) => html`<wm-touchpoint-timeline lang=${lang} .data=${generateTimeline({ count: 60 })}></wm-touchpoint-timeline>`,
    words: (el) => [text(el.shadowRoot!.querySelector('[part="range"]')), text(el.shadowRoot!.querySelector('[part="lane-label"]'))],
  },
  {
    name: 'wm-journey-map',
    part: 'table',
    make: (lang) => html`<wm-journey-map lang=${lang} .data=${smallMap()}></wm-journey-map>`,
    words: (el) => ['Sign up', text(el.shadowRoot!.querySelector('th.corner:not(:empty)')), 'Find us', 'Sees an ad', 'Slow page', 'Customers'],
  },
];

async function render(t: TemplateResult, part: string, theme?: string): Promise<Imageable> {
  const wrap = await fixture<HTMLElement>(html`<div data-wm-theme=${theme ?? 'light'}>${t}</div>`);
  const el = wrap.firstElementChild as Imageable;
  await partRendered(el, part);
  // Fonts and lazily drawn canvases settle in a frame or two.
  await new Promise((r) => setTimeout(r, 100));
  return el;
}

/** The PNG decoded: its size and pixels. */
async function pixels(blob: Blob) {
  expect(blob.type).to.equal('image/png');
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

/** The most frequent opaque colour (the background) and how many distinct colours there are. */
function histogram(data: Uint8ClampedArray) {
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! < 250) continue;
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0];
  const luminance = (0.2126 * ((top >> 16) & 255) + 0.7152 * ((top >> 8) & 255) + 0.0722 * (top & 255)) / 255;
  return { colours: counts.size, background: luminance };
}

/** Every reference in a parsed SVG that points outside it (anything but #ids and data: images). */
function externalRefs(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const local = a.localName;
      if ((local === 'href' || local === 'src') && !/^(#|data:image\/)/.test(a.value)) out.push(`${el.localName} ${a.name}=${a.value.slice(0, 40)}`);
      for (const m of a.value.matchAll(/url\(\s*['"]?([^'")]*)/g)) if (!m[1]!.startsWith('#')) out.push(`${el.localName} ${a.name} url(${m[1]})`);
    }
  }
  return out;
}

describe('toImage', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      for (const scale of [1, 2]) {
        it(`PNG at scale ${scale}: the rendered size × ${scale}, not blank, light background in the light theme`, async () => {
          const el = await render(c.make('en'), c.part);
          const blob = await el.toImage({ scale });
          // Measured after: toImage() waits for pending renders (WebKit lays the timeline out once more after its first frame).
          const box = el.getBoundingClientRect();
          const png = await pixels(blob);
          expect(png.width).to.be.closeTo(box.width * scale, scale);
          expect(png.height).to.be.closeTo(box.height * scale, scale);
          const h = histogram(png.data);
          expect(h.colours, 'distinct colours').to.be.greaterThan(5);
          expect(h.background).to.be.greaterThan(0.8);
        });
      }

      it('PNG in the dark theme has a dark background', async () => {
        const el = await render(c.make('en'), c.part, 'dark');
        const h = histogram((await pixels(await el.toImage({ scale: 1 }))).data);
        expect(h.colours).to.be.greaterThan(5);
        expect(h.background).to.be.lessThan(0.2);
      });

      it('PNG scale defaults to devicePixelRatio', async () => {
        const el = await render(c.make('en'), c.part);
        const png = await pixels(await el.toImage());
        expect(png.width).to.be.closeTo(el.getBoundingClientRect().width * devicePixelRatio, devicePixelRatio);
      });

      for (const lang of ['en', 'de', 'nl']) {
        it(`SVG (${lang}): parses, references nothing outside itself, no script or style attributes, carries the visible text`, async () => {
          const el = await render(c.make(lang), c.part);
          const blob = await el.toImage({ type: 'image/svg+xml' });
          expect(blob.type).to.equal('image/svg+xml');
          const source = await blob.text();
          const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
          expect(doc.querySelector('parsererror'), 'parse error').to.equal(null);
          expect(doc.documentElement.localName).to.equal('svg');
          expect(externalRefs(doc)).to.deep.equal([]);
          expect(doc.querySelectorAll('script, foreignObject, style, [style]').length).to.equal(0);
          const box = el.getBoundingClientRect();
          expect(Number(doc.documentElement.getAttribute('width'))).to.be.closeTo(box.width, 1);
          expect(doc.querySelector('text')!.getAttribute('font-family')).to.match(/sans-serif|system-ui/);
          const shown = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
          for (const w of c.words(el)) expect(shown.replace(/\s+/g, ' '), w).to.contain(w);
        });
      }
    });
  }

  it('the timeline\'s canvas is embedded as a data: PNG, with the toolbar as shown', async () => {
    const el = await render(CASES[2]!.make('en'), 'canvas');
    const doc = new DOMParser().parseFromString(await (await el.toImage({ type: 'image/svg+xml' })).text(), 'image/svg+xml');
    const image = doc.querySelector('image')!;
    expect(image.getAttribute('href')).to.match(/^data:image\/png;base64,/);
    const shown = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(shown).to.contain('Zoom in');
  });

  it('the journey map\'s picture leaves out its download buttons but draws the emotion curve', async () => {
    const el = await render(CASES[3]!.make('en'), 'table');
    const doc = new DOMParser().parseFromString(await (await el.toImage({ type: 'image/svg+xml' })).text(), 'image/svg+xml');
    const shown = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(shown).to.contain('Sign up').and.not.contain('Download');
    // Each of the three emotion cells draws a line and a point per series, besides the zero line.
    expect(doc.querySelectorAll('path').length).to.be.at.least(3 * 5);
  });

  it('the journey map below the fold: its cells (which skip rendering out of view) are drawn in full', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><div style="height: 300vh"></div><wm-journey-map .data=${smallMap()}></wm-journey-map></div>`);
    const el = wrap.lastElementChild as Imageable;
    await partRendered(el, 'table');
    const doc = new DOMParser().parseFromString(await (await el.toImage({ type: 'image/svg+xml' })).text(), 'image/svg+xml');
    const shown = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const w of ['Scrolls past', 'Slow page', 'Autofill', 'Social', '1,000 reached', '155 reached', 'Form CSAT']) expect(shown, w).to.contain(w);
    // Lane under lane, every text inside the picture (placeholders would stack the cells' text at the top).
    const y = (w: string) => Number([...doc.querySelectorAll('text')].find((t) => t.textContent!.includes(w))!.getAttribute('y'));
    expect(y('Scrolls past')).to.be.below(y('Social')).and.below(y('Form CSAT')).and.below(y('1,000 reached'));
    const height = Number(doc.documentElement.getAttribute('height'));
    for (const t of doc.querySelectorAll('text')) expect(Number(t.getAttribute('y')), t.textContent!).to.be.within(0, height);
  });

  it('right to left: text keeps its right edge (direction="rtl"), and the PNG is drawn', async () => {
    const wrap = await fixture<HTMLElement>(html`<div dir="rtl"><wm-journey-score .data=${serviceJourney()}></wm-journey-score></div>`);
    const el = wrap.firstElementChild as Imageable;
    await partRendered(el, 'components');
    const doc = new DOMParser().parseFromString(await (await el.toImage({ type: 'image/svg+xml' })).text(), 'image/svg+xml');
    const label = [...doc.querySelectorAll('text')].find((t) => t.textContent === text(el.shadowRoot!.querySelector('[part="label"]')))!;
    expect(label.getAttribute('direction')).to.equal('rtl');
    const right = el.shadowRoot!.querySelector('[part="label"]')!.getBoundingClientRect().right - el.getBoundingClientRect().left;
    // The label's text is set at its right edge (its padding box ends a little further right).
    expect(Number(label.getAttribute('x'))).to.be.closeTo(right, 2);
    expect(histogram((await pixels(await el.toImage({ scale: 1 }))).data).colours).to.be.greaterThan(5);
  });

  it('rejects a scale that is not a positive number', async () => {
    const el = await render(CASES[0]!.make('en'), 'gauge');
    let error: unknown;
    await el.toImage({ scale: 0 }).catch((e) => (error = e));
    expect(error).to.be.instanceOf(RangeError);
  });
});
