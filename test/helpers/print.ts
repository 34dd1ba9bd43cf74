import { emulateMedia } from '@web/test-runner-commands';
import { nextFrame } from '@open-wc/testing';
import { engine } from './engine.js';

/**
 * Why print media is not emulated outside Chromium: Firefox is driven over
 * WebDriver BiDi and WebKit over classic WebDriver, and neither protocol can
 * set the media type (emulateMedia throws "CDP support is required" and
 * "not supported for browser type webdriver").
 */
export const NO_PRINT_EMULATION =
  'print media is emulated through the DevTools protocol, which only Chromium has; here `beforeprint` / `afterprint` are dispatched, every `@media print` rule of the page and the elements is made to apply to all media and every `@media screen` rule to none';

function sheets(roots: (Document | ShadowRoot)[]): Set<CSSStyleSheet> {
  const found = new Set<CSSStyleSheet>();
  const visit = (root: Document | ShadowRoot) => {
    for (const s of [...root.styleSheets, ...root.adoptedStyleSheets]) found.add(s);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  roots.forEach(visit);
  return found;
}

/**
 * Puts the page into print (or back to screen): Chromium emulates print media
 * for real (the `print` query matches and the layout is print's); Firefox and
 * WebKit cannot (see NO_PRINT_EMULATION), so their `print` rules are made to
 * match every medium and their `screen` rules none, and the print events are
 * dispatched, as a print dialog would.
 */
const widened = new Map<CSSMediaRule, string>();

export async function printMedia(on: boolean): Promise<void> {
  if (engine === 'chromium') {
    await emulateMedia({ media: on ? 'print' : 'screen' });
  } else if (on) {
    for (const sheet of sheets([document])) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSMediaRule) || widened.has(rule)) continue;
        const media = rule.media.mediaText;
        const to = /^print$/.test(media) ? 'all' : /^(only )?screen$/.test(media) ? 'not all' : undefined;
        if (!to) continue;
        widened.set(rule, media);
        rule.media.mediaText = to;
      }
    }
    dispatchEvent(new Event('beforeprint'));
  } else {
    for (const [rule, media] of widened) rule.media.mediaText = media;
    widened.clear();
    dispatchEvent(new Event('afterprint'));
  }
  await nextFrame();
  await nextFrame();
}
