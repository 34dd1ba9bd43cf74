import { html } from 'lit';

const TOKENS = ['text', 'muted', 'surface', 'surface-alt', 'border', 'accent', 'good', 'warning', 'critical', 'neutral'] as const;
type Token = (typeof TOKENS)[number];

export interface Palette {
  colors: Record<Token, string>;
  font: string;
  /** 41 colours from -1 (critical) through 0 (neutral) to +1 (good). */
  sentiment: string[];
}

/**
 * One hidden swatch per colour token. The tokens are `light-dark()` values
 * that only a computed `color` resolves, and the canvas needs real colours,
 * in the scheme in force (dark mode, `data-wm-theme`, `--wm-color-*` themes).
 */
export const swatches = () =>
  html`<span class="swatches" aria-hidden="true">${TOKENS.map((t) => html`<i class="swatch ${t}"></i>`)}</span>`;

const rgb = (c: string): [number, number, number] => {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(c);
  return m ? [+m[1]!, +m[2]!, +m[3]!] : [128, 128, 128];
};

const mix = (a: [number, number, number], b: [number, number, number], f: number) =>
  `rgb(${a.map((v, i) => Math.round(v + (b[i]! - v) * f)).join(' ')})`;

let cache: { key: string; palette: Palette } | undefined;

/** Reads the swatches (a style read, cheap when nothing changed); rebuilt only when a colour changes. */
export function readPalette(root: ShadowRoot | HTMLElement, host: HTMLElement): Palette {
  const colors = {} as Record<Token, string>;
  for (const t of TOKENS) {
    const el = root.querySelector(`.swatch.${t}`);
    colors[t] = el ? getComputedStyle(el).color : 'rgb(128 128 128)';
  }
  const font = getComputedStyle(host).fontFamily || 'sans-serif';
  const key = `${font}|${TOKENS.map((t) => colors[t]).join('|')}`;
  if (cache?.key === key) return cache.palette;
  const [bad, mid, good] = [rgb(colors.critical), rgb(colors.neutral), rgb(colors.good)];
  const sentiment = Array.from({ length: 41 }, (_, i) => {
    const s = i / 20 - 1;
    return s < 0 ? mix(mid, bad, -s) : mix(mid, good, s);
  });
  cache = { key, palette: { colors, font, sentiment } };
  return cache.palette;
}

export const sentimentColor = (p: Palette, s: number) =>
  Number.isNaN(s) ? p.colors.surface : p.sentiment[Math.round((Math.max(-1, Math.min(1, s)) + 1) * 20)]!;
