import { expect } from '@open-wc/testing';
import { RestAdapter } from '../../src/data/adapters/rest.js';
import type { Journey } from '../../src/data/schema.js';
import { until } from '../helpers/setup.js';

/** Waits until `check` holds, polling; fails after `ms`. */

describe('RestAdapter: live updates within the browser connection limit', () => {
  it('opens at most maxStreams event streams and polls for the other watches', async () => {
    const opened: string[] = [];
    const adapter = new RestAdapter({
      baseUrl: '/test-api',
      maxStreams: 2,
      pollMs: 50,
      eventSource: (url) => {
        opened.push(url);
        return new EventSource(url);
      },
    });
    const seen = new Map<string, Journey[]>();
    const customers = ['acme', 'globex', 'initech'];
    const stops = customers.map((customer) =>
      adapter.watch({ journey: 'lifecycle', customer }, (j) => {
        seen.set(customer, [...(seen.get(customer) ?? []), j]);
      }),
    );
    await until(() => customers.every((c) => (seen.get(c)?.length ?? 0) > 0), 'an event for every customer', 3000, 20);
    expect(opened).to.have.length(2);
    expect(seen.get('initech')![0]!.customer).to.equal('initech');
    // A freed stream slot goes to the next watch that starts.
    stops[0]!();
    const next = adapter.watch({ journey: 'lifecycle', customer: 'umbrella' }, () => {});
    expect(opened).to.have.length(3);
    // Stopped polls stop asking.
    stops[2]!();
    const count = seen.get('initech')!.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.get('initech')!.length).to.equal(count);
    stops[1]!();
    next();
  });
});
