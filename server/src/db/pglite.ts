import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedPostgres = {
  url: string;
  socketPath: string;
  /** The whole data directory as a tarball, which `initialData` restores. */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
};

/** The file name PostgreSQL clients look for in a socket directory (`host=<dir>`). */
const SOCKET_FILE = '.s.PGSQL.5432';
/** Unix socket paths are limited to ~107 bytes: a deeper DATA_DIR gets a private directory in /tmp. */
const MAX_SOCKET_PATH = 100;

/**
 * The directory of the socket, readable by this user only: PGlite answers every connection as its
 * superuser without a password, so only the owner of the data may reach it.
 */
function socketDirectory(dataDir: string | undefined): { dir: string; temporary: boolean } {
  const beside = dataDir ? path.join(path.dirname(path.resolve(dataDir)), 'run') : undefined;
  if (beside && path.join(beside, SOCKET_FILE).length <= MAX_SOCKET_PATH) {
    fs.mkdirSync(beside, { recursive: true, mode: 0o700 });
    fs.chmodSync(beside, 0o700);
    // A socket left by a process that was killed: PGlite's data directory admits one process, so it is stale.
    fs.rmSync(path.join(beside, SOCKET_FILE), { force: true });
    return { dir: beside, temporary: false };
  }
  return { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'kaizen-pglite-')), temporary: true };
}

/**
 * Starts PGlite behind a PostgreSQL wire-protocol Unix socket (never a TCP port), so that the
 * ordinary `pg` driver, and so one code path, serves both the embedded and a real PostgreSQL.
 * The socket lives beside the data directory (`<DATA_DIR>/run/`), owner-only.
 * `dataDir` undefined keeps the database in memory (tests); `initialData` (a `dumpDataDir` tarball)
 * starts it from a copy instead of running initdb, which takes seconds.
 */
export async function startEmbeddedPostgres(dataDir: string | undefined, maxConnections: number, initialData?: Blob): Promise<EmbeddedPostgres> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(initialData ? { loadDataDir: initialData } : {}) });
  const socket = socketDirectory(dataDir);
  const socketPath = path.join(socket.dir, SOCKET_FILE);
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections });
  await server.start();
  fs.chmodSync(socketPath, 0o600);
  return {
    url: `postgres://postgres@/postgres?host=${encodeURIComponent(socket.dir)}`,
    socketPath,
    dumpDataDir: async () => db.dumpDataDir('none'),
    async stop() {
      await server.stop();
      await db.close();
      if (socket.temporary) fs.rmSync(socket.dir, { recursive: true, force: true });
      else fs.rmSync(socketPath, { force: true });
    },
  };
}
