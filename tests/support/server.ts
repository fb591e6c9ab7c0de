import path from 'node:path';
import { startApp, type App } from '../../server/src/app.js';
import { repoRoot, type MailConfig } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/database.js';
import { importPlanFile } from '../../server/src/modules/plan-import/plan-import.js';
import { seedSampleUsers } from '../../server/src/modules/user/sample-users.js';
import { openTestDatabase } from './database.js';

export const plans = {
  yonezawa: path.join(repoRoot, 'plans/yonezawa.yaml'),
  sampleUsers: path.join(repoRoot, 'plans/sample-users.yaml'),
  smallCity: path.join(repoRoot, 'tests/fixtures/small-city-plan.yaml'),
};

export type GraphQLResponse<T = any> = {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
};

/** A browser-like client of the API: keeps the session cookie the server sets. */
export type ApiSession = {
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The Set-Cookie header of the last response, if any. */
  lastSetCookie: string | null;
  cookie: string | null;
  signIn(email: string, password?: string): Promise<GraphQLResponse>;
};

export const SAMPLE_PASSWORD = 'kaizen-review-demo';

export type TestServer = {
  db: Database & { url: string | null };
  app: App;
  /** POSTs one GraphQL operation over HTTP, as a browser would. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** A new client with its own cookie jar. */
  session(): ApiSession;
  stop(): Promise<void>;
};

/** A browser-like client of the API at `baseUrl` (`http://host:port/`), with its own cookie jar. */
export function apiSession(baseUrl: string): ApiSession {
  const client: ApiSession = {
    cookie: null,
    lastSetCookie: null,
    async gql(query, variables) {
      const res = await fetch(`${baseUrl}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      client.lastSetCookie = res.headers.get('set-cookie');
      if (client.lastSetCookie) {
        const [pair] = client.lastSetCookie.split(';');
        client.cookie = pair.endsWith('=') ? null : pair;
      }
      return (await res.json()) as GraphQLResponse;
    },
    signIn(email, password = SAMPLE_PASSWORD) {
      return client.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id role } }`, { e: email, p: password });
    },
  };
  return client;
}

/** The real app over HTTP on a throwaway database holding the given plan files. */
/** `mail`: send notifications to this SMTP server (tests/support/smtp.ts captures them), as SMTP_URL does. */
export async function startTestServer(opts: { plans?: string[]; users?: boolean; clientDist?: string; mail?: MailConfig } = {}): Promise<TestServer> {
  const db = await openTestDatabase();
  for (const file of opts.plans ?? []) await importPlanFile(db.dataSource, file);
  if (opts.users) await seedSampleUsers(db.dataSource, plans.sampleUsers);
  const app = await startApp({ dataSource: db.dataSource, embedded: db.embedded, host: '127.0.0.1', port: 0, clientDist: opts.clientDist, mail: opts.mail, dailyReminders: false });
  const session = () => apiSession(app.url);
  const anonymous = session();
  return {
    db,
    app,
    gql: (query, variables) => anonymous.gql(query, variables),
    session,
    async stop() {
      await app.stop();
      await db.close();
    },
  };
}

/** One signed-in session per sample user (`shoko` for shoko@example.jp), and `anonymous`. */
export async function sampleSessions(server: TestServer, names: string[]): Promise<Record<string, ApiSession>> {
  const sessions: Record<string, ApiSession> = { anonymous: server.session() };
  for (const name of names) {
    sessions[name] = server.session();
    await sessions[name].signIn(`${name}@example.jp`);
  }
  return sessions;
}
