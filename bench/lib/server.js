// A tiny static server for the bench pages: Node built-ins only, 127.0.0.1,
// a free port chosen by the OS, and only the folders the pages need. The
// pages `/bench/pages/<workload>-<side>.html` have no HTML files: the server
// answers them with the one shell they share (see `shell`).
import { createServer } from 'node:http';
import { access, readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SERVED = ['/bench/', '/dist/', '/fixtures/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** `/bench/pages/<workload>-<side>.html`: the page of side A (waymark) or B (baseline) of a workload. */
const PAGE = /^\/bench\/pages\/([a-z0-9]+(?:-[a-z0-9]+)*)-(waymark|baseline)\.html$/;
const SIDES = { waymark: 'waymark', baseline: 'hand-written baseline' };

/**
 * The HTML every bench page shares: `<main id="root">` for the page's
 * elements and one module script, `<workload>-<side>.js`, that does the rest
 * (imports, data, `benchmark()`). The title names the workload and side.
 */
const shell = (workload, side) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <link rel="icon" href="data:,">
  <title>bench: ${workload} (${SIDES[side]})</title>
  <script type="module" src="./${workload}-${side}.js"></script>
</head>
<body>
  <main id="root"></main>
</body>
</html>
`;

/** The shell for `path` when it names a bench page whose script exists; undefined otherwise. */
async function shellFor(path) {
  const m = PAGE.exec(path);
  if (!m) return undefined;
  const [, workload, side] = m;
  return access(join(ROOT, `bench/pages/${workload}-${side}.js`)).then(() => shell(workload, side), () => undefined);
}

/** The file's bytes; for a bench page with no HTML file of its own (see PAGE), the shell. Throws when neither exists. */
async function body(path, file, own) {
  try {
    return await readFile(file);
  } catch (e) {
    const page = own ? undefined : await shellFor(path);
    if (page === undefined) throw e;
    return page;
  }
}

async function handle(req, res, overrides, sealed) {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const own = Object.hasOwn(overrides, path);
  const file = own ? overrides[path] : join(ROOT, path);
  const served = SERVED.some((p) => path.startsWith(p)) && !sealed.some((p) => path.startsWith(p));
  if (req.method !== 'GET' || !(own || (served && file.startsWith(ROOT + sep)))) {
    res.writeHead(404).end();
    return;
  }
  try {
    const bytes = await body(path, file, own);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(bytes);
  } catch {
    res.writeHead(404).end();
  }
}

/**
 * Starts the server; resolves to `{ url, close }`. `overrides` maps URL paths
 * to other files (bench/profile.js serves a bundle built with a source map).
 * Paths under a `sealed` prefix (e.g. `/dist/`) are served from `overrides`
 * only, never from the checkout: run.js seals `/dist/` so that a page can load
 * nothing but the snapshotted bundle it was given (a previous build's, with
 * `--against`), not a file of this checkout's dist/ that the snapshot lacks.
 */
export function startServer({ overrides = {}, sealed = [] } = {}) {
  const server = createServer((req, res) => void handle(req, res, overrides, sealed));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
