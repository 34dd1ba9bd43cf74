// The Markdown table (printed and written to bench/results.md) and the raw JSON.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const ms = (x) => x.toFixed(1);
const spread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;

/** One table for every workload run. */
export function table(results) {
  const rows = results.map((r) => {
    const met = r.ratio <= r.goal ? 'yes' : 'no';
    const same = r.equivalent ? 'same DOM' : `**differs** (${r.differences.length} lines)`;
    return `| ${r.title} | ${r.runs} | ${spread(r.a)} | ${spread(r.b)} | **${r.ratio.toFixed(2)}×** | ${r.pairedMedian.toFixed(2)}× | ≤ ${r.goal}× | ${met} | ${same} |`;
  });
  return [
    '| Workload | Runs | waymark (A) ms: median (min–max) | baseline (B) ms: median (min–max) | A/B of medians | A/B paired median | Goal | Met | Check |',
    '|---|---:|---:|---:|---:|---:|---:|:---:|---|',
    ...rows,
  ].join('\n');
}

export async function writeResults(dir, env, results) {
  const lines = [
    '# Benchmark results',
    '',
    `Measured ${env.date} with ${env.chromium}, on ${env.cores} cores (${env.cpu}), ${env.platform}, Node ${env.node}.`,
    `${results[0]?.runs ?? 0} timed runs of each page, interleaved A, B, A, B, … in a fresh browser context each, after one discarded warm-up of each.`,
    '',
    table(results),
    '',
    `Reproduce: \`${env.command}\` (\`npm run bench\` builds first). See bench/README.md for what is measured and how to read this table.`,
    '',
  ];
  for (const r of results.filter((x) => !x.equivalent)) {
    lines.push(`${r.title}: first DOM differences between A and B:`, '', '```', ...r.differences.slice(0, 10), '```', '');
  }
  await writeFile(new URL('results.md', dir), lines.join('\n'));
  await includeInReadme(new URL('../README.md', dir), lines.slice(2, 7).join('\n'));
  await mkdir(new URL('results/', dir), { recursive: true });
  for (const r of results) {
    await writeFile(new URL(`results/${r.name}.json`, dir), `${JSON.stringify({ ...env, ...r }, null, 2)}\n`);
  }
}

/** Replaces the table between the README's bench markers, so the README shows the last measured run. */
async function includeInReadme(readme, body) {
  const text = await readFile(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return;
  await writeFile(readme, `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`);
}
