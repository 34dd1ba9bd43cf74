import { DAY, HOUR } from './scale.js';
import { dateFormat } from '../../i18n/format.js';

export interface Tick {
  t: number;
  label: string;
}

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
const MONTH = 30.44 * DAY;
const SIZES: Record<Unit, number> = { minute: 60_000, hour: HOUR, day: DAY, week: 7 * DAY, month: MONTH, year: 365.25 * DAY };
/** Tick steps, finest first: quarter hours to decades. */
const STEPS: [Unit, number][] = [
  ['minute', 15], ['minute', 30], ['hour', 1], ['hour', 3], ['hour', 6], ['hour', 12],
  ['day', 1], ['day', 2], ['week', 1], ['month', 1], ['month', 3], ['month', 6],
  ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 25], ['year', 50],
];

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const MONTH_ONLY: Intl.DateTimeFormatOptions = { month: 'short' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };

/** The first instant of the step that holds `t`, in local time. */
function floorTo(t: number, unit: Unit, n: number): Date {
  const d = new Date(t);
  if (unit === 'minute') d.setMinutes(Math.floor(d.getMinutes() / n) * n, 0, 0);
  else if (unit === 'hour') d.setHours(Math.floor(d.getHours() / n) * n, 0, 0, 0);
  else {
    d.setHours(0, 0, 0, 0);
    if (unit === 'week') d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
    if (unit === 'month') d.setMonth(Math.floor(d.getMonth() / n) * n, 1);
    if (unit === 'year') d.setFullYear(Math.floor(d.getFullYear() / n) * n, 0, 1);
  }
  return d;
}

function advance(d: Date, unit: Unit, n: number): void {
  if (unit === 'minute') d.setMinutes(d.getMinutes() + n);
  else if (unit === 'hour') d.setHours(d.getHours() + n);
  else if (unit === 'day') d.setDate(d.getDate() + n);
  else if (unit === 'week') d.setDate(d.getDate() + 7 * n);
  else if (unit === 'month') d.setMonth(d.getMonth() + n);
  else d.setFullYear(d.getFullYear() + n);
}

/**
 * Ticks for `from`..`to` drawn `width` px wide, at least `gap` px apart: the
 * finest step from quarter hours to decades that fits, on calendar
 * boundaries in local time, labelled in `locale`. A label names the larger
 * unit where it changes (the day at midnight, the year in January) and on the
 * first tick, so every stretch of the axis can be read on its own.
 */
export function timeTicks(from: number, to: number, width: number, locale: string, gap = 96): { unit: Unit; step: number; ticks: Tick[] } {
  const msPerPx = (to - from) / Math.max(1, width);
  const [unit, step] = STEPS.find(([u, n]) => (SIZES[u] * n) / msPerPx >= gap) ?? STEPS[STEPS.length - 1]!;
  const ticks: Tick[] = [];
  const d = floorTo(from, unit, step);
  let prev: Date | undefined;
  for (let guard = 0; guard < 500 && +d <= to; guard++) {
    if (+d >= from) {
      ticks.push({ t: +d, label: label(d, prev, unit, locale, ticks.length === 0) });
      prev = new Date(+d);
    }
    advance(d, unit, step);
  }
  return { unit, step, ticks };
}

function label(d: Date, prev: Date | undefined, unit: Unit, locale: string, first: boolean): string {
  const newYear = !prev || prev.getFullYear() !== d.getFullYear();
  switch (unit) {
    case 'minute':
    case 'hour':
      if (d.getHours() + d.getMinutes() === 0) return dateFormat(locale, first ? DAY_MONTH_YEAR : DAY_MONTH).format(d);
      if (first) return `${dateFormat(locale, DAY_MONTH).format(d)} ${dateFormat(locale, TIME).format(d)}`;
      return dateFormat(locale, TIME).format(d);
    case 'day':
    case 'week':
      return dateFormat(locale, first || newYear ? DAY_MONTH_YEAR : DAY_MONTH).format(d);
    case 'month':
      return dateFormat(locale, first || d.getMonth() === 0 ? MONTH_YEAR : MONTH_ONLY).format(d);
    default:
      return dateFormat(locale, YEAR).format(d);
  }
}

/** A date and time in full for announcements and cards: "3 Mar 2025, 14:02". */
export const formatWhen = (locale: string, t: number) =>
  dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(t);

/** A day heading: "Monday 3 March 2025". */
export const formatDay = (locale: string, t: number) => dateFormat(locale, { dateStyle: 'full' }).format(t);

export const formatRange = (locale: string, a: number, b: number) => {
  const f = dateFormat(locale, b - a < 2 * DAY ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
  return f.formatRange(a, b);
};
