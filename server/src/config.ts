import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, type DatabaseLimits } from './db/limits.js';

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
  /** How long a request waits for a database connection, and runs one statement (PostgreSQL only). */
  databaseLimits: DatabaseLimits;
  /**
   * Sample users created on first start, when the database holds no user: SEED_USERS when it names a
   * file; else the README's sample users only for the local demo (embedded database on a loopback
   * host), since their password is published. Without sample users the first start creates one
   * administrator instead (`adminEmail`, password in `firstAdminPasswordFile`).
   */
  seedUsers: string | undefined;
  /** ADMIN_EMAIL: the e-mail address of the administrator created on a first start without sample users. */
  adminEmail: string;
  /** Where that administrator's initial password is written (owner-only), once. */
  firstAdminPasswordFile: string;
  /**
   * TRUST_PROXY: which proxies' X-Forwarded-For to believe for the client's address (sign-in limits
   * count per address): express's `trust proxy` — a hop count, `loopback`, addresses/subnets, `true`.
   * Off by default: a client could otherwise claim any address.
   */
  trustProxy: boolean | number | string;
  /** SMTP_URL, MAIL_FROM, PUBLIC_URL: e-mail notifications; null (SMTP_URL unset) sends nothing. */
  mail: MailConfig | null;
};

export type MailConfig = {
  /** smtp://[user:password@]host:port or smtps://…, with nodemailer's query options (e.g. `?ignoreTLS=true`). */
  smtpUrl: string;
  /** The From header of every mail. */
  from: string;
  /** The client's address as its users reach it, for the links in mails; unset, the address the server listens on. */
  publicUrl: string | undefined;
};

export class ConfigError extends Error {}

/** A whole number of milliseconds from `name`, or `fallback` when unset. */
function parseMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 1 || ms > 600_000) throw new ConfigError(`${name} must be a number of milliseconds between 1 and 600000, got "${raw}"`);
  return ms;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

/** Sample users (README, published password) by default only where nobody else can reach them. */
function sampleUsersFile(env: NodeJS.ProcessEnv, host: string): string | undefined {
  if (env.SEED_USERS !== undefined) return env.SEED_USERS || undefined;
  const localDemo = !env.DATABASE_URL && LOOPBACK.test(host);
  return localDemo ? path.join(repoRoot, 'plans/sample-users.yaml') : undefined;
}

function parseAdminEmail(raw: string | undefined): string {
  const email = (raw || 'admin@localhost').trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new ConfigError(`ADMIN_EMAIL must be an e-mail address, got "${raw}"`);
  return email;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const valid = value.split(',').every((part) => {
    const p = part.trim();
    const [address, bits, ...rest] = p.split('/');
    return PROXY_NAMES.has(p) || (net.isIP(address) !== 0 && rest.length === 0 && (bits === undefined || /^\d{1,3}$/.test(bits)));
  });
  if (!valid) throw new ConfigError(`TRUST_PROXY must be true, a hop count, loopback/linklocal/uniquelocal or proxy addresses (a.b.c.d[/bits], comma-separated), got "${raw}"`);
  return value;
}

function parseUrl(env: NodeJS.ProcessEnv, name: string, protocols: string[]): URL | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  // The value itself is not quoted back: an SMTP URL may hold a password.
  if (!url || !protocols.includes(url.protocol)) throw new ConfigError(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  return url;
}

function parseMail(env: NodeJS.ProcessEnv): MailConfig | null {
  const smtp = parseUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  const publicUrl = parseUrl(env, 'PUBLIC_URL', ['http:', 'https:']);
  if (!smtp) return null;
  return {
    smtpUrl: smtp.toString(),
    from: env.MAIL_FROM?.trim() || 'Kaizen Review <no-reply@localhost>',
    publicUrl: publicUrl && `${publicUrl.origin}${publicUrl.pathname.replace(/\/*$/, '/')}`,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST || '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR || path.join(repoRoot, 'data'));
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    host,
    port: parsePort(env.PORT),
    seedPlans: (env.SEED_PLANS ?? path.join(repoRoot, 'plans/yonezawa.yaml'))
      .split(',')
      .filter(Boolean),
    clientDist: path.join(repoRoot, 'client/dist'),
    secureCookies: env.COOKIE_SECURE === 'true',
    databaseLimits: {
      poolWaitMs: parseMs(env, 'DB_POOL_WAIT_MS', DEFAULT_LIMITS.poolWaitMs),
      statementTimeoutMs: parseMs(env, 'DB_STATEMENT_TIMEOUT_MS', DEFAULT_LIMITS.statementTimeoutMs),
    },
    seedUsers: sampleUsersFile(env, host),
    adminEmail: parseAdminEmail(env.ADMIN_EMAIL),
    firstAdminPasswordFile: path.join(dataDir, 'initial-admin-password.txt'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    mail: parseMail(env),
  };
}
