import { WaymarkError } from './errors.js';
import { JourneyMap } from './shapes/journey-map.js';
import type { LoadOptions } from './load-controller.js';

/** An element that shows one journey's map, named by its `journey` attribute. */
export interface MapHost {
  journey?: string;
}

/**
 * LoadController options for the journey map: load it with
 * `adapter.journeyMap`, follow `adapter.watchMap`, reload when `journey` changes.
 */
export function mapLoad(host: MapHost, isEmpty: (m: JourneyMap) => boolean): LoadOptions<JourneyMap> {
  const ref = () => ({ journey: host.journey! });
  return {
    what: 'journey map',
    schema: JourneyMap,
    args: () => [host.journey],
    load: (a, signal) =>
      host.journey
        ? a.journeyMap?.(ref(), { signal })
        : Promise.reject(new WaymarkError('not-found', 'Set the journey attribute to say which journey map to show.')),
    watch: (a, onChange) => (host.journey ? a.watchMap?.(ref(), onChange as (m: JourneyMap) => void) : undefined),
    isEmpty,
  };
}
