import type { ScanResponse, ScanResult } from '../../data/schema.js';
import type { MaturityScanDefinition } from '../../data/scans/schema.js';
import { scanProgress, scanResult, type ScanProgress } from '../../metrics/scan.js';
import { fitAnswers } from './draft.js';
import { pagesOf, pointsOf, type NumberedQuestion, type Page, type Point } from './questions.js';

/** A v4 UUID; `crypto.randomUUID` exists only in secure contexts, and intranets are often plain http. */
function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Versions are unique across models, so a version stored by one model never matches another's. */
let versions = 0;

/**
 * A scan being answered, without any DOM: the definition laid out in pages,
 * the response, and its progress and result, computed once per change.
 */
export class ScanModel {
  readonly def: MaturityScanDefinition;
  readonly pages: Page[];
  readonly points: Point[];
  readonly questions: ReadonlyMap<string, NumberedQuestion>;
  #response: ScanResponse;
  #cache?: { progress: ScanProgress; result?: ScanResult };
  /** Changes with every change of the response. */
  version = ++versions;

  constructor(def: MaturityScanDefinition, response: ScanResponse) {
    this.def = def;
    this.pages = pagesOf(def);
    this.points = pointsOf(def);
    this.questions = new Map(this.pages.flatMap((p) => p.questions.map((q) => [q.id, q] as const)));
    this.#response = { ...response, answers: fitAnswers(def, response.answers) };
  }

  static fresh(def: MaturityScanDefinition, respondent?: string): ScanModel {
    const now = new Date().toISOString();
    const r: ScanResponse = { id: uuid(), scanId: def.id, answers: {}, startedAt: now, updatedAt: now };
    if (respondent) r.respondent = respondent;
    return new ScanModel(def, r);
  }

  /**
   * The same scan worded differently (the built-in scan in another
   * language): same response, progress and version, so a response stored
   * before is not stored again.
   */
  relabel(def: MaturityScanDefinition): ScanModel {
    const model = new ScanModel(def, this.#response);
    model.version = this.version;
    return model;
  }

  get response(): ScanResponse {
    return this.#response;
  }

  set response(r: ScanResponse) {
    this.#response = r;
    this.#cache = undefined;
    this.version = ++versions;
  }

  /** Replaces the answers (those that fit the scan) and stamps the change. */
  setAnswers(answers: Readonly<Record<string, unknown>>): void {
    this.response = { ...this.#response, answers: fitAnswers(this.def, answers), updatedAt: new Date().toISOString() };
  }

  get progress(): ScanProgress {
    return this.#computed().progress;
  }

  /** The score of the answers so far; undefined while nothing can be scored. */
  get result(): ScanResult | undefined {
    return this.#computed().result;
  }

  /** Questions that count towards the score: answered, and not "not applicable". */
  get scored(): number {
    const na = this.points.find((p) => p.na)?.value;
    return Object.values(this.#response.answers).filter((v) => v !== na).length;
  }

  #computed(): { progress: ScanProgress; result?: ScanResult } {
    if (!this.#cache) {
      const progress = scanProgress(this.def, this.#response.answers);
      let result: ScanResult | undefined;
      try {
        result = progress.answered ? scanResult(this.def, this.#response.answers) : undefined;
      } catch {
        // Only not-applicable or zero-weight answers so far: nothing to score yet.
      }
      this.#cache = { progress, result };
    }
    return this.#cache;
  }
}
