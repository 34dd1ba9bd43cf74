// After `npm run build`: every path the package's exports map, types,
// customElements and sideEffects name must exist, or consumers break.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, basename } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)));
const root = new URL('..', import.meta.url).pathname;
const missing = [];
// Node 20 has no fs.glob: patterns here only use * in the file name.
const exists = (p) => {
  if (!p.includes('*')) return existsSync(`${root}/${p}`);
  const dir = `${root}/${dirname(p)}`;
  const re = new RegExp(`^${basename(p).replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
  return existsSync(dir) && readdirSync(dir).some((f) => re.test(f));
};
const need = (p) => exists(p) || missing.push(p);

for (const target of Object.values(pkg.exports)) {
  for (const p of typeof target === 'string' ? [target] : Object.values(target)) need(p);
}
[pkg.main, pkg.module, pkg.types, pkg.customElements].forEach(need);
pkg.sideEffects.filter((p) => p.startsWith('./dist/')).forEach(need);
if (missing.length) {
  console.error(`package.json names files the build did not produce:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`package.json: all ${Object.keys(pkg.exports).length} exports and their types exist.`);
