// `node scripts/check-locales.js` (part of `npm test`): every UI string is
// translated. Runs `lit-localize extract` over src/ (the official extractor,
// so every msg() call counts), then checks that the German and Dutch
// templates in src/i18n/locales/ have exactly those ids, each with the
// English string's placeholders (every ${n} used once), and that every call
// has a readable `area.what` id. Writes the XLIFF files for translators to
// node_modules/.cache/waymark-i18n/xliff/. Exits 1 on a gap.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside node_modules, so the transpiled catalogs resolve @lit/localize.
const work = join(root, 'node_modules/.cache/waymark-i18n');
const LOCALES = ['de', 'nl'];
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const config = {
  sourceLocale: 'en',
  targetLocales: LOCALES,
  tsConfig: join(root, 'tsconfig.json'),
  inputFiles: [join(root, 'src/**/*.ts')],
  output: { mode: 'runtime', outputDir: join(work, 'generated'), localeCodesModule: join(work, 'generated/codes.ts') },
  interchange: { format: 'xliff', xliffDir: join(work, 'xliff') },
};
writeFileSync(join(work, 'lit-localize.json'), JSON.stringify(config));
execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(work, 'lit-localize.json')], { stdio: 'pipe' });

// The English messages: id -> number of placeholders.
const xliff = readFileSync(join(work, 'xliff/de.xlf'), 'utf8');
const source = new Map();
for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)) {
  source.set(id, (body.match(/<x id=/g) ?? []).length);
}

// The catalogs, transpiled as they are (no bundler), then imported.
const i18n = join(root, 'src/i18n');
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const file of walk(i18n).filter((f) => f.endsWith('.ts'))) {
  const out = join(work, 'src', relative(i18n, file)).replace(/\.ts$/, '.js');
  mkdirSync(join(out, '..'), { recursive: true });
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  writeFileSync(out, outputText);
}

const problems = [];
for (const id of source.keys()) {
  if (!/^[a-z][\w-]*(\.[\w-]+)+$/.test(id)) problems.push(`msg() without a readable id (got "${id}"): add { id: 'area.what' }`);
}
for (const locale of LOCALES) {
  const { templates } = await import(pathToFileURL(join(work, 'src/locales', `${locale}.js`)).href);
  for (const [id, count] of source) {
    const t = templates[id];
    if (t === undefined) {
      problems.push(`${locale}: "${id}" is not translated`);
      continue;
    }
    const used = typeof t === 'string' ? [] : [...t.values].sort((a, b) => a - b);
    const want = Array.from({ length: count }, (_, i) => i);
    if (JSON.stringify(used) !== JSON.stringify(want)) {
      problems.push(`${locale}: "${id}" uses placeholders [${used}], the English has [${want}]`);
    }
    const text = typeof t === 'string' ? t : t.strings.join('');
    if (!text.trim()) problems.push(`${locale}: "${id}" is empty`);
  }
  for (const id of Object.keys(templates)) {
    if (!source.has(id)) problems.push(`${locale}: "${id}" is no longer used in src/ (remove it)`);
  }
}

if (problems.length) {
  console.error(`Locales: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Locales: ${source.size} messages, ${LOCALES.join(' and ')} complete (XLIFF in ${relative(root, join(work, 'xliff'))}/)`);
