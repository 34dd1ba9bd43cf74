import { nothing, svg } from 'lit';
import type { GaugeView } from './model.js';

// The dial's geometry, in viewBox units: a 240° arc open at the bottom.
const CX = 100;
const CY = 100;
const R = 78; // the track and the value arc
const R_BANDS = 95; // the band ring, just outside the track
const SWEEP = 240;
const START = -SWEEP / 2; // degrees from 12 o'clock, clockwise

/** Angle in degrees (0 = top, clockwise) of a fraction of the range. */
export const angleOf = (f: number) => START + SWEEP * f;

const round = (n: number) => Math.round(n * 100) / 100;

function point(r: number, deg: number): [number, number] {
  const rad = (deg * Math.PI) / 180;
  return [round(CX + r * Math.sin(rad)), round(CY - r * Math.cos(rad))];
}

/** An SVG path along the circle of radius `r` between two fractions of the range. */
function arc(r: number, from: number, to: number): string {
  const a0 = angleOf(Math.min(from, to));
  const a1 = angleOf(Math.max(from, to));
  const [x0, y0] = point(r, a0);
  const [x1, y1] = point(r, a1);
  return `M ${x0} ${y0} A ${r} ${r} 0 ${a1 - a0 > 180 ? 1 : 0} 1 ${x1} ${y1}`;
}

function radial(f: number, r0: number, r1: number) {
  const a = angleOf(f);
  const [x1, y1] = point(r0, a);
  const [x2, y2] = point(r1, a);
  return { x1, y1, x2, y2 };
}

/** Long values ("-12,345.6") shrink to stay inside the arc. */
const fontSize = (text: string) => Math.max(16, Math.min(34, Math.round(170 / text.length)));

/**
 * The gauge drawing. Colours come from classes (`tone-good`, ...), never from
 * style attributes, which a strict CSP (style-src 'self') blocks. The SVG is
 * hidden from assistive technology: its meter says all of it in words.
 */
export function renderDial(v: GaugeView) {
  const [lx, ly] = point(R, angleOf(0));
  const [rx, ry] = point(R, angleOf(1));
  const needle = radial(v.at, R - 16, R_BANDS + 6);
  const target = v.target && radial(v.target.at, R - 12, R + 12);
  const filled = Math.abs(v.at - v.origin) > 0.001;
  return svg`<svg class="dial" viewBox="0 0 200 172" aria-hidden="true" focusable="false">
    <path part="track" class="track" d=${arc(R, 0, 1)}></path>
    ${v.segments.map(
      (s) => svg`<path part="band ${s.band.tone}" class="band tone-${s.band.tone}" d=${arc(R_BANDS, s.from, s.to)}></path>`,
    )}
    ${filled ? svg`<path part="fill" class="fill tone-${v.tone}" d=${arc(R, v.origin, v.at)}></path>` : nothing}
    ${target
      ? svg`<line part="target" class="target" x1=${target.x1} y1=${target.y1} x2=${target.x2} y2=${target.y2}></line>`
      : nothing}
    <line part="needle" class="needle" x1=${needle.x1} y1=${needle.y1} x2=${needle.x2} y2=${needle.y2}></line>
    <text part="value" class="value" x=${CX} y=${CY + 8} text-anchor="middle" font-size=${fontSize(v.dialText)}>${v.dialText}</text>
    ${v.dialUnit
      ? svg`<text part="unit" class="unit" x=${CX} y=${CY + 30} text-anchor="middle">${v.dialUnit}</text>`
      : nothing}
    <text part="range" class="range" x=${lx} y=${ly + 24} text-anchor="middle">${v.minText}</text>
    <text part="range" class="range" x=${rx} y=${ry + 24} text-anchor="middle">${v.maxText}</text>
  </svg>`;
}
