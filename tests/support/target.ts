import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createThrowawayDatabase } from './database.js';
import { spawnServer, servingUrl, type ServerProcess } from './process.js';
import { apiSession, plans, type ApiSession } from './server.js';

/**
 * The server as an attacker meets it: its own process started as `npm start` does (NODE_ENV=production),
 * on a fresh embedded PGlite, or on a throwaway database of DATABASE_URL's server when that is set.
 */
export type Target = {
  url: string;
  process: ServerProcess;
  /** The throwaway PostgreSQL database it serves, or null on the embedded PGlite. */
  databaseUrl: string | null;
  /** Its DATA_DIR. */
  dataDir: string;
  /** A new browser-like client with its own cookie jar. */
  session(): ApiSession;
  /**
   * Fails unless the process still runs and a trivial query answers; resolves with its time in ms
   * (the callers compare it with a bound, e.g. well under a second).
   */
  alive(): Promise<number>;
  /** The newest audit entry's id and time (read as the sample administrator): unchanged means nothing was written. */
  auditHead(): Promise<string | null>;
  stop(): Promise<void>;
};

/** `embedded`: on PGlite even when DATABASE_URL is set. */
export async function startTarget(opts: { env?: Record<string, string | undefined>; plans?: string[]; embedded?: boolean } = {}): Promise<Target> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaizen-target-'));
  const serverUrl = opts.embedded ? undefined : process.env.DATABASE_URL;
  const throwaway = serverUrl ? await createThrowawayDatabase(serverUrl) : undefined;
  const child = spawnServer({
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URL: throwaway?.url,
    SEED_PLANS: (opts.plans ?? [plans.yonezawa]).join(','),
    SEED_USERS: plans.sampleUsers,
    ...opts.env,
  });
  let exitCode: number | null | undefined;
  void child.exited.then((code) => (exitCode = code));
  let url: string;
  try {
    url = await servingUrl(child);
  } catch (error) {
    await throwaway?.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const admin = apiSession(url);
  return {
    url,
    process: child,
    databaseUrl: throwaway?.url ?? null,
    dataDir,
    session: () => apiSession(url),
    async alive() {
      if (exitCode !== undefined) throw new Error(`the server exited with ${exitCode}:\n${child.output().slice(-4000)}`);
      const started = performance.now();
      const res = await fetch(`${url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      const body = (await res.json()) as { data?: { __typename?: string } };
      if (body.data?.__typename !== 'Query') throw new Error(`the trivial query got ${res.status} ${JSON.stringify(body)}`);
      return performance.now() - started;
    },
    async auditHead() {
      if (!admin.cookie) {
        const signedIn = await admin.signIn('admin@example.jp');
        if (signedIn.errors) throw new Error(`admin sign-in: ${signedIn.errors[0].message}`);
      }
      const res = await admin.gql<{ auditLog: { id: string; at: string }[] }>('{ auditLog(first: 1) { id at } }');
      if (!res.data) throw new Error(`auditLog: ${JSON.stringify(res.errors)}`);
      const [newest] = res.data.auditLog;
      return newest ? `${newest.id}@${newest.at}` : null;
    },
    async stop() {
      if (exitCode === undefined) {
        child.child.kill('SIGTERM');
        await child.exited;
      }
      await throwaway?.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
