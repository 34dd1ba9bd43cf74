// The browser suite in each engine in turn: Chromium (with coverage), then
// Firefox ESR, then WebKitGTK. Prints each engine's counts and time, and ends
// with one plain `N passed, N failed` line over all of them, for CI.
// WM_ENGINES=chromium,firefox (any subset) runs fewer; extra arguments go to
// web-test-runner (e.g. --files test/theme.test.ts).
import { spawn } from 'node:child_process';
import { selectedEngines } from './browsers.js';

const LIMIT_MS = 25 * 60_000; // a hung browser must not hold CI until its own limit
const extra = process.argv.slice(2);

function run(engine) {
  const args = ['wtr', ...(engine === 'chromium' ? ['--coverage'] : []), ...extra];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', args, {
      env: { ...process.env, WM_ENGINE: engine, PUPPETEER_SKIP_DOWNLOAD: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    const timer = setTimeout(() => {
      console.error(`\n${engine}: no result after ${LIMIT_MS / 60_000} minutes; stopping it.`);
      child.kill('SIGTERM');
    }, LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) console.error(`\n${engine}: web-test-runner ended with ${signal ? `signal ${signal}` : `exit code ${code}`}.`);
      // The summary reporter's line; a run that never printed it failed as a whole.
      const lines = [...out.matchAll(/^(\d+) passed, (\d+) failed/gm)];
      const last = lines.at(-1);
      const passed = last ? Number(last[1]) : 0;
      let failed = last ? Number(last[2]) : 0;
      if (code !== 0 && failed === 0) failed = 1;
      resolve({ engine, passed, failed, code, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const results = [];
for (const engine of selectedEngines()) {
  console.log(`\n=== Browser tests in ${engine} ===\n`);
  results.push(await run(engine));
}

const minutes = (s) => `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
console.log('\nBrowser tests by engine:');
for (const r of results) console.log(`  ${r.engine.padEnd(9)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${minutes(r.seconds)}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.code === 0) && failed === 0 ? 0 : 1);
