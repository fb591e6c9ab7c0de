import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from '../../server/src/config.js';
import { openDatabase, type Database } from '../../server/src/db/database.js';

/** A migrated, empty PGlite data directory, written once per run by the global setup (tests/support/build.ts). */
const pgliteTemplate = path.join(repoRoot, 'tests/.artifacts/pglite-template.tar');

/** initdb and the migrations take PGlite seconds; every test file starts from a copy of their result instead. */
export async function writePgliteTemplate(): Promise<void> {
  const db = await openDatabase({});
  try {
    const tarball = await db.dumpDataDir!();
    fs.mkdirSync(path.dirname(pgliteTemplate), { recursive: true });
    const partial = `${pgliteTemplate}.${process.pid}`;
    fs.writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
    fs.renameSync(partial, pgliteTemplate);
  } finally {
    await db.close();
  }
}

function templateData(): Blob | undefined {
  return fs.existsSync(pgliteTemplate) ? new Blob([fs.readFileSync(pgliteTemplate)]) : undefined;
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** An empty database created for one test on the PostgreSQL server of `serverUrl`. */
export async function createThrowawayDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kaizen_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A throwaway database for one test file: a fresh database on the PostgreSQL server of
 * DATABASE_URL when it is set (its `url` lets another server process share it), an in-memory
 * PGlite otherwise.
 */
export async function openTestDatabase(): Promise<Database & { url: string | null }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { ...(await openDatabase({ initialData: templateData() })), url: null };
  const throwaway = await createThrowawayDatabase(serverUrl);
  const db = await openDatabase({ databaseUrl: throwaway.url });
  return {
    ...db,
    url: throwaway.url,
    async close() {
      await db.close();
      await throwaway.drop();
    },
  };
}
