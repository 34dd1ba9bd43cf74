// A web-test-runner launcher for WebKitGTK's MiniBrowser. MiniBrowser has no
// headless mode, so the launcher starts a virtual X display (Xvfb) and
// WebKitGTK's WebDriver server on free ports, drives MiniBrowser through
// @web/test-runner-webdriver, and stops both when the run ends.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { miniBrowserPath, webkitDriverPath, xvfbPath } from './browsers.js';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(check, what, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`WebKit: timed out waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A display number no X server holds (the lock file /tmp/.X<n>-lock tells). */
async function freeDisplay() {
  for (let n = 99; n < 199; n++) if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  throw new Error('WebKit: no free X display number between :99 and :198.');
}

class WebKitLauncher extends WebdriverLauncher {
  #processes = [];

  constructor() {
    super({ capabilities: { browserName: 'MiniBrowser' } });
    process.once('exit', () => this.#stopProcesses());
  }

  async initialize(config, testFiles) {
    const display = await freeDisplay();
    this.#spawn(xvfbPath(), [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    await waitFor(async () => existsSync(`/tmp/.X11-unix/X${display}`), `Xvfb on :${display}`);

    const port = await freePort();
    // --replace-on-new-session: a session a crashed run left behind does not block the next.
    this.#spawn(webkitDriverPath(), [`--port=${port}`, '--replace-on-new-session'], { DISPLAY: `:${display}` });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, `WebKitWebDriver on port ${port}`);

    this.options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
      },
    };
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.#stopProcesses();
    }
  }

  #spawn(command, args, env = {}) {
    const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
    child.on('error', (error) => console.error(`WebKit: ${command} failed: ${error.message}`));
    this.#processes.push(child);
  }

  #stopProcesses() {
    for (const child of this.#processes.splice(0).reverse()) if (child.exitCode === null) child.kill('SIGTERM');
  }
}

export const webkitLauncher = () => new WebKitLauncher();
