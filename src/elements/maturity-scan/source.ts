import { WaymarkError } from '../../data/errors.js';
import type { WaymarkAdapter } from '../../data/adapters/types.js';
import { BUILT_IN_SCAN, type MaturityScanDefinition } from '../../data/scans/schema.js';

// The built-in scan's text is a chunk of its own, imported where it is shown:
// inlined, it would be 3 kB gz of the element's entry, paid by pages that
// bring their own scan. A failed import is tried again on the next call.
let builtIn: MaturityScanDefinition | undefined;
let importing: Promise<MaturityScanDefinition> | undefined;
const importBuiltIn = (): Promise<MaturityScanDefinition> =>
  (importing ??= import('../../data/scans/journey-management.js').then(
    (m) => (builtIn = m.journeyManagementScan),
    (e: unknown) => {
      importing = undefined;
      throw e;
    },
  ));

/** The built-in scan once imported; a load's input, so a load that failed for want of it runs again. */
export const builtInScan = (): MaturityScanDefinition | undefined => builtIn;

/**
 * Resolves once the built-in scan is imported (or its import failed), when
 * `scan` names it and it is not here yet. LoadController's fallback is
 * synchronous, so the element's updates wait for this.
 */
export const builtInReady = (scan: string): Promise<unknown> | undefined =>
  scan === BUILT_IN_SCAN && !builtIn ? importBuiltIn().catch(() => {}) : undefined;

/** The definition with no source: the built-in scan, or none for any other. */
export function builtInFallback(scan: string): MaturityScanDefinition | undefined {
  if (scan !== BUILT_IN_SCAN) return undefined;
  if (!builtIn) throw new WaymarkError('network', 'The built-in scan could not be loaded. Check the connection and retry.');
  return builtIn;
}

/**
 * Loads `scan` through an adapter. The built-in scan needs no API: an adapter
 * without `scan`, or one that does not know it, gets the built-in one and can
 * still save the responses.
 */
export function loadScan(a: WaymarkAdapter, scan: string, signal: AbortSignal): Promise<unknown> | undefined {
  const isBuiltIn = scan === BUILT_IN_SCAN;
  if (!a.scan) return isBuiltIn ? importBuiltIn() : undefined;
  return a.scan({ scan }, { signal }).catch((e: unknown) => {
    if (isBuiltIn && e instanceof WaymarkError && e.kind === 'not-found') return importBuiltIn();
    throw e;
  });
}
