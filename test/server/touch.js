// Test-runner command `touch`: real touch input in Chromium through the
// DevTools protocol. Synthetic TouchEvents or PointerEvents dispatched by a
// test skip the browser's input pipeline, so they can neither show that
// `touch-action` leaves vertical swipes to the page nor that the element gets
// pointer events for a pinch. `Input.dispatchTouchEvent` goes through that
// pipeline: hit testing, touch-action, scrolling, pointer events.
//
// Payload `{ strokes: { x, y }[][], steps? }`: one stroke per finger, each a
// list of viewport points walked through in `steps` moves between consecutive
// points (all fingers move together). Answers `{ supported: true }`; throws
// where the page has no CDP (Firefox, WebKit), where touch tests are not
// registered (describeIn). Plain ESM, no build step.

const sessions = new WeakMap();

async function cdpOf(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    // Puppeteer driving Firefox over WebDriver BiDi has the method, but it throws.
    cdp = await page.createCDPSession();
    // Without a touch screen, Chromium sends no touch input to the page.
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    sessions.set(page, cdp);
  }
  return cdp;
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

export function touchPlugin() {
  return {
    name: 'touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      let cdp;
      try {
        cdp = await cdpOf(page);
      } catch {
        // Not { supported: false }: a touch test that got no touch must fail, not pass untouched.
        throw new Error(`touch input needs the Chrome DevTools protocol, which ${session.browser.name} does not offer: declare the test Chromium-only.`);
      }
      const strokes = payload?.strokes;
      if (!Array.isArray(strokes) || !strokes.length || strokes.some((s) => !Array.isArray(s) || !s.length)) {
        throw new Error('touch: strokes must be a non-empty list of non-empty point lists.');
      }
      const length = strokes[0].length;
      if (strokes.some((s) => s.length !== length)) throw new Error('touch: every stroke needs the same number of points.');
      const steps = Math.max(1, payload.steps ?? 8);
      const points = (at) => at.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 4, radiusY: 4, force: 1 }));
      const send = (type, touchPoints) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
      let at = strokes.map((s) => s[0]);
      await send('touchStart', points(at));
      for (let i = 1; i < length; i++) {
        const from = at;
        const to = strokes.map((s) => s[i]);
        for (let k = 1; k <= steps; k++) {
          at = from.map((p, f) => ({ x: p.x + ((to[f].x - p.x) * k) / steps, y: p.y + ((to[f].y - p.y) * k) / steps }));
          await send('touchMove', points(at));
          // A frame between moves, as a finger gives: scrolling and pointer events keep pace.
          await pause(16);
        }
      }
      await send('touchEnd', []);
      return { supported: true };
    },
  };
}
