import { html } from 'lit';
import { rgbString, toRgba, type Rgba } from '../../styles/color.js';

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

const GREY: Rgba = [128, 128, 128, 1];

// In sRGB, alpha included: the ramp's ends are exactly the tokens' colours.
function mix([r, g, b, a]: Rgba, to: Rgba, f: number): string {
  const at = (v: number, w: number) => v + (w - v) * f;
  return rgbString([Math.round(at(r, to[0])), Math.round(at(g, to[1])), Math.round(at(b, to[2])), Math.round(at(a, to[3]) * 1000) / 1000]);
}

let cache: { key: string; palette: Palette } | undefined;

/** Reads the swatches (a style read, cheap when nothing changed); rebuilt only when a colour changes. */
export function readPalette(root: ShadowRoot | HTMLElement, host: HTMLElement): Palette {
  const colors = {} as Record<Token, string>;
  for (const t of TOKENS) {
    const el = root.querySelector(`.swatch.${t}`);
    const color = el ? getComputedStyle(el).color : '';
    // A colour the canvas cannot parse would leave the previous fill in place: draw it grey instead.
    colors[t] = toRgba(color) ? color : rgbString(GREY);
  }
  const font = getComputedStyle(host).fontFamily || 'sans-serif';
  const key = `${font}|${TOKENS.map((t) => colors[t]).join('|')}`;
  if (cache?.key === key) return cache.palette;
  const [bad, mid, good] = [colors.critical, colors.neutral, colors.good].map((c) => toRgba(c) ?? GREY) as [Rgba, Rgba, Rgba];
  const sentiment = Array.from({ length: 41 }, (_, i) => {
    const s = i / 20 - 1;
    return s < 0 ? mix(mid, bad, -s) : mix(mid, good, s);
  });
  cache = { key, palette: { colors, font, sentiment } };
  return cache.palette;
}

export const sentimentColor = (p: Palette, s: number) =>
  Number.isNaN(s) ? p.colors.surface : p.sentiment[Math.round((Math.max(-1, Math.min(1, s)) + 1) * 20)]!;
