// Makes sure the browsers for the test suite exist (Chromium, Firefox ESR and
// WebKitGTK under Xvfb), installing Debian's packages when we can (root on
// Debian); otherwise says exactly what to do. WM_ENGINES=chromium (or any
// comma-separated subset) limits the run, and what it needs, to those engines.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, missingEngines } from './browsers.js';

let missing = missingEngines();
if (missing.length === 0) process.exit(0);

const packages = () => missing.flatMap((name) => ENGINES[name].packages);
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Browsers missing (${missing.join(', ')}): installing Debian's ${packages().join(' ')} (apt-get)...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages().join(' ')}`, {
    stdio: 'inherit',
  });
  missing = missingEngines();
  if (missing.length === 0) process.exit(0);
}
console.error(
  [
    `The browser tests run in Chromium, Firefox ESR and WebKitGTK; missing here: ${missing.join(', ')}.`,
    hasApt
      ? `  Install them with:  sudo apt-get install -y ${packages().join(' ')}`
      : `  Install them with your package manager (Debian names: ${packages().join(' ')}),`,
    '  or point at existing binaries: CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and MINIBROWSER_PATH,',
    '  or run fewer engines:  WM_ENGINES=chromium npm test',
  ].join('\n'),
);
process.exit(1);
