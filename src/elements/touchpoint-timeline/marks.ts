import { ROW } from './layout.js';
import { sentimentColor, type Palette } from './palette.js';
import { F_COMPANY, F_MOMENT, FRICTION_SHIFT } from './store.js';

/** Touchpoints closer than this many pixels in one lane are drawn as one aggregate mark. */
export const BIN_PX = 8;

function star(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const a = (Math.PI / 5) * k - Math.PI / 2;
    const rr = k % 2 ? r * 0.45 : r;
    ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
  }
  ctx.closePath();
}

function triangle(ctx: CanvasRenderingContext2D, x: number, y: number, h: number): void {
  ctx.beginPath();
  ctx.moveTo(x, y - h / 2);
  ctx.lineTo(x + h * 0.6, y + h / 2);
  ctx.lineTo(x - h * 0.6, y + h / 2);
  ctx.closePath();
}

/** One touchpoint: a circle (a star for a moment of truth), filled when the customer started it, a ring when we did; friction hangs a triangle under it. */
export function mark(ctx: CanvasRenderingContext2D, p: Palette, x: number, y: number, f: number, s: number): void {
  const color = s === s ? sentimentColor(p, s) : p.colors.muted;
  if (f & F_MOMENT) star(ctx, x, y, 7.5);
  else {
    ctx.beginPath();
    ctx.arc(x, y, 4.5, 0, Math.PI * 2);
  }
  if (f & F_COMPANY) {
    ctx.fillStyle = p.colors.surface;
    ctx.fill();
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = color;
  } else {
    ctx.fillStyle = color;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = p.colors.text;
  }
  ctx.stroke();
  const fr = (f >> FRICTION_SHIFT) & 3;
  if (fr) frictionMark(ctx, p, x, y + 12, 3 + fr * 1.5);
}

function frictionMark(ctx: CanvasRenderingContext2D, p: Palette, x: number, y: number, h: number): void {
  triangle(ctx, x, y, h);
  ctx.fillStyle = p.colors.warning;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = p.colors.text;
  ctx.stroke();
}

/**
 * Several touchpoints too close to tell apart: a bar, taller where the view
 * is busiest (`density` 0..1), coloured by their mean sentiment. A star tops
 * it when it holds a moment of truth; a triangle, larger for a larger share,
 * hangs under it when at least a tenth of them met friction.
 */
export function bar(ctx: CanvasRenderingContext2D, p: Palette, x: number, y: number, density: number, mean: number, moment: boolean, friction: number): void {
  const h = 5 + (ROW.lane - 20) * Math.sqrt(density);
  ctx.fillStyle = mean === mean ? sentimentColor(p, mean) : p.colors.muted;
  ctx.fillRect(x - BIN_PX / 2 + 1, y - h / 2, BIN_PX - 2, h);
  ctx.lineWidth = 1;
  ctx.strokeStyle = p.colors.text;
  ctx.strokeRect(x - BIN_PX / 2 + 1.5, y - h / 2 + 0.5, BIN_PX - 3, h - 1);
  if (moment) {
    star(ctx, x, y - h / 2 - 4, 4);
    ctx.fillStyle = p.colors.text;
    ctx.fill();
  }
  if (friction >= 0.1) frictionMark(ctx, p, x, y + h / 2 + 4, 4 + 4 * Math.min(1, friction / 0.4));
}
