// Adapters the stories of every element share for their Loading and Error states.
import { WaymarkError } from '../src/data/errors.js';
import type { RequestOptions, WaymarkAdapter } from '../src/data/adapters/types.js';

type Method = 'journey' | 'journeyMap' | 'metric' | 'scan' | 'touchpoints';

/** An adapter whose `method` never answers (until the element aborts the request). */
export const pendingAdapter = (method: Method): WaymarkAdapter =>
  ({
    [method]: (_ref: unknown, o?: RequestOptions) =>
      new Promise((_resolve, reject) =>
        o?.signal?.addEventListener('abort', () => reject(o.signal!.reason), { once: true }),
      ),
  }) as WaymarkAdapter;

/** An adapter whose `method` fails the way an unreachable API does. */
export const failingAdapter = (method: Method, service: string): WaymarkAdapter =>
  ({
    [method]: () =>
      Promise.reject(
        new WaymarkError('network', `The ${service} service did not answer (HTTP 503). Try again in a minute.`, 503),
      ),
  }) as WaymarkAdapter;
