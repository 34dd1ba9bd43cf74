import { executeServerCommand } from '@web/test-runner-commands';

// emulateMedia({ forcedColors }) is silently ignored by the Chromium launcher
// (puppeteer), so tests would pass in normal colours: this command emulates
// the mode through the DevTools protocol (test/server/forced-colors.js), which
// only Chromium has. Tests using it run in Chromium alone (see engine.ts).
export const forcedColors = (value: 'active' | 'none') => executeServerCommand('emulate-media-features', { forcedColors: value });

/** A system colour as the page resolves it: under forced colours, a colour of the user's palette. */
export function system(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}
