/**
 * The browser engine a test runs in (web-test-runner.config.js writes it into
 * the test page), and a way to declare tests that need one engine. Such tests
 * are not skipped silently: in the other engines they are not registered, and
 * the runner's log says which ones and why.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = (globalThis as { wmEngine?: Engine }).wmEngine ?? 'chromium';

/** Chromium alone can emulate forced colours, reduced motion and touch (the DevTools protocol). */
export const DEVTOOLS = 'it emulates media features or touch through the DevTools protocol, which only Chromium has';

/** `describe(title, body)` in the given engines only; elsewhere a logged line that says why. */
export function describeIn(engines: readonly Engine[], why: string, title: string, body: () => void): void {
  if (engines.includes(engine)) {
    describe(`${title} [${engines.join(', ')} only]`, body);
  } else {
    console.log(`[engine-specific] not run in ${engine}: "${title}", because ${why}.`);
  }
}
