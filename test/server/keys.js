// Test-runner command `press-chord` ({ keys: ['Shift', 'Tab'] }): holds each key
// down in order, then lets them go in reverse, as a user presses Shift+Tab.
// The built-in sendKeys({ down }) cannot hold a key over classic WebDriver
// (WebKit), so this sends the chord as one WebDriver action; in puppeteer
// browsers (Chromium, Firefox) it uses the page's keyboard. Plain ESM.

// WebDriver's code points for the keys the tests hold (W3C WebDriver, "Keyboard actions").
const WEBDRIVER_KEYS = { Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D', Tab: '\uE004', Enter: '\uE007' };

export function keysPlugin() {
  return {
    name: 'press-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-chord') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || keys.length === 0) throw new Error('press-chord: keys must be a non-empty array.');
      if (session.browser.type === 'webdriver') {
        const value = (key) => WEBDRIVER_KEYS[key] ?? (key.length === 1 ? key : undefined);
        for (const key of keys) if (!value(key)) throw new Error(`press-chord: no WebDriver code for "${key}".`);
        await session.browser.driverManager.performActions(session.id, [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              ...keys.map((key) => ({ type: 'keyDown', value: value(key) })),
              ...[...keys].reverse().map((key) => ({ type: 'keyUp', value: value(key) })),
            ],
          },
        ]);
        await session.browser.driverManager.driver.releaseActions?.();
        return true;
      }
      const { keyboard } = session.browser.getPage(session.id);
      for (const key of keys) await keyboard.down(key);
      for (const key of [...keys].reverse()) await keyboard.up(key);
      return true;
    },
  };
}
