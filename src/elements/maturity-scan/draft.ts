import * as z from 'zod/mini';
import { ScanResponse } from '../../data/shapes/scan.js';
import type { MaturityScanDefinition } from '../../data/scans/schema.js';
import { notApplicableValue } from '../../metrics/scan.js';

/** Bump when the stored shape changes: older drafts are then ignored, never misread. */
export const DRAFT_VERSION = 2;

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

// The response without the respondent's name (the element adds it back from its own attribute).
// Spread from the shape rather than z.omit(), which would bring its mask helpers into every page.
const { respondent: _, ...kept } = ScanResponse.shape;

/** What is stored: never the respondent's name. */
const Stored = z.object({
  // An enum of one rather than z.literal(): the suite's only literal would
  // bring $ZodLiteral into the zod/mini every element's page loads.
  v: z.enum({ current: DRAFT_VERSION }),
  page: z.number().check(z.int(), z.gte(0)),
  state: z.enum(DRAFT_STATES),
  /** When it was written (ms since the epoch): drafts older than the element's `autosave-days` are dropped. */
  savedAt: z.number(),
  response: z.object(kept),
});

const DAY_MS = 864e5;

const warn = (message: string, detail?: unknown) =>
  console.warn(`waymark: ${message}`, ...(detail === undefined ? [] : [detail]));

/** FNV-1a: the key tells respondents apart without holding a name. */
const hash = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
};

/** One key per scan and respondent, versioned: `waymark.scan.v2:<scan>:<hash of the respondent>`. */
export const draftKey = (scanId: string, respondent?: string): string =>
  `waymark.scan.v${DRAFT_VERSION}:${encodeURIComponent(scanId)}:${respondent ? hash(respondent) : 'anonymous'}`;

/** Where `autosave` keeps drafts: none when off or where the browser has no such storage (a server). */
export function draftStore(mode: string): Storage | undefined {
  try {
    if (mode === 'local' && typeof localStorage !== 'undefined') return localStorage;
    if (mode === 'session' && typeof sessionStorage !== 'undefined') return sessionStorage;
  } catch {
    // Storage disabled: reading the property throws in some browsers.
  }
  return undefined;
}

/**
 * Removes the in-progress draft under `key` from the storages `mode` does not
 * use: a page that switches to `session` or `off` keeps no answers on the
 * device it no longer says it keeps them in. A submitted response kept there
 * (`sending`, `stored`: perhaps its only copy) stays until it is sent.
 */
export function clearOtherDrafts(mode: string, key: string): void {
  for (const m of ['local', 'session']) {
    const store = m === mode ? undefined : draftStore(m);
    try {
      // Nothing stored parses to null, whose .state throws, as unreadable text does: not a draft to remove.
      if (store && JSON.parse(store.getItem(key)!).state === 'draft') store.removeItem(key);
    } catch {}
  }
}

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
 * The draft stored under `key` in `store` for this scan and respondent.
 * Anything else found there (unreadable storage, broken JSON, another
 * version or scan) is ignored with a warning, never thrown; a draft saved
 * more than `days` ago is removed; answers that no longer fit the scan are
 * dropped.
 */
export function readDraft(
  store: Storage, key: string, def: MaturityScanDefinition, respondent?: string, days = 30,
): Draft | undefined {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch (e) {
    warn('could not read saved scan answers.', e);
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
  const { response: kept } = parsed;
  if (kept.scanId !== def.id) {
    warn(`ignored saved scan answers under "${key}" that belong to another scan.`);
    return undefined;
  }
  if (!(Date.now() - parsed.savedAt <= days * DAY_MS)) {
    clearDraft(store, key);
    return undefined;
  }
  const response: ScanResponse = respondent ? { ...kept, respondent } : kept;
  const answers = fitAnswers(def, response.answers);
  const dropped = Object.keys(response.answers).length - Object.keys(answers).length;
  if (dropped > 0) warn(`dropped ${dropped} saved answer(s) that do not fit the scan "${def.id}".`);
  return { response: { ...response, answers }, page: parsed.page, state: parsed.state };
}

/** Stores the draft, without the respondent's name; false (with a warning) when the browser refuses, e.g. storage is full or disabled. */
export function writeDraft(store: Storage, key: string, draft: Draft): boolean {
  const { respondent: _, ...response } = draft.response;
  try {
    store.setItem(key, JSON.stringify({ v: DRAFT_VERSION, page: draft.page, state: draft.state, savedAt: Date.now(), response }));
    return true;
  } catch (e) {
    warn('could not save scan answers on this device.', e);
    return false;
  }
}

export function clearDraft(store: Storage, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Nothing stored that could be read back, then.
  }
}
