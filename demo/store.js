// Storage of the sample API: embedded Postgres (PGlite) in a folder under the
// project by default, a real Postgres when DATABASE_URL is set. Both run the
// same SQL: the tables are in demo/db/schema.sql, every query the API runs is
// in demo/db/queries.sql, by name.
//
//   const store = await openStore({ dir: '.data/pglite' });   // or { url: 'postgres://…' }
//   const [row] = await store.query('findJourney', ['onboarding', 'northwind']);
//   await store.transaction(async (tx) => { await tx.query('saveJourney', [...]); });
//   await store.close();

import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ query(name: string, params?: unknown[]): Promise<any[]> }} Queries
 * @typedef {Queries & {
 *   kind: 'pglite' | 'postgres', location: string,
 *   transaction<T>(fn: (tx: Queries) => Promise<T>): Promise<T>, close(): Promise<void>,
 * }} Store
 */

const HERE = dirname(fileURLToPath(import.meta.url));

/** Where `npm start` keeps its data when DATABASE_URL is not set. */
export const DEFAULT_DATA_DIR = resolve(HERE, '..', '.data', 'pglite');

/** The store `npm start` uses: DATABASE_URL when set, else WM_DATA_DIR or DEFAULT_DATA_DIR. */
export function storeOptionsFromEnv(env = process.env) {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dir: env.WM_DATA_DIR || DEFAULT_DATA_DIR };
}

/** `{ name: sql }` from a file of `-- name: x` sections. */
export function parseQueries(text) {
  const queries = {};
  for (const part of text.split(/^-- name: */m).slice(1)) {
    const newline = part.indexOf('\n');
    const name = part.slice(0, newline).trim();
    queries[name] = part.slice(newline + 1).trim();
  }
  return queries;
}

const [SCHEMA, QUERIES] = await Promise.all([
  readFile(resolve(HERE, 'db', 'schema.sql'), 'utf8'),
  readFile(resolve(HERE, 'db', 'queries.sql'), 'utf8').then(parseQueries),
]);

/** Runs named queries through `run(sql, params) => rows`. */
function named(run) {
  return (name, params = []) => {
    const sql = QUERIES[name];
    if (!sql) throw new Error(`No query "${name}" in demo/db/queries.sql.`);
    return run(sql, params);
  };
}

/**
 * Claims `dir` for this process: PGlite does not lock its folder, and two
 * processes writing one folder would corrupt it. A lock left by a process
 * that is gone (killed) is taken over. Returns the function that releases it.
 */
const lockedHere = new Set();

async function lockFolder(dir) {
  const file = join(dir, 'waymark-demo.pid');
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      lockedHere.add(file);
      return async () => {
        lockedHere.delete(file);
        await rm(file, { force: true });
      };
    } catch (err) {
      if (err.code !== 'EEXIST' || attempt > 0) throw err;
    }
    const owner = Number(await readFile(file, 'utf8').catch(() => ''));
    if (owner && (owner === process.pid ? lockedHere.has(file) : isRunning(owner))) {
      throw new Error(`The sample API's database in ${dir} is in use by process ${owner} (another \`npm start\`?). `
        + 'Stop that one, or set WM_DATA_DIR to another folder.');
    }
    await rm(file, { force: true });
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function openPglite(dir) {
  const { PGlite } = await import('@electric-sql/pglite');
  let unlock = async () => {};
  if (!dir.startsWith('memory://')) {
    await mkdir(dir, { recursive: true });
    unlock = await lockFolder(dir);
  }
  let db;
  try {
    db = await PGlite.create(dir);
    await db.exec(SCHEMA);
  } catch (err) {
    await db?.close().catch(() => {});
    await unlock();
    throw err;
  }
  return {
    kind: 'pglite',
    location: dir,
    query: named(async (sql, params) => (await db.query(sql, params)).rows),
    // PGlite runs one transaction at a time; others wait their turn.
    transaction: (fn) => db.transaction((tx) => fn({ query: named(async (sql, params) => (await tx.query(sql, params)).rows) })),
    async close() {
      await db.close();
      await unlock();
    },
  };
}

async function openPostgres(url) {
  let pg;
  try {
    ({ default: pg } = await import('pg'));
  } catch {
    throw new Error('DATABASE_URL is set, but the `pg` package is missing: run `npm install`.');
  }
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  // An idle client that loses its connection must not crash the server.
  pool.on('error', (err) => console.error('[demo store]', err.message));
  await pool.query(SCHEMA);
  return {
    kind: 'postgres',
    location: url.replace(/\/\/[^@/]*@/, '//…@'), // without the password
    query: named(async (sql, params) => (await pool.query(sql, params)).rows),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: named(async (sql, params) => (await client.query(sql, params)).rows) });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Opens the store and creates its tables when they are missing.
 * `url`: a Postgres connection string (needs the `pg` package); else `dir`:
 * PGlite's data folder (created when missing; `memory://` keeps nothing).
 * @param {{ url?: string, dir?: string }} options
 */
export function openStore({ url, dir = DEFAULT_DATA_DIR } = {}) {
  return url ? openPostgres(url) : openPglite(dir);
}
