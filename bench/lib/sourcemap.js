// Just enough source-map reading to name profiled code: decode a v3 map and
// find the original position of a generated one, following a source's own
// map once (Lit and zod ship minified files with maps of their own).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64[c];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return out;
}

/**
 * Parses a map file: `lookup(line0, col0)` → `{ source, line0, col0, name, text }`
 * (0-based; `text` is the original line when the map carries its sources) or undefined.
 */
export function loadMap(file) {
  const map = JSON.parse(readFileSync(file, 'utf8'));
  const sources = map.sources.map((s) => resolve(dirname(file), map.sourceRoot ?? '', s));
  const contents = (map.sourcesContent ?? []).map((c) => c?.split('\n'));
  const lines = [];
  let src = 0, oLine = 0, oCol = 0, name = 0;
  for (const text of map.mappings.split(';')) {
    const segs = [];
    let col = 0;
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const v = decodeVlq(seg);
      col += v[0];
      if (v.length >= 4) {
        src += v[1]; oLine += v[2]; oCol += v[3];
        if (v.length >= 5) name += v[4];
        segs.push([col, src, oLine, oCol, v.length >= 5 ? name : -1]);
      }
    }
    lines.push(segs);
  }
  return (line0, col0) => {
    const segs = lines[line0];
    if (!segs?.length) return undefined;
    let lo = 0, hi = segs.length - 1, hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid][0] <= col0) { hit = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (hit < 0) return undefined;
    const [, s, l, c, n] = segs[hit];
    return { source: sources[s], line0: l, col0: c, name: n >= 0 ? map.names[n] : undefined, text: contents[s]?.[l]?.trim() };
  };
}

const cache = new Map();
const mapOf = (file) => {
  if (!cache.has(file)) cache.set(file, existsSync(file) ? loadMap(file) : undefined);
  return cache.get(file);
};

/** Original position via `mapFile`, then via the source's own `.map` when it has one. */
export function originalPosition(mapFile, line0, col0) {
  const first = mapOf(mapFile)?.(line0, col0);
  if (!first) return undefined;
  const second = mapOf(`${first.source}.map`)?.(first.line0, first.col0);
  return second ? { ...second, name: second.name ?? first.name } : first;
}
