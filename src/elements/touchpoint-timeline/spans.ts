/** One end of a time range: the instant, and the ISO text an adapter is given for it (none for an open end). */
export interface Bound {
  t: number;
  iso?: string;
}

/** A closed time range; an open end is ±Infinity with no text. */
export interface Span {
  from: Bound;
  to: Bound;
}

const bound = (v: string | undefined, open: number): Bound => {
  const t = v ? Date.parse(v) : NaN;
  return Number.isNaN(t) ? { t: open } : { t, iso: v };
};

/** The range `from`..`to` asks for: an absent or unreadable end is open, as when it is left out of a query. */
export const spanOf = (from?: string, to?: string): Span => ({ from: bound(from, -Infinity), to: bound(to, Infinity) });

/** The parts of `want` that no span of `covered` (sorted, disjoint) holds. */
export function gaps(covered: readonly Span[], want: Span): Span[] {
  const out: Span[] = [];
  let at = want.from;
  for (const c of covered) {
    if (c.to.t < at.t || c.from.t > want.to.t) continue;
    if (c.from.t > at.t) out.push({ from: at, to: c.from });
    if (c.to.t > at.t) at = c.to;
  }
  if (at.t < want.to.t) out.push({ from: at, to: want.to });
  return out;
}

/** `covered` with `add` joined in, still sorted and disjoint (spans that touch become one). */
export function cover(covered: readonly Span[], add: Span): Span[] {
  const apart = covered.filter((c) => c.to.t < add.from.t || c.from.t > add.to.t);
  for (const c of covered) {
    if (apart.includes(c)) continue;
    if (c.from.t < add.from.t) add = { from: c.from, to: add.to };
    if (c.to.t > add.to.t) add = { from: add.from, to: c.to };
  }
  return [...apart, add].sort((a, b) => a.from.t - b.from.t);
}
