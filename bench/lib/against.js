// `node bench/run.js --against <dir>`: the waymark page of each workload run
// with this checkout's bundle (current) and with another build's (previous,
// the dist folder <dir>), interleaved in the same browser. Here the pairs of
// runs become ratios current/previous with distribution-free bounds and a
// verdict, and the report goes to bench/results-against.md (results.md and
// the README keep the last regular run).
import { mkdir, writeFile } from 'node:fs/promises';
import { summarizeFrames } from './frames.js';
import { includeInReadme, nodesPerElement } from './report.js';
import { median, medianBounds, percentile, summarize } from './stats.js';

/** A change counts only beyond 5% either way: less is within what the machine varies between two runs of one build. */
export const MARGIN = 1.05;
/** Each bound of a ratio holds at 95% or more on its own (see medianBounds). */
const ALPHA = 0.05;
const MB = 2 ** 20;

/**
 * The verdict on one ratio current/previous, from its bounds (`lo`, `hi`) and
 * paired median. A verdict states what holds at ≥ 95% (one bound each), so with
 * too few runs for a bound (under 5), or bounds on both sides of the margin, it says so.
 */
export function verdict({ lo, hi, pairedMedian }) {
  if (lo === undefined) return 'too few runs';
  if (lo > MARGIN) return 'slower';
  if (hi < 1 / MARGIN) return 'faster';
  if (hi <= MARGIN) return lo >= 1 / MARGIN ? 'same (±5%)' : 'no slower';
  return pairedMedian > MARGIN ? 'unclear, median slower' : 'unclear';
}

/**
 * One figure of the current runs against the previous runs made in the same
 * iterations: each page's summary, the per-pair ratios current_i / previous_i,
 * their median (the headline, like the A/B paired median) and its bounds, the
 * ratio of the medians, and the verdict.
 */
export function pairedComparison(current, previous) {
  const ratios = current.map((x, i) => x / previous[i]);
  const bounds = medianBounds(ratios, ALPHA);
  const c = {
    current: summarize(current), previous: summarize(previous), ratios,
    pairedMedian: median(ratios), ratioOfMedians: median(current) / median(previous),
    lo: bounds?.lo, hi: bounds?.hi, confidence: bounds?.confidence,
  };
  return { ...c, verdict: verdict(c) };
}

/**
 * The comparison of a workload's current runs with its previous runs (same
 * count, pair i from iteration i): the render time, and for workloads with
 * frames (an `after` hook) the p95 frame time and the heap, each paired, plus
 * the summaries the timeline table shows. `differences` lists what the
 * previous build showed differently in the warm-up (informative, not a failure:
 * a change may mean to show something else).
 */
export function compareBuilds(current, previous, differences) {
  const out = { render: pairedComparison(current.map((r) => r.ms), previous.map((r) => r.ms)), sameOutput: differences.length === 0, differences };
  if (!current[0].frames) return out;
  out.frameP95 = pairedComparison(current.map((r) => percentile(r.frames, 95)), previous.map((r) => percentile(r.frames, 95)));
  out.heap = pairedComparison(current.map((r) => r.heapBytes / MB), previous.map((r) => r.heapBytes / MB));
  out.frames = { current: summarizeFrames(current), previous: summarizeFrames(previous) };
  return out;
}

const ms = (x) => x.toFixed(1);
const spread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const ratio = (x) => `${x.toFixed(2)}×`;
const bounds = (c) => (c.lo === undefined ? '–' : `${c.lo.toFixed(2)}–${c.hi.toFixed(2)} (${Math.floor(c.confidence * 100)}%)`);
const shown = (c) => (c.verdict === 'slower' ? '**slower**' : c.verdict);
const output = (r, same) => (r.against.sameOutput ? same : `**changed** (${r.against.differences.length} lines)`);

function renderTable(results) {
  const rows = results.map((r) => {
    const c = r.against.render;
    return `| ${r.title} | ${r.runs} | ${spread(c.current)} | ${spread(c.previous)} | **${ratio(c.pairedMedian)}** | ${bounds(c)} | ${shown(c)} | ${nodesPerElement(r, ['a', 'p'])} | ${output(r, r.frames ? 'same view' : 'same DOM')} |`;
  });
  return [
    '| Workload | Runs | current ms: median (min–max) | previous ms: median (min–max) | current/previous: paired median | bounds (confidence) | Verdict | nodes per element current / previous (goal) | Output vs previous |',
    '|---|---:|---:|---:|---:|---:|---|---:|---|',
    ...rows,
  ].join('\n');
}

function framesTable(results) {
  const rows = results.map((r) => {
    const { frameP95: p, heap: h, frames: { current: fc, previous: fp } } = r.against;
    return `| ${r.title} | ${r.runs} | ${ms(fc.frameMedian)} / ${ms(fc.frameP95)} | ${ms(fp.frameMedian)} / ${ms(fp.frameP95)} | ` +
      `**${ratio(p.pairedMedian)}** | ${bounds(p)} | ${shown(p)} | ${fc.heapMB.toFixed(1)} / ${fp.heapMB.toFixed(1)} (${ratio(h.pairedMedian)}) | ` +
      `${ms(fc.longestTask)} / ${ms(fp.longestTask)} |`;
  });
  return [
    '| Workload | Runs | frames current ms: median / p95 | frames previous ms: median / p95 | p95 frame current/previous: paired median | bounds (confidence) | Verdict | heap current / previous MB (paired median) | longest task current / previous ms |',
    '|---|---:|---:|---:|---:|---:|---|---:|---:|',
    ...rows,
  ].join('\n');
}

/** One line on the whole table: the statement a change can quote, or what keeps it from being made. */
function conclusion(results) {
  const verdicts = results.flatMap((r) => [
    [r.name, 'render', r.against.render.verdict],
    ...(r.against.frameP95 ? [[r.name, 'p95 frame', r.against.frameP95.verdict]] : []),
  ]);
  const named = (v) => verdicts.filter((x) => x[2] === v || (v === 'unclear' && x[2].startsWith('unclear'))).map(([n, what]) => `${n} (${what})`).join(', ');
  const lines = [];
  if (verdicts.some((x) => x[2] === 'too few runs')) lines.push(`Too few runs for bounds (need 5 or more): no verdict on ${named('too few runs')}.`);
  if (verdicts.some((x) => x[2] === 'slower')) lines.push(`**Slower than the previous build**: ${named('slower')}.`);
  if (verdicts.some((x) => x[2].startsWith('unclear'))) lines.push(`Unclear, the bounds straddle ${MARGIN}: ${named('unclear')}. Run these again with more runs (\`--only <name> --runs 15\`).`);
  if (!lines.length) lines.push(`No workload slower than the previous build: every ratio's upper bound is at most ${MARGIN} (same run, A/B against the previous build).`);
  return lines;
}

const NOTE =
  `Ratios are current/previous per pair of runs made in the same iteration; the headline is their median. The bounds are the ` +
  `distribution-free confidence interval of that median (order statistics, as in the sign test; each bound holds at ≥ 95% on its own, ` +
  `the interval at the confidence shown). Verdict: **slower** when the lower bound is above ${MARGIN}; faster when the upper bound is ` +
  `below 1/${MARGIN} (0.95); same (±5%) when both bounds are within; no slower when the upper bound is at most ${MARGIN}; unclear ` +
  `otherwise; too few runs below 5 runs. "Output vs previous" compares what the two builds showed in the warm-up (like the A/B check); ` +
  `a change may mean to show something else, so it is reported, not failed.`;

/** The report of an `--against` run as Markdown: comparison tables, then the A/B tables of the same run (`abTables`, when measured). */
export function againstReport(results, env, abTables) {
  const machine = `${env.chromium}, on ${env.cores} cores (${env.cpu}), ${env.platform}, Node ${env.node}`;
  const frames = results.filter((r) => r.frames);
  return [
    '# Benchmark: current build against a previous build',
    '',
    `Measured ${env.date} with ${machine}.`,
    `Current bundle ${env.bundle} (dist/), previous bundle ${env.previousBundle} (${env.against}).`,
    `${results[0].runs} timed run${results[0].runs === 1 ? '' : 's'} of each page, interleaved (current, previous${env.baseline ? ', baseline' : ''}; then previous, current${env.baseline ? ', baseline' : ''}; …) in a fresh browser context each, after one discarded warm-up of each.`,
    '',
    ...conclusion(results),
    '',
    '## Render time',
    '',
    renderTable(results),
    ...(frames.length ? ['', '## Timeline frames and heap', '', framesTable(frames)] : []),
    '',
    NOTE,
    '',
    ...(abTables ? ['## This build against the hand-written baselines (same run)', '', abTables, ''] : []),
    `Reproduce: \`${env.command}\`. See bench/README.md ("Against a previous build").`,
    '',
  ].join('\n');
}

/**
 * Writes bench/results-against.md (not committed), the comparison into the
 * README between its `bench-against` markers (its first heading left out),
 * and bench/results/<name>.against.json for each result.
 */
export async function writeAgainst(dir, results, report) {
  await writeFile(new URL('results-against.md', dir), report);
  await includeInReadme(new URL('../README.md', dir), report.split('\n').slice(2).join('\n').trim(), 'bench-against');
  await mkdir(new URL('results/', dir), { recursive: true });
  for (const r of results) await writeFile(new URL(`results/${r.name}.against.json`, dir), `${JSON.stringify(r, null, 2)}\n`);
}
