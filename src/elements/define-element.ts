const warned: Set<string> = ((globalThis as Record<symbol, Set<string>>)[
  Symbol.for('waymark.define-warned')
] ??= new Set());

/**
 * Registers `tag` unless it is taken. A page that loads Waymark twice (two
 * bundles on one intranet page) keeps the first definition and warns once,
 * instead of throwing as `customElements.define` would.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) {
    customElements.define(tag, ctor);
    return;
  }
  if (customElements.get(tag) !== ctor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`waymark: <${tag}> is already defined; keeping the first definition. Load Waymark once per page.`);
  }
}
