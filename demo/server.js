// The waymark demo server (`npm start`): static demo pages, the built package
// under /dist/, and the sample REST API under /api (see demo/api.js).
// Listens on 127.0.0.1. The API keeps its data in embedded Postgres under
// .data/pglite/, or in the Postgres that DATABASE_URL names (demo/store.js).

import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApi } from './api.js';
import { openStore, storeOptionsFromEnv } from './store.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOTS = { demo: HERE, dist: resolve(HERE, '..', 'dist') };
const HOST = '127.0.0.1';
const DEFAULT_PORT = 5173;
const PORT_ATTEMPTS = 10;

const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
  "connect-src 'self'", "require-trusted-types-for 'script'", "trusted-types lit-html 'allow-duplicates'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** Files in demo/ that are server code, not pages or assets. */
const PRIVATE = new Set(['server.js', 'api.js', 'touchpoints-api.js', 'store.js', 'db']);

const PAGES = { '/': 'index.html', '/intranet': 'intranet.html', '/portal': 'portal.html' };

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/**
 * Maps a URL path to a file under one of the roots, or null when it must not
 * be served (outside the root, a dot file, server code, bad encoding).
 */
export function resolveStatic(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (PAGES[decoded]) decoded = `/${PAGES[decoded]}`;
  let root = ROOTS.demo;
  let rel = decoded;
  if (decoded === '/dist' || decoded.startsWith('/dist/')) {
    root = ROOTS.dist;
    rel = decoded.slice('/dist'.length);
  }
  const parts = rel.split('/').filter(Boolean);
  if (parts.some((p) => p.startsWith('.'))) return null; // no dot files, no `..`
  if (root === ROOTS.demo && PRIVATE.has(parts[0]) && (parts.length === 1 || parts[0] === 'db')) return null;
  const file = resolve(root, ...parts);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

async function serveStatic(req, res, pathname) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed.\n', { Allow: 'GET, HEAD' });
    return;
  }
  let file = resolveStatic(pathname);
  let info = file && (await stat(file).catch(() => null));
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!file || !info?.isFile()) {
    const hint = pathname.startsWith('/dist/')
      ? ' The package is not built: run `npm run build` (or `npm start`).' : '';
    sendText(res, 404, `Not found: ${pathname}.${hint}\n`);
    return;
  }
  const ext = extname(file).toLowerCase();
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (ext === '.html') headers['Content-Security-Policy'] = CSP;
  const inm = req.headers['if-none-match'];
  if (inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['Content-Length'] = info.size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', (err) => res.destroy(err))
    .pipe(res);
}

/** How often the sample API moves customers along the journey map, in ms. */
export const MAP_EVERY_MS = 5000;

/**
 * Creates (but does not start) the demo server. Its API uses `store` (an open
 * store or its promise; by default the one `storeOptionsFromEnv()` names);
 * `server.api.ready` settles once it is open; closing the server closes it.
 */
export function createDemoServer({ store, api = createApi({ mapEveryMs: MAP_EVERY_MS, store }) } = {}) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (api(req, res)) return;
    serveStatic(req, res, pathname).catch((err) => {
      console.error('[demo server]', err);
      if (!res.headersSent) sendText(res, 500, 'Internal server error.\n');
      else res.destroy();
    });
  });
  server.on('close', () => api.close().catch((err) => console.error('[demo server]', err)));
  return Object.assign(server, { api });
}

function listen(server, port) {
  return new Promise((resolvePort, reject) => {
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePort(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}

/**
 * Opens the API's store (`store`: options for openStore, by default from the
 * environment), then starts the server on `port`, or on the next free port of
 * the following few.
 */
export async function startDemoServer({
  port = Number(process.env.PORT ?? DEFAULT_PORT), store = storeOptionsFromEnv(),
} = {}) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${process.env.PORT}".`);
  }
  const server = createDemoServer({ store: openStore(store) });
  try {
    await server.api.ready;
  } catch (err) {
    await server.api.close();
    throw err;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      const actual = await listen(server, port === 0 ? 0 : port + attempt);
      return { server, port: actual, url: `http://${HOST}:${actual}` };
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= PORT_ATTEMPTS) throw err;
      console.warn(`Port ${port + attempt} is in use, trying ${port + attempt + 1}…`);
    }
  }
}

async function main() {
  const started = performance.now();
  const options = storeOptionsFromEnv();
  if (options.dir && !existsSync(join(options.dir, 'PG_VERSION'))) {
    console.log(`Creating the sample API's database in ${options.dir} (first start only, takes a few seconds)…`);
  }
  const { server, url } = await startDemoServer({ store: options });
  const { kind, location } = server.api.store;
  const built = await stat(join(ROOTS.dist, 'waymark.min.js')).catch(() => null);
  console.log(`\nWaymark demo running at ${url}/`);
  console.log(`  Intranet portal:  ${url}/intranet.html`);
  console.log(`  Customer portal:  ${url}/portal.html`);
  console.log(`  Maturity scan:    ${url}/scan.html`);
  console.log(`  Sample API:       ${url}/api/journeys/onboarding?customer=northwind`);
  console.log(`  API data:         ${kind === 'pglite' ? `embedded Postgres in ${location}` : `Postgres at ${location}`}`
    + ` (ready in ${Math.round(performance.now() - started)} ms)`);
  if (!built) console.warn('\n  dist/waymark.min.js is missing: run `npm run build` first (npm start does).');
  console.log('\nPress Ctrl+C to stop.');
  // Close the store before exiting, so the embedded database shuts down cleanly.
  const stop = () => {
    setTimeout(() => process.exit(0), 5000).unref();
    server.close();
    server.closeAllConnections?.();
    server.api.close().then(() => process.exit(0), (err) => {
      console.error(err.message);
      process.exit(1);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
