// Where the three test engines live on a Debian machine, and the Debian
// packages that provide them. Each can be overridden by an environment
// variable pointing at an existing binary.
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.js';

const first = (...candidates) => candidates.find((p) => p && existsSync(p));

export const firefoxPath = () => first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox');

/** WebKitGTK's WebDriver server and the MiniBrowser it drives. */
export const webkitDriverPath = () => first(process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver');
export const miniBrowserPath = () =>
  first(
    process.env.MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  );

/** MiniBrowser has no headless mode: it draws into a virtual X display. */
export const xvfbPath = () => first('/usr/bin/Xvfb');

/** Each engine: what it needs, and the Debian packages that provide it. */
export const ENGINES = {
  chromium: { needs: [chromiumPath], packages: ['chromium'] },
  firefox: { needs: [firefoxPath], packages: ['firefox-esr'] },
  webkit: { needs: [webkitDriverPath, miniBrowserPath, xvfbPath], packages: ['webkit2gtk-driver', 'xvfb'] },
};

/** The engines `npm test` runs: all three, or those named in WM_ENGINES. */
export function selectedEngines() {
  const names = (process.env.WM_ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) if (!(name in ENGINES)) throw new Error(`Unknown engine "${name}" in WM_ENGINES (chromium, firefox, webkit).`);
  return names;
}

export const missingEngines = () => selectedEngines().filter((name) => !ENGINES[name].needs.every((find) => find()));
