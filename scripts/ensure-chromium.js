// Makes sure a Chromium for the browser tests exists, installing Debian's
// package when we can (root on Debian); otherwise says exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.js';

if (chromiumPath()) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian\'s chromium package (apt-get)...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (chromiumPath()) process.exit(0);
}
console.error(
  [
    'The browser tests need Chromium and none was found.',
    hasApt
      ? '  Install it with:  sudo apt-get install -y chromium'
      : '  Install Chromium with your package manager,',
    '  or point CHROME_PATH at an existing Chromium or Chrome binary:',
    '    CHROME_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);
