/** One cached value, made again when any of its inputs changes (compared with ===). */
export class Memo<T> {
  #key?: readonly unknown[];
  #value?: T;

  get(key: readonly unknown[], make: () => T): T {
    const old = this.#key;
    if (!old || old.length !== key.length || key.some((k, i) => k !== old[i])) {
      this.#value = make();
      this.#key = key;
    }
    return this.#value as T;
  }
}
