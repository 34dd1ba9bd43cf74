// Plugins for `cem analyze` (custom-elements-manifest.config.mjs). They run in
// the package link phase, after the analyzer has applied inheritance, and make
// custom-elements.json describe what the package ships rather than src/:
// scripts/check-manifest.js (part of `npm test`) checks the result.
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const declarationsOf = (manifest) => manifest.modules.flatMap((m) => m.declarations ?? []);

/**
 * Events are named `wm-*`; the analyzer also reads `new SomeEvent(arg)` calls
 * and would list the argument's name as an event.
 */
export const eventsOnly = () => ({
  name: 'waymark-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const decl of declarationsOf(customElementsManifest)) {
      if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('wm-'));
    }
  },
});

/**
 * Only the public surface: the analyzer lists `#private` fields and methods,
 * TypeScript `private` / `protected` members (also inherited ones) and the
 * attributes behind them. It drops `@internal` and `@ignore` members itself.
 */
export const publicOnly = () => ({
  name: 'waymark-public-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const decl of declarationsOf(customElementsManifest)) {
      if (!decl.members) continue;
      const hidden = new Set(decl.members.filter((m) => m.name.startsWith('#') || (m.privacy ?? 'public') !== 'public').map((m) => m.name));
      decl.members = decl.members.filter((m) => !hidden.has(m.name));
      if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
    }
  },
});

/**
 * Every CSS custom property gets a `default`. The class JSDoc gives it in
 * words, "(default 1.75rem)" or "(default `--wm-color-accent`)"; where it does
 * not (the global tokens), the default is the stylesheet's own fallback,
 * `var(--wm-x, fallback)`, with private `--_y` names resolved to what they hold.
 */
export const cssDefaults = () => ({
  name: 'waymark-css-defaults',
  packageLinkPhase({ customElementsManifest }) {
    const read = (p) => {
      try {
        return readFileSync(join(root, p), 'utf8');
      } catch {
        return undefined;
      }
    };
    const sheetOf = (path) => path.replace(/^\//, '').replace(/\.(ts|js)$/, '.styles.ts');
    const paths = customElementsManifest.modules.map((m) => sheetOf(m.path)).filter((p) => p.startsWith('src/elements/'));
    const sheets = new Map([...new Set(['src/styles/host.ts', ...paths])].map((p) => [p, read(p)]).filter(([, t]) => t));
    for (const mod of customElementsManifest.modules) {
      // The element's own stylesheet first (it may set a private value differently), then the shared ones.
      const own = sheetOf(mod.path);
      const css = [sheets.get(own), ...[...sheets].filter(([p]) => p !== own).map(([, t]) => t)].filter(Boolean);
      for (const decl of mod.declarations ?? []) {
        for (const prop of decl.cssProperties ?? []) {
          if (prop.default) continue;
          const stated = /\(default:? ([^)]+)\)/.exec(prop.description ?? '')?.[1]?.trim();
          const value = stated ? fromWords(stated) : fallbackOf(prop.name, css);
          if (value) prop.default = value;
        }
      }
    }
  },
});

/** "`--wm-color-accent`" is `var(--wm-color-accent)`; other words are kept as written. */
const fromWords = (words) => {
  const token = /^`?(--[\w-]+)`?$/.exec(words)?.[1];
  return token ? `var(${token})` : words.replace(/`/g, '');
};

/** The fallback of the first `var(name, fallback)` in the stylesheets, private names resolved. */
function fallbackOf(name, sheets, depth = 0) {
  for (const text of sheets) {
    const at = text.indexOf(`var(${name},`);
    if (at < 0) continue;
    const value = balanced(text, at + `var(${name},`.length).trim();
    return resolvePrivate(value, sheets, depth);
  }
  return undefined;
}

/** `var(--_accent)` becomes the public token it reads (`var(--wm-color-accent)`) or its value (`11rem`). */
function resolvePrivate(value, sheets, depth) {
  const priv = /^var\((--_[\w-]+)\)$/.exec(value)?.[1];
  if (!priv || depth > 3) return value;
  for (const text of sheets) {
    const m = new RegExp(`${priv}:\\s*`).exec(text);
    if (!m) continue;
    const held = balanced(text, m.index + m[0].length, ';').trim();
    const pub = /^var\((--wm-[\w-]+),/.exec(held)?.[1];
    return pub ? `var(${pub})` : resolvePrivate(held, sheets, depth + 1);
  }
  return value;
}

/** The text from `start` up to the `)` that closes the enclosing call (or `end` at depth 0). */
function balanced(text, start, end = ')') {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0 && (c === end || c === ')')) return text.slice(start, i);
  }
  return text.slice(start);
}

/**
 * Module paths name what ships, not src/. The package's exports map each
 * entry's types (`dist/types/elements/stage-tracker/define.d.ts`) to its file
 * (`dist/stage-tracker.js`), built from `src/elements/stage-tracker/define.ts`
 * (vite.config.ts). Each such entry becomes one module holding the
 * declarations it exports (the element class from `stage-tracker.ts`) and the
 * tag it defines. Modules no entry exports from are internal (bundled into
 * chunks) and left out; references to their declarations keep only the name.
 */
export const shippedPaths = () => ({
  name: 'waymark-shipped-paths',
  packageLinkPhase({ customElementsManifest }) {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const entryOf = new Map();
    for (const target of Object.values(pkg.exports)) {
      if (typeof target !== 'object' || !target.types || !target.default) continue;
      const src = target.types.replace(/^\.\/dist\/types\//, 'src/').replace(/\.d\.ts$/, '.ts');
      entryOf.set(src, target.default.replace(/^\.\//, ''));
    }
    const norm = (p) => p.replace(/^\//, '').replace(/\.js$/, '.ts');
    const byPath = new Map(customElementsManifest.modules.map((m) => [norm(m.path), m]));
    // `export { StageTracker }` of an imported binding names the entry itself as
    // its module (the analyzer keeps no imports): then the one module declaring it.
    const declared = (path, name) =>
      byPath.get(path)?.declarations?.find((d) => d.name === name) ??
      only(customElementsManifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.name === name));
    const only = (found) => (found.length === 1 ? found[0] : undefined);
    const shippedAt = new Map(); // declaration name -> dist path
    const modules = [];
    for (const [src, dist] of entryOf) {
      const entry = byPath.get(src);
      if (!entry) continue;
      const declarations = [];
      const exports = [];
      for (const ex of entry.exports ?? []) {
        if (ex.kind !== 'js' || !ex.declaration?.module) continue;
        const from = ex.declaration.module.startsWith('.')
          ? posix.join(posix.dirname(src), ex.declaration.module)
          : ex.declaration.module;
        const decl = declared(norm(from), ex.declaration.name);
        if (!decl) continue;
        declarations.push(decl);
        shippedAt.set(decl.name, dist);
        exports.push({ kind: 'js', name: ex.name, declaration: { name: decl.name, module: dist } });
        if (decl.customElement && decl.tagName) {
          exports.push({ kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: dist } });
        }
      }
      modules.push({ kind: 'javascript-module', path: dist, declarations, exports });
    }
    // References (superclass, inheritedFrom, …) to a shipped declaration name its module; others only its name.
    const relink = (node) => {
      if (Array.isArray(node)) return node.forEach(relink);
      if (!node || typeof node !== 'object') return;
      if (typeof node.module === 'string' && typeof node.name === 'string' && !node.module.startsWith('dist/')) {
        const dist = shippedAt.get(node.name);
        if (dist) node.module = dist;
        else delete node.module;
      }
      Object.values(node).forEach(relink);
    };
    relink(modules);
    customElementsManifest.modules = modules;
  },
});
