// A copy of the CDN bundle (dist/waymark.min.js and its chunks), taken when a
// run starts and served in place of the files in dist/. A full run takes
// minutes, and other work on the same checkout may rebuild dist/ meanwhile
// (`npm test` builds): without the copy, pages would load a half-written or
// different bundle partway through the run. `run.js --against <dir>` snapshots
// another build's dist folder the same way.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The chunk files a bundle file names (`./chunks/x.min.js` from the entry, `./x.min.js` between chunks). */
const referenced = (text) => [...text.matchAll(/["'`]\.\/(?:chunks\/)?([\w.-]+\.min\.js)["'`]/g)].map((m) => m[1]);

/**
 * Copies the bundle of the dist folder `from` (this checkout's dist/ by
 * default) into a temporary folder; resolves to `{ overrides, hash, remove }`,
 * where `overrides` maps `/dist/…` URL paths to the copies (for startServer) and
 * `hash` names the bundle (the first 12 hex digits of the entry's SHA-256), so
 * rows measured in different runs show whether they measured the same code.
 * Fails when the folder has no bundle, or it names a chunk that is not there.
 */
export async function snapshotBundle(from = DIST) {
  const name = relative(process.cwd(), from) || '.';
  const chunks = (await readdir(join(from, 'chunks')).catch(() => [])).filter((f) => f.endsWith('.min.js'));
  const files = ['waymark.min.js', ...chunks.map((f) => `chunks/${f}`)];
  const dir = await mkdtemp(join(tmpdir(), 'waymark-bench-'));
  await mkdir(join(dir, 'chunks'));
  try {
    for (const f of files) await copyFile(join(from, f), join(dir, f));
    for (const f of files) {
      const missing = referenced(await readFile(join(dir, f), 'utf8')).filter((c) => !chunks.includes(c) && c !== 'waymark.min.js');
      if (missing.length) throw new Error(`${join(name, f)} imports ${missing.join(', ')}, which ${join(name, 'chunks')}/ lacks`);
    }
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`No complete CDN bundle in ${name}/ (run npm run build, and not while another build runs): ${e.message}`);
  }
  return {
    hash: createHash('sha256').update(await readFile(join(dir, 'waymark.min.js'))).digest('hex').slice(0, 12),
    overrides: Object.fromEntries(files.map((f) => [`/dist/${f}`, join(dir, f)])),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
