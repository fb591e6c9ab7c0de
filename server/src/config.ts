import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type Config = {
  /** A PostgreSQL server; when absent, an embedded PGlite database is used. */
  databaseUrl?: string;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  host: string;
  port: number;
  /** Plan files imported on first start, when the database holds no strategy. */
  seedPlans: string[];
  /** The built client to serve at `/`, when present. */
  clientDist: string;
  /** COOKIE_SECURE=true behind HTTPS: the session cookie is then sent over HTTPS only. */
  secureCookies: boolean;
  /** Sample users created on first start, when the database holds no user. */
  seedUsers: string | undefined;
};

export class ConfigError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, 'data')),
    host: env.HOST || '127.0.0.1',
    port: parsePort(env.PORT),
    seedPlans: (env.SEED_PLANS ?? path.join(repoRoot, 'plans/yonezawa.yaml'))
      .split(',')
      .filter(Boolean),
    clientDist: path.join(repoRoot, 'client/dist'),
    secureCookies: env.COOKIE_SECURE === 'true',
    seedUsers: env.SEED_USERS === '' ? undefined : (env.SEED_USERS ?? path.join(repoRoot, 'plans/sample-users.yaml')),
  };
}
