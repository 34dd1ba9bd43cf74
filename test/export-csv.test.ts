import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/stage-tracker/define.js';
import '../src/elements/journey-score/define.js';
import '../src/elements/touchpoint-timeline/define.js';
import '../src/elements/maturity-scan/define.js';
import '../src/elements/journey-map/define.js';
import type { StageTracker } from '../src/elements/stage-tracker/stage-tracker.js';
import type { JourneyScore } from '../src/elements/journey-score/journey-score.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import type { JourneyMapElement } from '../src/elements/journey-map/journey-map.js';
import type { Journey, JourneyMap, Touchpoint } from '../src/data/schema.js';
import { csv } from '../src/export/csv.js';
import { partRendered } from './helpers/setup.js';

/** An RFC 4180 reader: every record must end in CRLF, quoted fields may hold commas, quotes and line breaks. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') (field += '"'), (i += 2);
          else break;
        } else field += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) (rows.push(row), (row = []), (i += 2));
    else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length) throw new Error('last record has no CRLF');
  for (const r of rows) if (r.length !== rows[0]!.length) throw new Error(`a record of ${r.length} fields, not ${rows[0]!.length}`);
  return rows;
}

/** What a spreadsheet shows for a text cell: formula-looking text gains a leading '. */
const shown = (s: string) => (/^[=+\-@]/.test(s) ? `'${s}` : s);
const NASTY = ['a, b', 'say "hi"', 'line\r\nbreak\nand\rmore', '日本語', 'Ελληνικά', '=SUM(A1)', '+1', '-x', '@a'];

describe('toCSV', () => {
  it('quotes, doubles quotes, ends lines with CRLF, defuses formulas and keeps numbers', () => {
    const out = csv('t,n', [...NASTY.map((s, i) => [s, -i - 0.5]), [null, true]]);
    expect(parse(out)).to.deep.equal([['t', 'n'], ...NASTY.map((s, i) => [shown(s), String(-i - 0.5)]), ['', 'true']]);
    expect(out).to.contain('"say ""hi"""');
    expect(out).to.contain(',-0.5\r\n');
  });

  it('wm-stage-tracker: one row per stage', async () => {
    const journey: Journey = {
      id: 'j', name: 'J',
      stages: [
        {
          id: 's1', name: '=SUM(A1)', status: 'done', startedAt: '2026-01-01T00:00:00.000Z', completedAt: '2026-01-05T00:00:00.000Z',
          window: { fromDay: 0, toDay: 10 },
          milestones: [{ id: 'm1', name: 'x', done: true }, { id: 'm2', name: 'y', done: false }],
        },
        { id: 's2', name: '日本語, "Ελληνικά"\nzwei', status: 'current', progress: 0.25, startedAt: '2026-01-05T00:00:00.000Z' },
      ],
    };
    const el = await fixture<StageTracker>(html`<wm-stage-tracker .data=${journey}></wm-stage-tracker>`);
    await partRendered(el, 'base');
    expect(parse(el.toCSV())).to.deep.equal([
      ['stage', 'name', 'status', 'progress', 'startedAt', 'completedAt', 'dueAt', 'milestonesDone', 'milestones'],
      ['s1', "'=SUM(A1)", 'done', '', '2026-01-01T00:00:00.000Z', '2026-01-05T00:00:00.000Z', '2026-01-11T00:00:00.000Z', '1', '2'],
      ['s2', '日本語, "Ελληνικά"\nzwei', 'current', '0.25', '2026-01-05T00:00:00.000Z', '', '', '0', '0'],
    ]);
  });

  it('wm-journey-score: one row per component, negative values stay numbers', async () => {
    const journey: Journey = {
      id: 'j', name: 'J', stages: [],
      scoreComponents: [
        { weight: 3, metric: { id: 'a', kind: 'score', label: '+1', value: -3, min: -10, max: 10 } },
        { weight: 1, metric: { id: 'b', kind: 'csat', label: 'Ελληνικά, "x"', value: 80, unit: '%' } },
      ],
    };
    const el = await fixture<JourneyScore>(html`<wm-journey-score .data=${journey}></wm-journey-score>`);
    await partRendered(el, 'base');
    const rows = parse(el.toCSV());
    expect(rows[0]).to.deep.equal(['metric', 'label', 'kind', 'value', 'unit', 'weight', 'share', 'normalised', 'contribution']);
    expect(rows.slice(1).map((r) => r.slice(0, 7))).to.deep.equal([
      ['a', "'+1", 'score', '-3', '', '3', '0.75'],
      ['b', 'Ελληνικά, "x"', 'csat', '80', '%', '1', '0.25'],
    ]);
    expect(rows.slice(1).map((r) => Number(r[7]))).to.deep.equal(el.score!.parts.map((p) => p.normalised));
  });

  it('wm-journey-score and wm-stage-tracker: only the header before data', async () => {
    const score = await fixture<JourneyScore>(html`<wm-journey-score></wm-journey-score>`);
    expect(parse(score.toCSV())).to.have.length(1);
    const tracker = await fixture<StageTracker>(html`<wm-stage-tracker></wm-stage-tracker>`);
    expect(parse(tracker.toCSV())).to.have.length(1);
  });

  it('wm-touchpoint-timeline: one row per touchpoint in the current filter', async () => {
    const items: Touchpoint[] = NASTY.map((title, i) => ({
      id: `t${i}`, at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), channel: i % 2 ? 'email' : 'web', title,
      sentiment: -0.5, detail: i ? undefined : 'a\r\nb',
    }));
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline .data=${{ items }}></wm-touchpoint-timeline>`);
    await partRendered(el, 'base');
    const rows = parse(el.toCSV());
    expect(rows[0]).to.deep.equal(['id', 'at', 'channel', 'title', 'stage', 'initiator', 'sentiment', 'momentOfTruth', 'friction', 'outcome', 'detail']);
    expect(rows.slice(1)).to.deep.equal(items.map((t) => [t.id, t.at, t.channel, shown(t.title), '', '', '-0.5', '', '', '', t.detail ?? '']));

    el.channels = 'email';
    await el.updateComplete;
    expect(parse(el.toCSV()).slice(1).map((r) => r[0])).to.deep.equal(['t1', 't3', 't5', 't7']);
    el.from = '2026-01-03T00:00:00.000Z';
    el.to = '2026-01-06T00:00:00.000Z';
    await el.updateComplete;
    expect(parse(el.toCSV()).slice(1).map((r) => r[0])).to.deep.equal(['t3', 't5']);
    el.channels = '';
    await el.updateComplete;
    expect(parse(el.toCSV())).to.have.length(1);
  });

  it('wm-maturity-scan: one row per question with its answer, then the result by dimension', async () => {
    const scan = {
      id: 'scan', title: '@scan', scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'] },
      dimensions: [{ id: 'd1', name: '-x' }, { id: 'd2', name: '日本語' }],
      questions: [
        { id: 'q1', dimensionId: 'd1', text: '=SUM(A1), "quoted"' },
        { id: 'q2', dimensionId: 'd1', text: 'Ελληνικά\nline' },
        { id: 'q3', dimensionId: 'd2', text: 'plain' },
      ],
      levels: [
        { level: 1, name: 'Start', minScore: 0, summary: '', recommendations: [] },
        { level: 2, name: 'Grow', minScore: 50, summary: '', recommendations: [] },
      ],
    };
    const el = await fixture<MaturityScan>(html`<wm-maturity-scan autosave="off" .data=${scan}></wm-maturity-scan>`);
    await partRendered(el, 'question');
    expect(parse(el.toCSV()).slice(1)).to.deep.equal([
      ['question', 'q1', "'=SUM(A1), \"quoted\"", '', ''],
      ['question', 'q2', 'Ελληνικά\nline', '', ''],
      ['question', 'q3', 'plain', '', ''],
    ]);
    el.value = { q1: 5, q2: 3, q3: 1 };
    const r = el.result!;
    const rows = parse(el.toCSV());
    expect(rows[0]).to.deep.equal(['section', 'id', 'label', 'value', 'level']);
    expect(rows.slice(1)).to.deep.equal([
      ['question', 'q1', "'=SUM(A1), \"quoted\"", '5', ''],
      ['question', 'q2', 'Ελληνικά\nline', '3', ''],
      ['question', 'q3', 'plain', '1', ''],
      ...r.byDimension.map((d) => ['dimension', d.dimensionId, d.dimensionId === 'd1' ? "'-x" : '日本語', String(d.score), String(d.level)]),
      ['total', 'scan', "'@scan", String(r.score), String(r.level)],
    ]);
  });

  describe('wm-journey-map: one row per lane and column shown', () => {
    // Steps a and b in stage s1; stage s2 has no steps, so it is a column of its own.
    const map = (): JourneyMap => ({
      id: 'm', name: '=HYPERLINK("x")',
      stages: [{ id: 's1', name: '=SUM(A1)' }, { id: 's2', name: '日本語, "Ελληνικά"\nzwei' }],
      steps: [{ id: 'a', stageId: 's1', name: 'a, b' }, { id: 'b', stageId: 's1', name: 'say "hi"' }],
      lanes: [
        {
          id: 'n', label: '+1 lane', kind: 'notes',
          cells: [
            { column: 'a', notes: [{ text: 'Slow, "very"', tone: 'pain' }, { text: 'Ελληνικά' }] },
            { column: 's2', notes: [{ text: '-x' }, { text: 'line\r\nbreak\nand\rmore' }] },
          ],
        },
        { id: 'e', label: '@mood', kind: 'emotion', cells: [{ column: 'a', emotion: -0.5 }, { column: 'b', emotion: 0.25 }] },
        {
          id: 'two', label: 'Two', kind: 'emotion', scale: 2, series: [{ id: 'now', name: 'Now' }, { id: 'goal', name: 'Goal' }],
          cells: [{ column: 'b', emotion: { now: -2, goal: 1.5 } }, { column: 's2', emotion: { goal: 2 } }],
        },
        { id: 'c', label: 'Channels', kind: 'channels', cells: [{ column: 'a', channels: [{ channel: 'web', count: 3 }, { channel: 'email' }] }] },
        { id: 'k', label: 'Metrics', kind: 'metrics', cells: [{ column: 's2', metrics: [{ id: 'csat', kind: 'csat', label: 'CSAT', value: 82 }] }] },
        { id: 'f', label: 'Customers', kind: 'funnel', cells: [{ column: 'a', reached: 1000 }, { column: 'b', reached: 620 }, { column: 's2', reached: 155 }] },
      ],
    });
    const HEADER = ['lane', 'laneLabel', 'kind', 'column', 'columnName', 'stage', 'value', 'continues'];
    const COLUMNS = [['a', 'a, b', 's1'], ['b', 'say "hi"', 's1'], ['s2', '日本語, "Ελληνικά"\nzwei', 's2']];
    /** [lane, label as a spreadsheet shows it, kind], then the value per column and the share continuing. */
    const rows = (lane: string, label: string, kind: string, values: string[], continues = ['', '', '']) =>
      COLUMNS.map(([id, name, stage], i) => [lane, label, kind, id!, name!, stage!, values[i]!, continues[i]!]);

    it('parses back to the data: commas, quotes, line breaks, non-Latin text, formulas defused, numbers kept', async () => {
      const el = await fixture<JourneyMapElement>(html`<wm-journey-map .data=${map()}></wm-journey-map>`);
      await partRendered(el, 'table');
      expect(parse(el.toCSV())).to.deep.equal([
        HEADER,
        ...rows('n', "'+1 lane", 'notes', ['[pain] Slow, "very" | Ελληνικά', '', "'-x | line\r\nbreak\nand\rmore"]),
        ...rows('e', "'@mood", 'emotion', ['-0.5', '0.25', '']),
        ...rows('two', 'Two', 'emotion', ['', 'now=-2; goal=1.5', 'goal=2']),
        ...rows('c', 'Channels', 'channels', ['web=3; email', '', '']),
        ...rows('k', 'Metrics', 'metrics', ['', '', 'csat=82']),
        ...rows('f', 'Customers', 'funnel', ['1000', '620', '155'], ['0.62', '0.25', '']),
      ]);
    });

    it('follows the lanes and columns shown: lanes="…" and columns="stages"; only the header before data', async () => {
      const el = await fixture<JourneyMapElement>(html`<wm-journey-map lanes="f n" columns="stages" .data=${map()}></wm-journey-map>`);
      await partRendered(el, 'table');
      expect(parse(el.toCSV()).slice(1)).to.deep.equal([
        ['n', "'+1 lane", 'notes', 's1', "'=SUM(A1)", 's1', '[pain] Slow, "very" | Ελληνικά', ''],
        ['n', "'+1 lane", 'notes', 's2', '日本語, "Ελληνικά"\nzwei', 's2', "'-x | line\r\nbreak\nand\rmore", ''],
        // A stage counts those reaching its first step.
        ['f', 'Customers', 'funnel', 's1', "'=SUM(A1)", 's1', '1000', '0.16'],
        ['f', 'Customers', 'funnel', 's2', '日本語, "Ελληνικά"\nzwei', 's2', '155', ''],
      ]);
      const empty = await fixture<JourneyMapElement>(html`<wm-journey-map></wm-journey-map>`);
      expect(parse(empty.toCSV())).to.deep.equal([HEADER]);
    });
  });
});
