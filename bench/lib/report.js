// The Markdown report (printed, written to bench/results.md and between the
// README's bench markers) and the raw JSON. Two tables: render ratios for
// every workload, and frames, heap and goals for those with an `after` hook.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const ms = (x) => x.toFixed(1);
const spread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const yesNo = (ok) => (ok ? 'yes' : 'no');
const check = (r, same) => (!r.b ? '– (no page B)' : r.equivalent ? same : `**differs** (${r.differences.length} lines)`);
const none = '–';

/**
 * A row's goal and whether it is met: A/B of the medians at most `goal`, or
 * (a workload with `goals.renderMs` instead) A's median render at most that.
 */
function goalOf(r) {
  if (r.goal === undefined && r.goals?.renderMs !== undefined) return [`render A ≤ ${r.goals.renderMs} ms`, yesNo(r.a.median <= r.goals.renderMs)];
  return [`≤ ${r.goal}×`, yesNo(r.ratio <= r.goal)];
}

/**
 * The nodes of `sides` (e.g. A and B) divided by the elements on the page,
 * and the goal per element on the first side when the workload has one:
 * "237.7 / 149.1 (goal ≤ 150: no)". "–" for a result without counts.
 */
export function nodesPerElement(r, sides) {
  const n = r.nodes;
  if (!n?.count || sides.some((s) => n[s] === undefined)) return '–';
  const figures = sides.map((s) => (n[s] / n.count).toFixed(1)).join(' / ');
  return n.goal === undefined ? figures : `${figures} (goal ≤ ${n.goal}: ${yesNo(n[sides[0]] / n.count <= n.goal)})`;
}

/** Render times and their ratio against the goal, one row per workload without frames. */
function ratioTable(results) {
  const rows = results.map((r) =>
    `| ${r.title} | ${r.runs} | ${spread(r.a)} | ${spread(r.b)} | **${r.ratio.toFixed(2)}×** | ${r.pairedMedian.toFixed(2)}× | ${goalOf(r).join(' | ')} | ${check(r, r.check ?? 'same DOM')} |`);
  const counted = results.filter((r) => r.nodes?.b !== undefined);
  const nodes = (n) => n.toLocaleString('en');
  const each = (r) => (r.nodes.count > 1 ? `, per element ${nodesPerElement(r, ['a', 'b'])}` : '');
  return [
    '| Workload | Runs | waymark (A) ms: median (min–max) | baseline (B) ms: median (min–max) | A/B of medians | A/B paired median | Goal | Met | Check |',
    '|---|---:|---:|---:|---:|---:|---:|:---:|---|',
    ...rows,
    ...(counted.length
      ? ['', `DOM nodes the render added (Chromium's Performance.getMetrics \`Nodes\`, after a GC; median over runs), A / B: ${counted
        .map((r) => `${r.title}: ${nodes(r.nodes.a)} / ${nodes(r.nodes.b)} (${(r.nodes.a / r.nodes.b).toFixed(2)}×)${each(r)}`).join('; ')}.`]
      : []),
  ].join('\n');
}

/** A page's change-to-paint median / p95 ("–" in results measured before it was). */
const paint = (f) => (f.paintMedian === undefined ? '–' : `${ms(f.paintMedian)} / ${ms(f.paintP95)}`);

/** Render, frames, heap and longest task of A and B, and each goal met or not, one row per workload with frames. */
function framesTable(results) {
  const rows = results.map((r) => {
    const { a } = r.frames;
    const b = r.frames.b ?? { frameMedian: NaN, frameP95: NaN, heapMB: NaN, longestTask: NaN };
    const or = (x, f) => (Number.isNaN(x) ? none : f(x));
    const goals = r.checks.length ? r.checks.map((c) => `${c.label}: ${yesNo(c.met)}`).join('; ') : 'none (reported only)';
    const met = r.checks.length ? yesNo(r.checks.every((c) => c.met)) : '–';
    return `| ${r.title} | ${r.runs} | ${spread(r.a)} | ${r.b ? spread(r.b) : none} | ${r.b ? `**${r.ratio.toFixed(2)}×**` : none} | ` +
      `${ms(a.frameMedian)} / ${ms(a.frameP95)} | ${or(b.frameMedian, () => `${ms(b.frameMedian)} / ${ms(b.frameP95)}`)} | ` +
      `${paint(a)} | ${r.frames.b ? paint(b) : none} | ${a.heapMB.toFixed(1)} / ${or(b.heapMB, (x) => x.toFixed(1))} | ` +
      `${ms(a.longestTask)} / ${or(b.longestTask, ms)} | ${goals} | ${met} | ${check(r, 'same view')} |`;
  });
  return [
    '| Workload | Runs | render A ms: median (min–max) | render B ms: median (min–max) | A/B of medians | frames A ms: median / p95 | frames B ms: median / p95 | change to paint A ms: median / p95 | change to paint B ms: median / p95 | heap A / B MB | longest task A / B ms | Goals | Met | Check |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|:---:|---|',
    ...rows,
  ].join('\n');
}

const FRAMES_NOTE =
  'Render = the first full render with every page of touchpoints loaded, timed like the other workloads. After it, each run plays its steps, one per frame, ' +
  'each made in a task of its own as the browser delivers input: the paged workloads 40 input steps (8 ctrl + wheel zooms, 8 steps of a mouse drag, ' +
  '8 of a two-finger pinch, 8 wheel pans, 4 "-" and 4 PageDown keys), the programmatic-window workloads 30 `from` / `to` changes. ' +
  'Frames = median / p95 of that run\'s frame times (16.7 ms = one frame at 60 Hz); change to paint = median / p95 of the time from each change to the end of the frame that shows it; ' +
  'then the median over runs. Heap = JS heap after two garbage collections, median over runs. Longest task = ' +
  'the longest unbroken script run during render or steps (Long Tasks and Long Animation Frames APIs; 0 when none reached 50 ms), median over runs.';

/** Both tables (each only when it has rows), as Markdown. */
export function tables(results) {
  const ratios = results.filter((r) => !r.frames);
  const frames = results.filter((r) => r.frames);
  const parts = [];
  if (ratios.length) parts.push(ratioTable(ratios));
  if (frames.length) parts.push(framesTable(frames), FRAMES_NOTE);
  return parts.join('\n\n');
}

/**
 * "Measured …" lines: one when every row comes from one run, else one per run
 * (a later `--only` run replaced some rows). "bundle" is the SHA-256 prefix of
 * the dist/waymark.min.js that was measured (lib/snapshot.js).
 */
function measured(results) {
  const machine = (e) => `${e.chromium}, on ${e.cores} cores (${e.cpu}), ${e.platform}, Node ${e.node}`;
  const runs = new Map();
  for (const r of results) runs.set(r.date, [...(runs.get(r.date) ?? []), r]);
  if (runs.size === 1) return [`Measured ${results[0].date} with ${machine(results[0])}; bundle ${results[0].bundle ?? 'unknown'}.`];
  const machines = new Set(results.map(machine));
  const same = machines.size === 1;
  return [
    `Measured${same ? ` with ${[...machines][0]},` : ''} in more than one run (a later \`--only\` run replaced some rows):`,
    ...[...runs.values()].map((g) => `- ${g[0].date}${same ? '' : ` with ${machine(g[0])}`}, \`${g[0].command}\`, bundle ${g[0].bundle ?? 'unknown'}: ${g.map((r) => r.name).join(', ')}`),
    '',
  ];
}

/**
 * This run's results and, for workloads it left out (`--only`), their last
 * results from bench/results/<name>.json, in the order of `names`, so the
 * report always shows every workload measured so far.
 */
export async function withEarlier(dir, results, names) {
  const out = [];
  for (const name of names) {
    const fresh = results.find((r) => r.name === name);
    if (fresh) out.push(fresh);
    else {
      try {
        out.push(JSON.parse(await readFile(new URL(`results/${name}.json`, dir), 'utf8')));
      } catch (e) {
        if (e.code !== 'ENOENT') throw e;
      }
    }
  }
  return out;
}

/**
 * Writes bench/results.md, the README's bench section and, for this run's
 * results, bench/results/<name>.json. Each result carries its run's
 * environment (date, chromium, cores, cpu, platform, node, command).
 */
export async function writeResults(dir, results, fresh = results) {
  const counts = new Set(results.map((r) => r.runs));
  const summary = [
    ...measured(results),
    `${counts.size === 1 ? `${results[0].runs} timed runs` : 'Timed runs (the Runs column)'} of each page, interleaved A, B, A, B, … in a fresh browser context each, after one discarded warm-up of each.`,
    '',
    tables(results),
  ];
  const commands = [...new Set(results.map((r) => r.command))];
  const lines = [
    '# Benchmark results',
    '',
    ...summary,
    '',
    `Reproduce: ${commands.map((c) => `\`${c}\``).join(', then ')} (\`npm run bench\` builds first and runs every workload). See bench/README.md for what is measured and how to read these tables.`,
    '',
  ];
  for (const r of results.filter((x) => x.b && !x.equivalent)) {
    lines.push(`${r.title}: first differences between A and B:`, '', '```', ...r.differences.slice(0, 10), '```', '');
  }
  await writeFile(new URL('results.md', dir), lines.join('\n'));
  await includeInReadme(new URL('../README.md', dir), summary.join('\n'));
  await mkdir(new URL('results/', dir), { recursive: true });
  for (const r of fresh) {
    await writeFile(new URL(`results/${r.name}.json`, dir), `${JSON.stringify(r, null, 2)}\n`);
  }
}

/**
 * Replaces the text between the README's `<!-- {marker}:start -->` and
 * `<!-- {marker}:end -->`, so the README shows the last measured run (marker
 * `bench`) or the last comparison with a previous build (`bench-against`).
 */
export async function includeInReadme(readme, body, marker = 'bench') {
  const text = await readFile(readme, 'utf8');
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return;
  await writeFile(readme, `${text.slice(0, i + start.length)}\n${body}\n\n${text.slice(j)}`);
}
