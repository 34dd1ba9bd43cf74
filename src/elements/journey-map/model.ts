// The journey map's pure model: columns from stages or steps, each lane's
// cells per column, the funnel's conversion and drop-off, emotion values per
// series, and which links may be shown. No DOM, no words (see words.ts).
import type { JourneyMap, MapCell, MapLane, MapNote, Metric } from '../../data/schema.js';

export const COLUMN_MODES = ['stages', 'steps'] as const;
export type ColumnMode = (typeof COLUMN_MODES)[number];

export interface MapColumn {
  id: string;
  name: string;
  description?: string;
  /** Index of the column's stage in `groups` (in steps mode), else of itself. */
  group: number;
}

export interface StageGroup {
  id: string;
  name: string;
  description?: string;
  /** How many columns the stage spans. */
  span: number;
}

export interface MapLayout {
  mode: ColumnMode;
  columns: MapColumn[];
  /** The stages over their steps (steps mode only). */
  groups?: StageGroup[];
  /** The column each stage or step id lands in. */
  at: Map<string, number>;
}

/**
 * The map's columns. In steps mode each stage spans its steps (a stage
 * without steps is a column of its own), and a cell naming a stage lands in
 * its first step. In stages mode, cells naming a step land in its stage.
 */
export function layoutOf(map: JourneyMap, want?: string): MapLayout {
  const steps = map.steps ?? [];
  const mode: ColumnMode = want === 'stages' || !steps.length ? 'stages' : 'steps';
  const at = new Map<string, number>();
  if (mode === 'stages') {
    const columns = map.stages.map((s, i) => {
      at.set(s.id, i);
      return { id: s.id, name: s.name, description: s.description, group: i };
    });
    for (const step of steps) if (at.has(step.stageId)) at.set(step.id, at.get(step.stageId)!);
    return { mode, columns, at };
  }
  const columns: MapColumn[] = [];
  const groups = map.stages.map((s, g) => {
    const own = steps.filter((step) => step.stageId === s.id);
    at.set(s.id, columns.length);
    if (!own.length) columns.push({ id: s.id, name: s.name, description: s.description, group: g });
    for (const step of own) {
      at.set(step.id, columns.length);
      columns.push({ id: step.id, name: step.name, description: step.description, group: g });
    }
    return { id: s.id, name: s.name, description: s.description, span: Math.max(own.length, 1) };
  });
  return { mode, columns, groups, at };
}

/** The lanes named by `filter` (space-separated ids), in the map's order; all when it is blank. */
export function lanesOf(map: JourneyMap, filter?: string): MapLane[] {
  const ids = new Set((filter ?? '').split(/\s+/).filter(Boolean));
  return ids.size ? map.lanes.filter((l) => ids.has(l.id)) : map.lanes;
}

/** A lane's cells gathered per column (several when steps fold into their stage). */
export function cellsByColumn(lane: MapLane, layout: MapLayout): MapCell[][] {
  const out: MapCell[][] = layout.columns.map(() => []);
  for (const cell of lane.cells) {
    const i = layout.at.get(cell.column);
    if (i !== undefined) out[i]!.push(cell);
  }
  return out;
}

export const notesOf = (cells: MapCell[]): MapNote[] => cells.flatMap((c) => c.notes ?? []);

export const metricsOf = (cells: MapCell[]): Metric[] => cells.flatMap((c) => c.metrics ?? []);

/** Channels in order of first mention; counts of the same channel add up. */
export function channelsOf(cells: MapCell[]): { channel: string; count?: number }[] {
  const out = new Map<string, { channel: string; count?: number }>();
  for (const { channel, count } of cells.flatMap((c) => c.channels ?? [])) {
    const seen = out.get(channel);
    if (!seen) out.set(channel, { channel, count });
    else if (count !== undefined) seen.count = (seen.count ?? 0) + count;
  }
  return [...out.values()];
}

export interface Series {
  id: string;
  name: string;
}

/**
 * An emotion lane's series: its own, else the keys its cells use, else one
 * series named by the lane. A plain number belongs to the first series.
 */
export function seriesOf(lane: MapLane): Series[] {
  if (lane.series?.length) return lane.series;
  const keys = new Set<string>();
  for (const c of lane.cells) if (c.emotion !== undefined && typeof c.emotion !== 'number') Object.keys(c.emotion).forEach((k) => keys.add(k));
  return keys.size ? [...keys].map((id) => ({ id, name: id })) : [{ id: '', name: lane.label }];
}

/** One value per series for a column: the mean of the cells that give one, else undefined. */
export function emotionsOf(cells: MapCell[], series: Series[]): (number | undefined)[] {
  return series.map((s, i) => {
    const values = cells
      .map((c) => (typeof c.emotion === 'number' ? (i === 0 ? c.emotion : undefined) : c.emotion?.[s.id]))
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
  });
}

/** The band an emotion falls in, -2 (very negative) .. 2 (very positive), on a lane's scale. */
export function moodOf(value: number, scale: 1 | 2 = 1): -2 | -1 | 0 | 1 | 2 {
  const f = value / scale;
  return f <= -0.6 ? -2 : f < -0.2 ? -1 : f <= 0.2 ? 0 : f < 0.6 ? 1 : 2;
}

/** Where an emotion sits vertically in the curve's 0..100 viewBox (top is best). */
export const curveY = (value: number, scale: 1 | 2 = 1): number =>
  10 + (1 - (Math.max(-scale, Math.min(scale, value)) + scale) / (2 * scale)) * 80;

export interface FunnelStep {
  reached?: number;
  /** Share of these customers reaching the next column that has a count, in whole percent (0..100). */
  continues?: number;
  /** 100 - continues. */
  dropsOff?: number;
  /** More reached the next column than this one. */
  grows?: boolean;
  /** The column with the largest share dropping off. */
  biggest?: boolean;
}

/** A funnel lane's count per column: a stage holding steps counts those reaching its first counted step. */
export function reachedOf(cells: MapCell[]): number | undefined {
  return cells.find((c) => c.reached !== undefined)?.reached;
}

/**
 * Conversion and drop-off from each counted column to the next counted one,
 * in whole percent that add up to 100, and the biggest drop-off (the first
 * of equals; none when nobody drops off).
 */
export function funnelOf(reached: (number | undefined)[]): FunnelStep[] {
  const steps: FunnelStep[] = reached.map((r) => ({ reached: r }));
  let biggest = -1;
  let most = 0;
  reached.forEach((r, i) => {
    if (r === undefined || r <= 0) return;
    const next = reached.findIndex((n, j) => j > i && n !== undefined);
    if (next < 0) return;
    const ratio = reached[next]! / r;
    const continues = Math.min(100, Math.round(ratio * 100));
    const step = steps[i]!;
    step.continues = continues;
    step.dropsOff = 100 - continues;
    step.grows = ratio > 1;
    const drop = 1 - ratio;
    if (drop > most) {
      most = drop;
      biggest = i;
    }
  });
  if (biggest >= 0) steps[biggest]!.biggest = true;
  return steps;
}

/** The URL of a note's link when it is absolute `http:` or `https:`, else undefined (shown as text only). */
export function safeLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
