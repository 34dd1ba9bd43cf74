// `node scripts/check-manifest.js [custom-elements.json]`, after `npm run build`
// (part of `npm test`). The manifest is what IDEs, Storybook and framework
// wrappers read, so it must describe what ships:
// - every module path is a shipped .js file a consumer can import (a package
//   export inside "files"), never src/…ts, and every reference to a module
//   names one of those;
// - every CSS custom property has a default;
// - no private member: no #private or private/protected member, no attribute
//   backed by one, nothing marked @internal;
// - every custom element has a tag, defined by its module.
// The plugins in scripts/manifest-plugins.js make it so; this fails with the
// list of offenders when something slips through (a new entry, a new token
// without "(default …)", an analyzer upgrade).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? join(root, 'custom-elements.json');
if (!existsSync(file)) {
  console.error(`check-manifest: no ${file}; run \`npm run manifest\` (part of \`npm run build\`) first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(file, 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const exported = new Set(
  Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : [t.default, t.import].filter(Boolean))).map((p) => p.replace(/^\.\//, '')),
);
const shipped = (p) => pkg.files.some((f) => p === f || p.startsWith(`${f}/`));
const offenders = [];
const fail = (where, what) => offenders.push(`${where}: ${what}`);

const paths = new Set(manifest.modules.map((m) => m.path));
let elements = 0;
let props = 0;
for (const mod of manifest.modules) {
  const at = `module ${mod.path}`;
  if (!/\.js$/.test(mod.path) || /^\/?src\//.test(mod.path)) fail(at, 'is not a shipped .js path (expected dist/….js)');
  else if (!shipped(mod.path)) fail(at, `is outside package.json "files" (${pkg.files.join(', ')})`);
  else if (!exported.has(mod.path)) fail(at, 'is no package export target, so consumers cannot import it');
  else if (!existsSync(join(root, mod.path))) fail(at, 'does not exist: run `npm run build`');

  for (const decl of mod.declarations ?? []) {
    const where = `${mod.path} ${decl.name}`;
    if (decl.customElement) {
      elements++;
      if (!decl.tagName) fail(where, 'is a custom element without a tagName');
      else if (!(mod.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === decl.tagName)) {
        fail(where, `has no custom-element-definition export for <${decl.tagName}>`);
      }
    }
    for (const prop of decl.cssProperties ?? []) {
      props++;
      if (!prop.default?.trim()) fail(where, `CSS property ${prop.name} has no default (write "(default …)" in its @cssprop description)`);
    }
    const members = decl.members ?? [];
    for (const m of members) {
      if (m.name.startsWith('#')) fail(where, `lists the #private member ${m.name}`);
      else if (m.privacy && m.privacy !== 'public') fail(where, `lists the ${m.privacy} member ${m.name}`);
      if (/@internal\b/.test(m.description ?? '')) fail(where, `lists the @internal member ${m.name}`);
    }
    const publicNames = new Set(members.map((m) => m.name));
    for (const a of decl.attributes ?? []) {
      if (a.fieldName && !publicNames.has(a.fieldName)) fail(where, `attribute ${a.name} is backed by ${a.fieldName}, which is not a public member`);
    }
  }
}

// Every { name, module } reference (exports, superclass, inheritedFrom, …) names a module above.
(function refs(node, where) {
  if (Array.isArray(node)) return node.forEach((n) => refs(n, where));
  if (!node || typeof node !== 'object') return;
  if (typeof node.module === 'string' && !paths.has(node.module)) fail(where, `refers to ${node.name ?? '?'} in ${node.module}, which is not a module of the manifest`);
  for (const [k, v] of Object.entries(node)) refs(v, node.path ?? (node.name && k !== 'declaration' ? `${where} ${node.name}` : where));
})(manifest.modules, 'manifest');

if (!elements) fail(file, 'lists no custom element');

if (offenders.length) {
  console.error(`Manifest check: ${offenders.length} problem(s) in ${file}:\n${offenders.map((o) => `  - ${o}`).join('\n')}`);
  process.exit(1);
}
console.log(`Manifest check: ok (${manifest.modules.length} modules, ${elements} elements, ${props} CSS properties with defaults; shipped paths, public members only).`);
