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

const time = (v?: string) => {
  const t = v ? Date.parse(v) : NaN;
  return Number.isNaN(t) ? undefined : t;
};

/** The range `from`..`to` asks for: an absent or unreadable end is open, as when it is left out of a query. */
export function spanOf(from?: string, to?: string): Span {
  const a = time(from);
  const b = time(to);
  const span = {
    from: a === undefined ? { t: -Infinity } : { t: a, iso: from },
    to: b === undefined ? { t: Infinity } : { t: b, iso: to },
  };
  return span.from.t > span.to.t ? { from: span.to, to: span.from } : span;
}

/** The parts of `want` that no span of `covered` (sorted, disjoint) holds. */
export function gaps(covered: readonly Span[], want: Span): Span[] {
  const out: Span[] = [];
  let at = want.from;
  for (const c of covered) {
    if (c.to.t < at.t) continue;
    if (c.from.t > want.to.t) break;
    if (c.from.t > at.t) out.push({ from: at, to: c.from });
    if (c.to.t > at.t) at = c.to;
    if (at.t >= want.to.t) return out;
  }
  if (at.t < want.to.t || (at === want.from && at.t === want.to.t)) out.push({ from: at, to: want.to });
  return out;
}

/** `covered` with `add` joined in, still sorted and disjoint (spans that touch become one). */
export function cover(covered: readonly Span[], add: Span): Span[] {
  const out: Span[] = [];
  let merged = add;
  for (const c of covered) {
    if (c.to.t < merged.from.t || c.from.t > merged.to.t) out.push(c);
    else merged = { from: c.from.t < merged.from.t ? c.from : merged.from, to: c.to.t > merged.to.t ? c.to : merged.to };
  }
  out.push(merged);
  return out.sort((a, b) => a.from.t - b.from.t);
}

/** The closed ends of `covered`: a touchpoint at one of these instants may have come with the span on either side. */
export function edgesOf(covered: readonly Span[]): Set<number> {
  const edges = new Set<number>();
  for (const c of covered) for (const b of [c.from, c.to]) if (Number.isFinite(b.t)) edges.add(b.t);
  return edges;
}
