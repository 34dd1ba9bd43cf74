import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.js';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.js';
import { firefoxPath } from './scripts/browsers.js';
import { webkitLauncher } from './scripts/webkit-launcher.js';
import { testApi } from './test/server/api.js';
import { cspPage } from './test/server/csp-page.js';
import { touchPlugin } from './test/server/touch.js';
import { mediaPlugin } from './test/server/media.js';
import { keysPlugin } from './test/server/keys.js';
import { screenshotPlugin } from './test/server/screenshot.js';

// One engine per run: WM_ENGINE=chromium (the default), firefox or webkit.
// `npm test` runs all three in turn (scripts/browser-tests.js).
const engine = process.env.WM_ENGINE ?? 'chromium';

function browser() {
  if (engine === 'chromium') {
    return chromeLauncher({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } });
  }
  if (engine === 'firefox') {
    // Puppeteer drives Firefox over WebDriver BiDi; the Chrome launcher only wraps puppeteer.
    const firefox = chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: true,
        protocol: 'webDriverBiDi',
      },
    });
    firefox.name = 'Firefox';
    return firefox;
  }
  if (engine === 'webkit') return webkitLauncher();
  throw new Error(`Unknown WM_ENGINE "${engine}" (chromium, firefox or webkit).`);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, js: true, tsconfig: './tsconfig.json', target: 'es2022' }), mediaPlugin(engine), keysPlugin(), touchPlugin(), screenshotPlugin(engine)],
  middleware: [testApi, cspPage],
  // Chromium reports "ResizeObserver loop completed with undelivered
  // notifications" when an observer's callback changes layout; mocha would
  // count it as a failure. It is benign: ignore exactly that message, before
  // mocha installs its handler.
  testRunnerHtml: (framework) => `<!doctype html><html lang="en"><head><title>Waymark tests</title></head><body>
    <script>window.wmEngine = ${JSON.stringify(engine)};
    window.addEventListener('error', (e) => {
      if (String(e.message).startsWith('ResizeObserver loop')) e.stopImmediatePropagation();
    });</script>
    <script type="module" src="${framework}"></script></body></html>`,
  browsers: [browser()],
  // One page at a time: headless Chromium stalls requestAnimationFrame in a
  // background page, which hangs fixtures and axe checks.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  // Coverage comes from Chromium's V8; the other engines have no coverage protocol.
  coverage: engine === 'chromium' && process.argv.includes('--coverage'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.styles.ts'],
    threshold: { statements: 90, branches: 0, functions: 0, lines: 90 },
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), summaryReporter()],
};
