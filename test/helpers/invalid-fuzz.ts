// The shared loop of the "random invalid payloads" suites: each payload, set as
// `data`, must end in the error state naming the failing field, and nothing may
// escape as an uncaught error or rejection.
import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import { $, text } from './setup.js';

/** Collects uncaught errors and unhandled rejections until `stop()`. */
export function watchUncaught() {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : (e.error ?? e.message));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    uncaught,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}

interface DataElement extends HTMLElement {
  data?: unknown;
  reload(): Promise<void>;
  updateComplete: Promise<unknown>;
}

export interface InvalidPayloads {
  /** How the headline names the data: "The <what> data has a problem". */
  what: string;
  /** The field's path and its problem, e.g. `/: (expected|required)/` for "stages[0].id: expected string". */
  reason: RegExp;
  /** A selector of the ready view, which the error state must not render. */
  absent?: string;
  seed: number;
}

const RUNS = 1000;

/**
 * Sets each payload from `invalid` (every one must fail validation) as `el.data`
 * and checks that it ends in a wm-error of kind invalid-data and the error state.
 */
export async function expectEachInvalidShown(el: DataElement, invalid: fc.Arbitrary<unknown>, o: InvalidPayloads) {
  const watch = watchUncaught();
  try {
    await fc.assert(
      fc.asyncProperty(invalid, async (bad) => {
        const failed = oneEvent(el, 'wm-error');
        // The same primitive twice is no change to Lit: load it again by hand.
        if (Object.is(el.data, bad)) void el.reload();
        else el.data = bad;
        expect((await failed).detail.kind, JSON.stringify(bad)).to.equal('invalid-data');
        await el.updateComplete;
        const alert = $(el, '[part="error"][role="alert"]');
        expect(alert, JSON.stringify(bad)).to.exist;
        expect(text(alert), JSON.stringify(bad)).to.contain(`The ${o.what} data has a problem`);
        expect(text(alert), JSON.stringify(bad)).to.match(o.reason);
        if (o.absent) expect($(el, o.absent), JSON.stringify(bad)).to.equal(null);
      }),
      { numRuns: RUNS, seed: o.seed },
    );
  } finally {
    watch.stop();
  }
  expect(watch.uncaught).to.deep.equal([]);
}
