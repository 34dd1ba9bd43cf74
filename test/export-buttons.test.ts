import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/touchpoint-timeline/define.js';
import '../src/elements/maturity-scan/define.js';
import '../src/elements/journey-map/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import type { JourneyMapElement } from '../src/elements/journey-map/journey-map.js';
import { journeyManagementScan } from '../src/data/scans/journey-management.js';
import { generateTimeline } from '../fixtures/touchpoints.js';
import { fileName } from '../src/export/download.js';
import { smallMap } from './helpers/map.js';
import { $, partRendered, text } from './helpers/setup.js';

interface Saved {
  name: string;
  blob: Blob;
  revoked: boolean;
}

/** Catches downloads: the Blob given to URL.createObjectURL and the name on the clicked `<a download>`; nothing is saved. */
function catchDownloads() {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    const url = create.call(URL, b);
    blobs.set(url, b as Blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    for (const s of saved) if (blobs.get(url) === s.blob) s.revoked = true;
    revoke.call(URL, url);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download && blobs.has(this.href)) saved.push({ name: this.download, blob: blobs.get(this.href)!, revoked: false });
    else click.call(this);
  };
  return {
    saved,
    restore() {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
      HTMLAnchorElement.prototype.click = click;
    },
    async next(n = 1) {
      for (let i = 0; i < 200 && saved.length < n; i++) await new Promise((r) => setTimeout(r, 25));
      expect(saved.length, 'downloads').to.equal(n);
      await new Promise((r) => setTimeout(r, 10));
      return saved[n - 1]!;
    },
  };
}

const WORDS = {
  en: { image: 'Download image', csv: 'Download CSV', group: 'Download', results: 'Download results' },
  de: { image: 'Bild herunterladen', csv: 'CSV herunterladen', group: 'Herunterladen', results: 'Ergebnisse herunterladen' },
  nl: { image: 'Afbeelding downloaden', csv: 'CSV downloaden', group: 'Downloaden', results: 'Resultaten downloaden' },
} as const;

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };
const today = (ext: string, what: string) => fileName(what, ext);
let downloads: ReturnType<typeof catchDownloads>;

/** Clicks the element's "Download CSV": the file is `<what>-<date>.csv` holding `toCSV()`, its URL revoked. Returns its lines after the header. */
async function savedCsv(el: Element & { toCSV(): string }, what: string): Promise<string[]> {
  $(el, 'button[part="download-csv"]')!.click();
  const file = await downloads.next();
  expect(file.name).to.equal(today('csv', what));
  expect(file.blob.type).to.match(/^text\/csv/);
  const content = (await file.blob.text()).replace(/^\ufeff/, '');
  expect(content).to.equal(el.toCSV());
  expect(file.revoked, 'object URL revoked').to.equal(true);
  return content.trim().split('\r\n').slice(1);
}

describe('download buttons', () => {
  beforeEach(() => (downloads = catchDownloads()));
  afterEach(() => downloads.restore());

  it('file names carry the local date: journey-timeline-2026-12-03.csv', () => {
    expect(fileName('journey-timeline', 'csv', new Date(2026, 11, 3, 23, 59))).to.equal('journey-timeline-2026-12-03.csv');
  });

  for (const lang of ['en', 'de', 'nl'] as const) {
    it(`timeline toolbar (${lang}): "${WORDS[lang].image}" and "${WORDS[lang].csv}" are named buttons in a named group; axe clean`, async () => {
      const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline lang=${lang} .data=${generateTimeline({ count: 30 })}></wm-touchpoint-timeline>`);
      await partRendered(el, 'download-image');
      const image = $(el, 'button[part="download-image"]')!;
      const csv = $(el, 'button[part="download-csv"]')!;
      expect(text(image)).to.equal(WORDS[lang].image);
      expect(text(csv)).to.equal(WORDS[lang].csv);
      expect(image.closest('[role="group"]')!.getAttribute('aria-label')).to.equal(WORDS[lang].group);
      await expect(el).to.be.accessible();
    });
  }

  it('timeline: "Download CSV" saves the current filter as journey-timeline-<date>.csv', async () => {
    const data = generateTimeline({ count: 40 });
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline channels="email" .data=${data}></wm-touchpoint-timeline>`);
    await partRendered(el, 'download-csv');
    const rows = await savedCsv(el, 'journey-timeline');
    expect(rows.length).to.equal(data.items.filter((t) => t.channel === 'email').length);
    expect(rows.every((r) => r.split(',')[2] === 'email')).to.equal(true);
  });

  for (const lang of ['en', 'de', 'nl'] as const) {
    it(`scan result (${lang}): "${WORDS[lang].results}" saves the answers and result as maturity-scan-<date>.csv; axe clean`, async () => {
      localStorage.clear();
      const el = await fixture<MaturityScan>(html`<wm-maturity-scan lang=${lang} autosave="off"></wm-maturity-scan>`);
      await partRendered(el, 'question');
      el.value = Object.fromEntries(journeyManagementScan.questions.map((q) => [q.id, 4]));
      await el.submit();
      await partRendered(el, 'download');
      const button = $(el, 'button[part="download"]')!;
      expect(text(button)).to.equal(WORDS[lang].results);
      await expect(el).to.be.accessible();
      button.click();
      const file = await downloads.next();
      expect(file.name).to.equal(today('csv', 'maturity-scan'));
      const content = (await file.blob.text()).replace(/^\ufeff/, '');
      expect(content).to.equal(el.toCSV());
      expect(content.split('\r\n').filter((r) => r.startsWith('question,')).length).to.equal(journeyManagementScan.questions.length);
      expect(content).to.match(/\r\ntotal,journey-management,/);
    });
  }

  for (const lang of ['en', 'de', 'nl'] as const) {
    it(`journey map (${lang}): "${WORDS[lang].image}" and "${WORDS[lang].csv}" in a named group in the toolbar above the table; axe clean`, async () => {
      const el = await fixture<JourneyMapElement>(html`<wm-journey-map lang=${lang} .data=${smallMap()}></wm-journey-map>`);
      await partRendered(el, 'table');
      const toolbar = $(el, '[part="toolbar"]')!;
      const image = toolbar.querySelector('button[part="download-image"]')!;
      const csv = toolbar.querySelector('button[part="download-csv"]')!;
      expect(text(image)).to.equal(WORDS[lang].image);
      expect(text(csv)).to.equal(WORDS[lang].csv);
      expect(image.closest('[role="group"]')!.getAttribute('aria-label')).to.equal(WORDS[lang].group);
      expect(toolbar.getBoundingClientRect().bottom, 'above the table').to.be.at.most($(el, 'table')!.getBoundingClientRect().top);
      await expect(el).to.be.accessible();
    });
  }

  it('journey map: "Download CSV" saves the lanes shown as journey-map-<date>.csv', async () => {
    const el = await fixture<JourneyMapElement>(html`<wm-journey-map lanes="doing people" .data=${smallMap()}></wm-journey-map>`);
    await partRendered(el, 'table');
    const rows = await savedCsv(el, 'journey-map');
    // Two lanes of three steps each.
    expect(rows.map((r) => r.split(',')[0])).to.deep.equal(['doing', 'doing', 'doing', 'people', 'people', 'people']);
  });

  /** Each element with a "Download image" button: how to make it, a part its picture needs, and its file name. */
  const IMAGES = [
    {
      name: 'timeline', file: 'journey-timeline', part: 'canvas',
      make: () => fixture<Rendered>(html`<wm-touchpoint-timeline .data=${generateTimeline({ count: 40 })}></wm-touchpoint-timeline>`),
    },
    { name: 'journey map', file: 'journey-map', part: 'table', make: () => fixture<Rendered>(html`<wm-journey-map .data=${smallMap()}></wm-journey-map>`) },
  ];
  for (const c of IMAGES) {
    it(`${c.name}: "Download image" saves a PNG of it as ${c.file}-<date>.png`, async () => {
      const el = await c.make();
      await partRendered(el, c.part);
      $(el, 'button[part="download-image"]')!.click();
      const file = await downloads.next();
      expect(file.name).to.equal(today('png', c.file));
      expect(file.blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(file.blob);
      expect(bitmap.width).to.be.closeTo(el.getBoundingClientRect().width * devicePixelRatio, devicePixelRatio);
      expect(bitmap.height, 'not blank').to.be.above(100 * devicePixelRatio);
    });
  }
});
