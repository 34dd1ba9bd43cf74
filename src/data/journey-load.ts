import { WaymarkError } from './errors.js';
import { Journey } from './shapes/journey.js';
import type { LoadOptions } from './load-controller.js';

/** An element that shows one journey, named by its `journey` and `customer` attributes. */
export interface JourneyHost {
  journey?: string;
  customer?: string;
}

/**
 * LoadController options for elements that show one journey: load it with
 * `adapter.journey`, follow `adapter.watch`, reload when journey or customer change.
 */
export function journeyLoad(
  host: JourneyHost,
  isEmpty: (j: Journey) => boolean,
  schema: LoadOptions<Journey>['schema'] = Journey,
): LoadOptions<Journey> {
  const ref = () => ({ journey: host.journey!, customer: host.customer });
  return {
    what: 'journey',
    schema,
    args: () => [host.journey, host.customer],
    load: (a, signal) =>
      host.journey
        ? a.journey?.(ref(), { signal })
        : Promise.reject(new WaymarkError('not-found', 'Set the journey attribute to say which journey to show.')),
    watch: (a, onChange) => (host.journey ? a.watch?.(ref(), onChange) : undefined),
    isEmpty,
  };
}
