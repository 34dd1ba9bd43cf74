/**
 * A module imported on first need and kept: `get()` is undefined until
 * `load()` has brought it in. A failed import is tried again on the next call.
 */
export function lazy<T>(load: () => Promise<T>) {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get: (): T | undefined => value,
    load: (): Promise<T> =>
      (pending ??= load().then(
        (v) => (value = v),
        (e: unknown) => {
          pending = undefined;
          throw e;
        },
      )),
  };
}
