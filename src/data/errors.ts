import type { ZodMiniType } from 'zod/mini';

export const ERROR_KINDS = [
  'network', 'timeout', 'not-found', 'invalid-data', 'unsupported', 'no-source',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** An error an element can explain: `kind` is the SPEC error kind. */
export class WaymarkError extends Error {
  override name = 'WaymarkError';
  /**
   * The message says no more than the kind does ("No data source: ..."), so
   * an element shows its headline alone, without repeating it as detail.
   */
  plain = false;
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A WaymarkError whose message is the kind's own headline in English (see `plain`). */
export function plainError(kind: ErrorKind, message: string): WaymarkError {
  const e = new WaymarkError(kind, message);
  e.plain = true;
  return e;
}

/** Any failure as a WaymarkError: adapters' own errors are kept, anything else is a `network` error. */
export const toWaymarkError = (e: unknown): WaymarkError =>
  e instanceof WaymarkError ? e : new WaymarkError('network', (e as Error | null)?.message ?? String(e));

export const isAbort = (e: unknown): boolean =>
  (e as { name?: string } | null)?.name === 'AbortError';

/** Throws the signal's reason as an AbortError when the signal has fired. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

/** `stages[2].status` from `['stages', 2, 'status']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(root)';
}

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return typeof input === 'object' ? 'an object' : typeof input;
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required ${issue.expected} is missing`
        : `expected ${issue.expected}, got ${describeInput(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'must not be empty'
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

/** One line per failing path, e.g. "stages[2].status: expected one of done, current, ...". */
export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${formatPath(i.path)}: ${describeIssue(i)}`)
    .concat(issues.length > 3 ? [`and ${issues.length - 3} more`] : [])
    .join('; ');
}

/**
 * Validates `input` once, where it enters: returns the parsed copy (unknown
 * fields dropped) or throws an `invalid-data` error naming the failing path.
 */
export function validate<T>(schema: ZodMiniType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new WaymarkError(
    'invalid-data',
    `The ${what} data is not valid: ${describeIssues(result.error.issues as unknown as Issue[])}`,
  );
}
