import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Vite plugin for the script-tag builds (waymark.min.js, the autoloader's
 * modules): every msg() id, such as 'tracker.status.done', becomes a base-36
 * number, the same in the elements and in the locale chunks that key their
 * templates by it. The ids are the keys of the German templates (every one is
 * a msg() id: scripts/check-locales.js holds the locales to the same keys),
 * dotted strings that name nothing else. The npm build keeps the readable ids.
 */
export function shortMessageIds() {
  const dir = fileURLToPath(new URL('../src/i18n/locales/de/', import.meta.url));
  const keys = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(dir + f, 'utf8').matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]))
    .sort();
  const short = new Map(keys.map((k, i) => [k, i.toString(36)]));
  return {
    name: 'waymark-short-message-ids',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const out = code.replace(/'([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)'/g, (m, k) => (short.has(k) ? `'${short.get(k)}'` : m));
      return out === code ? null : { code: out, map: null };
    },
  };
}
