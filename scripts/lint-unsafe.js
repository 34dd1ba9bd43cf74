#!/usr/bin/env node
// Fails when source code under src/ (or the directories given as arguments)
// turns a string into markup or code. Waymark renders untrusted journey data
// and promises to run under a strict CSP with Trusted Types, so every string
// must reach the DOM through Lit's escaping bindings. Comment lines are
// skipped, so documentation may still name the APIs it forbids.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const RULES = [
  [/\bunsafe(?:HTML|SVG|MathML|Static)\b|unsafe-(?:html|svg|mathml)\.js/, 'Lit unsafe directive'],
  [/\.(?:inner|outer)HTML\s*\+?=(?!=)/, 'HTML assignment'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdocument\s*\.\s*write(?:ln)?\b/, 'document.write'],
  [/\b(?:setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)\b/, 'HTML parsing'],
  [/(?<![\w$.])eval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
];
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const COMMENT = /^\s*(?:\/\/|\/\*|\*)/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (SOURCE.test(entry.name)) yield path;
  }
}

const roots = process.argv.slice(2);
const problems = [];
let checked = 0;
for (const root of roots.length ? roots : ['src']) {
  for (const file of files(root)) {
    checked++;
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (COMMENT.test(line)) return;
      for (const [pattern, what] of RULES) {
        const m = pattern.exec(line);
        if (m) problems.push(`${relative(process.cwd(), file)}:${i + 1}:${m.index + 1}: ${what}: ${line.trim()}`);
      }
    });
  }
}

if (problems.length) {
  console.error(`lint-unsafe: ${problems.length} unsafe use${problems.length === 1 ? '' : 's'} of markup or code from strings:`);
  for (const p of problems) console.error(`  ${p}`);
  console.error('Render strings with Lit bindings (text or attribute parts), never as markup or code.');
  process.exit(1);
}
console.log(`lint-unsafe: ${checked} files under ${(roots.length ? roots : ['src']).join(', ')}, no unsafe markup or code sinks.`);
