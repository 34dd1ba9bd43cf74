import { WaymarkError } from '../../data/errors.js';
import type { WaymarkAdapter } from '../../data/adapters/types.js';
import { BUILT_IN_SCAN, MaturityScanDefinition } from '../../data/scans/schema.js';
import { journeyManagementScan } from '../../data/scans/journey-management.js';

/** The definition with no source: the built-in scan, or none for any other. */
export const builtInFallback = (scan: string): MaturityScanDefinition | undefined =>
  scan === BUILT_IN_SCAN ? journeyManagementScan : undefined;

/**
 * Loads `scan` through an adapter. The built-in scan needs no API: an adapter
 * without `scan`, or one that does not know it, gets the built-in one and can
 * still save the responses.
 */
export function loadScan(a: WaymarkAdapter, scan: string, signal: AbortSignal): Promise<unknown> | undefined {
  const builtIn = builtInFallback(scan);
  if (!a.scan) return builtIn && Promise.resolve(builtIn);
  return a.scan({ scan }, { signal }).catch((e: unknown) => {
    if (builtIn && e instanceof WaymarkError && e.kind === 'not-found') return builtIn;
    throw e;
  });
}

let shipped: string | undefined;

/**
 * Whether a loaded (validated) definition is the built-in scan as shipped,
 * whichever way it came: the fallback, an adapter without it, or
 * `journeyManagementScan` given as data. Only that one is shown in the
 * element's language; any other definition is data, shown as given.
 */
export function isBuiltIn(def: MaturityScanDefinition): boolean {
  if (def.id !== BUILT_IN_SCAN) return false;
  shipped ??= JSON.stringify(MaturityScanDefinition.parse(journeyManagementScan));
  return JSON.stringify(def) === shipped;
}
