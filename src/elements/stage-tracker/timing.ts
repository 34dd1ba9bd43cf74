import type { Journey, Stage } from '../../data/schema.js';

export const DAY = 86_400_000;

export interface StageTiming {
  /** Whole days since the stage started (in-progress stages). */
  daysInStage?: number;
  /** Whole days the stage took (done stages). */
  daysTaken?: number;
  /** Days past the end of the stage's window, when positive: the stage is at risk. */
  overdueDays?: number;
  /** Days left in the window, for a stage still inside it. */
  daysLeft?: number;
}

const days = (ms: number) => Math.floor(ms / DAY);

/** When the journey began: the earliest stage start (first contact). */
export function journeyStart(journey: Journey): number | undefined {
  let first: number | undefined;
  for (const s of journey.stages) {
    const t = s.startedAt ? Date.parse(s.startedAt) : NaN;
    if (!Number.isNaN(t) && (first === undefined || t < first)) first = t;
  }
  return first;
}

const isOpen = (s: Stage) => s.status === 'current' || s.status === 'blocked';

/**
 * Time in stage against its window. Windows count days from first contact,
 * so a stage is at risk once the journey is past `window.toDay` without the
 * stage completing; with no journey start we compare time in stage with the
 * window's length instead.
 */
export function stageTiming(stage: Stage, start: number | undefined, now: number): StageTiming {
  const started = stage.startedAt ? Date.parse(stage.startedAt) : undefined;
  if (stage.status === 'done') {
    const completed = stage.completedAt ? Date.parse(stage.completedAt) : undefined;
    return started !== undefined && completed !== undefined ? { daysTaken: Math.max(0, days(completed - started)) } : {};
  }
  if (!isOpen(stage)) return {};
  const timing: StageTiming = {};
  if (started !== undefined) timing.daysInStage = Math.max(0, days(now - started));
  const w = stage.window;
  if (w?.toDay === undefined) return timing;
  let remaining: number | undefined;
  if (start !== undefined) remaining = w.toDay - days(now - start);
  else if (timing.daysInStage !== undefined) remaining = w.toDay - w.fromDay - timing.daysInStage;
  if (remaining !== undefined) {
    if (remaining < 0) timing.overdueDays = -remaining;
    else timing.daysLeft = remaining;
  }
  return timing;
}
