// Adapters and waits for the element contract suite (contract.ts).
import type { WaymarkAdapter } from '../../src/data/adapters/types.js';
import { RestAdapter } from '../../src/data/adapters/rest.js';

/** The adapter methods elements load their data with. */
export const LOAD_METHODS = ['journey', 'metric', 'scan', 'touchpoints', 'journeyMap'] as const;
export type LoadMethod = (typeof LOAD_METHODS)[number];

/** Where each method's GET lives in the SPEC's REST contract. */
const REST_ROUTES: Record<LoadMethod, RegExp> = {
  journey: /\/journeys\/[^/?]+(\?|$)/,
  touchpoints: /\/journeys\/[^/?]+\/touchpoints(\?|$)/,
  metric: /\/metrics\/[^/?]+(\?|$)/,
  scan: /\/scans\/[^/?]+(\?|$)/,
  journeyMap: /\/journeys\/[^/?]+\/map(\?|$)/,
};

interface Call {
  ref: Record<string, unknown>;
  signal?: AbortSignal;
}

/** Lets late work (a promise settling after removal, a second event) show itself. */
export const settle = () => new Promise((r) => setTimeout(r, 50));

/** An adapter with only `method`, answering each call with `answer(n)` (n counts from 0). */
export function answering(method: LoadMethod, answer: (n: number) => Promise<unknown>) {
  const calls: Call[] = [];
  const adapter = {
    [method]: (ref: Record<string, unknown>, o?: { signal?: AbortSignal }) => {
      const call = { ref, signal: o?.signal };
      calls.push(call);
      return answer(calls.length - 1);
    },
  } as WaymarkAdapter;
  return { adapter, calls };
}

/** An adapter whose answers the test gives by hand. */
export function deferred(method: LoadMethod) {
  const pending: { resolve: (v: unknown) => void }[] = [];
  const made = answering(method, () => new Promise((resolve) => pending.push({ resolve })));
  return { ...made, pending };
}

/** Every load method but `method`, each failing if called. */
export function without(method: LoadMethod): WaymarkAdapter {
  const adapter: Record<string, unknown> = {};
  for (const m of LOAD_METHODS) {
    if (m !== method) adapter[m] = () => Promise.reject(new Error(`${m}() is not what this element loads with`));
  }
  return adapter as WaymarkAdapter;
}

/**
 * A RestAdapter over a fake server that answers each route of `bodies` once,
 * with an ETag, then with 503 (other routes are 404). Without retries, the
 * second load is a failed refresh.
 */
export function failingRefresh(bodies: Partial<Record<LoadMethod, unknown>>) {
  const requests: { method: LoadMethod | undefined; ifNoneMatch: string | null }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    const method = LOAD_METHODS.find((m) => m in bodies && REST_ROUTES[m].test(path));
    requests.push({ method, ifNoneMatch: new Headers(init?.headers).get('if-none-match') });
    if (!method) return new Response('{}', { status: 404 });
    if (requests.filter((r) => r.method === method).length > 1) {
      return new Response('', { status: 503, statusText: 'Service Unavailable' });
    }
    return new Response(JSON.stringify(bodies[method]), { status: 200, headers: { 'content-type': 'application/json', etag: '"v1"' } });
  };
  // Journey elements watch for live updates: give them a stream that stays silent.
  const eventSource = () => Object.assign(new EventTarget(), { close() {} }) as unknown as EventSource;
  const adapter = new RestAdapter({ baseUrl: '/contract-api', retries: 0, fetch: fetch as typeof globalThis.fetch, eventSource });
  return { adapter, requests };
}
