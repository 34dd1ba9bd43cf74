/**
 * Milliseconds for a script-driven animation on `el`: its `--wm-duration`
 * (default 200ms) times `factor`, or 0 when the user asks for reduced motion.
 * CSS transitions read the token directly; this is for WAAPI and canvas.
 */
export function motionMs(el: Element, factor = 1): number {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return 0;
  const m = /^(-?[\d.]+)(ms|s)$/.exec(getComputedStyle(el).getPropertyValue('--_duration').trim());
  const base = m ? parseFloat(m[1]!) * (m[2] === 's' ? 1000 : 1) : 200;
  return Math.max(0, base * factor);
}
