// A tiny static server for the bench pages: Node built-ins only, 127.0.0.1,
// a free port chosen by the OS, and only the folders the pages need.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
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

async function handle(req, res, overrides) {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const own = Object.hasOwn(overrides, path);
  const file = own ? overrides[path] : join(ROOT, path);
  if (req.method !== 'GET' || !(own || (SERVED.some((p) => path.startsWith(p)) && file.startsWith(ROOT + sep)))) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}

/**
 * Starts the server; resolves to `{ url, close }`. `overrides` maps URL paths
 * to other files (bench/profile.js serves a bundle built with a source map).
 */
export function startServer({ overrides = {} } = {}) {
  const server = createServer((req, res) => void handle(req, res, overrides));
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
