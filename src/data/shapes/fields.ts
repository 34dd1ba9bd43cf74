import * as z from 'zod/mini';

/** Identifiers are non-empty strings. */
export const id = () => z.string().check(z.minLength(1));
export const text = () => z.string().check(z.minLength(1));
export const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Times are ISO 8601 strings that name a real instant. */
export const time = () =>
  z.string().check(
    z.refine((s) => ISO_8601.test(s) && !Number.isNaN(Date.parse(s)), {
      message: 'expected an ISO 8601 date-time',
    }),
  );
export const unit = () => z.number().check(z.gte(0), z.lte(1));
