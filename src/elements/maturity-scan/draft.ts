import * as z from 'zod/mini';
import { ScanResponse } from '../../data/shapes/scan.js';
import type { MaturityScanDefinition } from '../../data/scans/schema.js';
import { notApplicableValue } from '../../metrics/scan.js';

/** Bump when the stored shape changes: older drafts are then ignored, never misread. */
export const DRAFT_VERSION = 1;

export const DRAFT_STATES = ['draft', 'sending', 'stored'] as const;

/**
 * A response kept on this device. `draft`: in progress; `sending`: submitted
 * but not yet confirmed by the server; `stored`: completed and kept here,
 * since no adapter could save it.
 */
export interface Draft {
  response: ScanResponse;
  /** The page the respondent was on (paged mode). */
  page: number;
  state: (typeof DRAFT_STATES)[number];
}

const Stored = z.object({
  // An enum of one rather than z.literal(): the suite's only literal would
  // bring $ZodLiteral into the zod/mini every element's page loads.
  v: z.enum({ current: DRAFT_VERSION }),
  page: z.number().check(z.int(), z.gte(0)),
  state: z.enum(DRAFT_STATES),
  response: ScanResponse,
});

const warn = (message: string, detail?: unknown) =>
  console.warn(`waymark: ${message}`, ...(detail === undefined ? [] : [detail]));

/** One key per scan and respondent, versioned: `waymark.scan.v1:<scan>:<respondent>`. */
export const draftKey = (scanId: string, respondent?: string): string =>
  `waymark.scan.v${DRAFT_VERSION}:${encodeURIComponent(scanId)}:${encodeURIComponent(respondent || 'anonymous')}`;

/** Whether `v` is an answer the definition accepts: a point on its scale, or not applicable when allowed. */
export function fits(def: MaturityScanDefinition, v: unknown): v is number {
  const { min, max, notApplicable } = def.scale;
  return Number.isInteger(v) && (((v as number) >= min && (v as number) <= max) ||
    (notApplicable !== undefined && v === notApplicableValue(def.scale)));
}

/** The answers the definition accepts, in a fresh object; the rest are dropped. */
export function fitAnswers(def: MaturityScanDefinition, answers: Readonly<Record<string, unknown>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of def.questions) {
    const v = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (fits(def, v)) out[q.id] = v;
  }
  return out;
}

/**
 * The draft stored under `key` for this scan and respondent. Anything else
 * found there (unreadable storage, broken JSON, another version, another
 * scan or respondent) is ignored with a warning, never thrown; answers that
 * no longer fit the scan are dropped.
 */
export function readDraft(key: string, def: MaturityScanDefinition, respondent?: string): Draft | undefined {
  // A server renders the scan with no storage: the draft comes back in the browser.
  if (typeof localStorage === 'undefined') return undefined;
  let raw: string | null;
  try {
    raw = localStorage.getItem(key);
  } catch (e) {
    warn('could not read saved scan answers from localStorage.', e);
    return undefined;
  }
  if (raw === null) return undefined;
  let parsed: z.infer<typeof Stored>;
  try {
    parsed = Stored.parse(JSON.parse(raw));
  } catch {
    warn(`ignored saved scan answers under "${key}" that are not a version ${DRAFT_VERSION} draft.`);
    return undefined;
  }
  const { response } = parsed;
  if (response.scanId !== def.id || (response.respondent ?? '') !== (respondent ?? '')) {
    warn(`ignored saved scan answers under "${key}" that belong to another scan or respondent.`);
    return undefined;
  }
  const answers = fitAnswers(def, response.answers);
  const dropped = Object.keys(response.answers).length - Object.keys(answers).length;
  if (dropped > 0) warn(`dropped ${dropped} saved answer(s) that do not fit the scan "${def.id}".`);
  return { response: { ...response, answers }, page: parsed.page, state: parsed.state };
}

/** Stores the draft; false (with a warning) when the browser refuses, e.g. storage is full or disabled. */
export function writeDraft(key: string, draft: Draft): boolean {
  try {
    localStorage.setItem(key, JSON.stringify({ v: DRAFT_VERSION, ...draft }));
    return true;
  } catch (e) {
    warn('could not save scan answers to localStorage.', e);
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored that could be read back, then.
  }
}
