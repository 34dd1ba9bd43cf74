// Test-runner command `emulate-media-features` ({ forcedColors?: 'active' | 'none',
// reducedMotion?: 'reduce' | 'no-preference' }), in Chromium. The built-in
// emulateMedia() drops `forcedColors` for puppeteer browsers (its plugin
// forwards only colorScheme and reducedMotion, and puppeteer's own
// emulateMediaFeatures rejects the feature), so a forced-colours test would
// pass without forced colours. The DevTools protocol emulates the mode for
// real: colours are forced, not just the media query matched. Firefox (over
// WebDriver BiDi) and WebKit (over WebDriver) have no such protocol; tests
// that need it are declared Chromium-only (test/helpers/engine.ts).
// Plain ESM, no build step.

const sessions = new WeakMap();
const features = new WeakMap();
const VALUES = { forcedColors: ['active', 'none'], reducedMotion: ['reduce', 'no-preference'] };
const NAMES = { forcedColors: 'forced-colors', reducedMotion: 'prefers-reduced-motion' };

export function mediaPlugin(engine) {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      for (const [key, value] of Object.entries(payload ?? {})) {
        if (!VALUES[key]?.includes(value)) throw new Error(`emulate-media-features: ${key} must be one of ${VALUES[key]?.join(', ') ?? 'forcedColors, reducedMotion'}.`);
      }
      if (engine !== 'chromium' || session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-media-features needs the DevTools protocol, which ${engine} does not have: declare the test Chromium-only.`);
      }
      const page = session.browser.getPage(session.id);
      // A session of our own, so emulateMedia() (which replaces puppeteer's feature list) does not undo it.
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const current = { ...features.get(page), ...payload };
      features.set(page, current);
      await cdp.send('Emulation.setEmulatedMedia', {
        features: Object.entries(current).map(([key, value]) => ({ name: NAMES[key], value })),
      });
      return true;
    },
  };
}
