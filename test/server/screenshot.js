// Test-runner command `screenshot` ({ x, y, width, height } in CSS pixels of
// the viewport): a PNG of that part of the page as base64, in Chromium
// (puppeteer's page.screenshot; with emulated print media it shows the page
// as printed). Firefox and WebKit have no such command here: tests that need
// it are declared Chromium-only. Plain ESM, no build step.

export function screenshotPlugin(engine) {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      if (engine !== 'chromium' || session.browser.type !== 'puppeteer') {
        throw new Error(`screenshot needs puppeteer's Chromium page, which ${engine} does not have: declare the test Chromium-only.`);
      }
      const page = session.browser.getPage(session.id);
      const { x, y, width, height } = payload;
      return page.screenshot({ encoding: 'base64', type: 'png', clip: { x, y, width, height } });
    },
  };
}
