// Test-runner command `emulate-forced-colors` ({ forcedColors: 'active' | 'none' }).
// The built-in emulateMedia() drops `forcedColors` for puppeteer browsers (its
// plugin forwards only colorScheme and reducedMotion, and puppeteer's own
// emulateMediaFeatures rejects the feature), so a forced-colors test would pass
// without forced colours. The DevTools protocol emulates the mode for real:
// colours are forced, not just the media query matched. Plain ESM, no build step.

const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const value = payload?.forcedColors;
      if (value !== 'active' && value !== 'none') throw new Error("forcedColors must be 'active' or 'none'.");
      const page = session.browser.getPage(session.id);
      if (session.browser.type === 'playwright') {
        await page.emulateMedia({ forcedColors: value });
        return true;
      }
      if (session.browser.type !== 'puppeteer') throw new Error(`forced colours cannot be emulated in ${session.browser.type}.`);
      // A session of our own, so emulateMedia() (which replaces puppeteer's feature list) does not undo it.
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
