import { expect } from '@open-wc/testing';
import { timeTicks } from '../src/elements/touchpoint-timeline/ticks.js';
import { TimeScale, clampView, extentOf, zoomView, HOUR, DAY } from '../src/elements/touchpoint-timeline/scale.js';
import { TouchpointStore } from '../src/elements/touchpoint-timeline/store.js';
import { generateTouchpoints } from '../fixtures/touchpoints.js';

// Local times, so the ticks (on local calendar boundaries) are the same in every time zone.
const local = (y: number, m: number, d = 1, h = 0) => +new Date(y, m - 1, d, h);

describe('touchpoint timeline axis: adaptive ticks', () => {
  it('picks hours, days, months or years by the span in view, on calendar boundaries', () => {
    const hours = timeTicks(local(2025, 3, 3, 8), local(2025, 3, 3, 20), 1400, 'en-GB');
    expect(hours.unit).to.equal('hour');
    expect(hours.ticks.map((t) => t.label)).to.deep.equal(['3 Mar 08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00', '18:00', '19:00', '20:00']);
    const days = timeTicks(local(2025, 2, 26), local(2025, 3, 5), 1000, 'en-GB');
    expect(days.unit).to.equal('day');
    expect(days.ticks.map((t) => t.label)).to.deep.equal(['26 Feb 2025', '27 Feb', '28 Feb', '1 Mar', '2 Mar', '3 Mar', '4 Mar', '5 Mar']);
    const months = timeTicks(local(2024, 10, 1), local(2025, 4, 1), 1000, 'en-GB');
    expect(months.unit).to.equal('month');
    expect(months.ticks.map((t) => t.label)).to.deep.equal(['Oct 2024', 'Nov', 'Dec', 'Jan 2025', 'Feb', 'Mar', 'Apr']);
    const years = timeTicks(local(2015, 1, 1), local(2025, 1, 1), 1000, 'en-GB');
    expect(years.unit).to.equal('year');
    expect(years.ticks.map((t) => t.label)).to.deep.equal(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    for (const { ticks } of [hours, days, months, years]) {
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.t).to.be.above(ticks[i - 1]!.t);
    }
  });

  it('keeps labels at least 96 px apart however narrow the plot', () => {
    for (const width of [200, 480, 1400]) {
      for (const span of [6 * HOUR, 10 * DAY, 400 * DAY, 4000 * DAY]) {
        const from = local(2025, 1, 1);
        const { ticks } = timeTicks(from, from + span, width, 'en');
        const px = (t: number) => ((t - from) / span) * width;
        for (let i = 1; i < ticks.length; i++) expect(px(ticks[i]!.t) - px(ticks[i - 1]!.t)).to.be.at.least(85);
      }
    }
  });

  it('labels in the locale', () => {
    const months = timeTicks(local(2024, 11, 1), local(2025, 2, 1), 600, 'de');
    expect(months.ticks.map((t) => t.label)).to.deep.equal(['Nov. 2024', 'Dez', 'Jan. 2025', 'Feb']);
    const hours = timeTicks(local(2025, 3, 3, 13), local(2025, 3, 3, 16), 600, 'en-US');
    expect(hours.ticks[2]!.label).to.match(/^0?2:00\sPM$/);
  });
});

describe('touchpoint timeline axis: scale, zoom and pan', () => {
  it('maps time to x and back, mirrored in right-to-left layouts', () => {
    const ltr = new TimeScale(0, 1000, 500);
    const rtl = new TimeScale(0, 1000, 500, true);
    expect(ltr.x(250)).to.equal(125);
    expect(rtl.x(250)).to.equal(375);
    expect(ltr.t(ltr.x(640))).to.equal(640);
    expect(rtl.t(rtl.x(640))).to.equal(640);
  });

  it('zooms about an anchor and stays within the data and one hour', () => {
    const extent = { from: 0, to: 100 * DAY };
    const view = zoomView(extent, 0.5, 20 * DAY, extent);
    expect(view).to.deep.equal({ from: 10 * DAY, to: 60 * DAY });
    expect(zoomView(view, 4, 50 * DAY, extent)).to.deep.equal(extent);
    const tiny = zoomView(view, 1e-9, 30 * DAY, extent);
    expect(tiny.to - tiny.from).to.equal(HOUR);
    expect(clampView({ from: -5 * DAY, to: 5 * DAY }, extent)).to.deep.equal({ from: 0, to: 10 * DAY });
    const e = extentOf(10 * DAY, 60 * DAY);
    expect(e.from).to.be.below(10 * DAY);
    expect(e.to).to.be.above(60 * DAY);
    expect(extentOf(10 * DAY, 60 * DAY, 0, 90 * DAY)).to.deep.equal({ from: 0, to: 90 * DAY });
  });
});

describe('touchpoint timeline store', () => {
  it('keeps touchpoints in time order whatever order the pages come in', () => {
    const all = generateTouchpoints({ count: 300, seed: 12 });
    const store = new TouchpointStore();
    store.append(all.slice(200));
    store.append([...all.slice(0, 100)].reverse());
    store.append(all.slice(100, 200));
    expect(store.length).to.equal(300);
    // Read back from the columns, every touchpoint is as it was given.
    expect(store.items()).to.deep.equal(all);
    for (let i = 1; i < store.length; i++) expect(store.times[i]).to.be.at.least(store.times[i - 1]!);
    expect(store.indexOf(all[150]!.id)).to.equal(150);
    expect(store.channelCounts.reduce((a, b) => a + b)).to.equal(300);
    expect(store.lowerBound(Date.parse(all[42]!.at))).to.equal(42);
  });

  it('reads each touchpoint back as given: times as written, false kept apart from missing, texts shared', () => {
    const given = [
      { id: 'a', at: '2025-03-01T10:00:00+02:00', channel: 'web', title: 'Same', momentOfTruth: false, sentiment: 0.37 },
      { id: 'b', at: '2025-03-01T09:00:00.000Z', channel: 'custom', title: 'Same', stageId: 's', initiator: 'company' as const, friction: 'high' as const, outcome: 'Done', detail: 'More' },
      { id: 'c', at: '2025-03-02', channel: 'web', title: 'Other', momentOfTruth: true },
      // Instants that toISOString() writes otherwise: kept as written.
      { id: 'd', at: '2025-03-03T24:00:00.000Z', channel: 'web', title: 'Other' },
    ];
    // Engine-specific: Chromium and Firefox read 30 February as 2 March; WebKit
    // reads no date at all (NaN), which validation rejects before the store.
    const feb30 = { id: 'f', at: '2025-02-30T00:00:00.000Z', channel: 'web', title: 'Other' };
    const rolls = !Number.isNaN(Date.parse(feb30.at));
    const store = new TouchpointStore();
    store.append(rolls ? [...given, feb30] : given);
    expect(store.items()).to.deep.equal(rolls ? [given[0], given[1], given[2], feb30, given[3]] : given);
    expect(store.item(2)!.at).to.equal('2025-03-02');
    expect(store.item(5)).to.equal(undefined);
    expect(store.texts.filter((t) => t === 'Same')).to.have.length(1);
  });
});
