import path from 'node:path';
import { startApp, type App } from '../../server/src/app.js';
import { repoRoot } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/database.js';
import { importPlanFile } from '../../server/src/modules/plan-import/plan-import.js';
import { openTestDatabase } from './database.js';

export const plans = {
  yonezawa: path.join(repoRoot, 'plans/yonezawa.yaml'),
  smallCity: path.join(repoRoot, 'tests/fixtures/small-city-plan.yaml'),
};

export type GraphQLResponse<T = any> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

export type TestServer = {
  db: Database;
  app: App;
  /** POSTs one GraphQL operation over HTTP, as a browser would. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
};

/** The real app over HTTP on a throwaway database holding the given plan files. */
export async function startTestServer(opts: { plans?: string[]; clientDist?: string } = {}): Promise<TestServer> {
  const db = await openTestDatabase();
  for (const file of opts.plans ?? []) await importPlanFile(db.dataSource, file);
  const app = await startApp({ dataSource: db.dataSource, host: '127.0.0.1', port: 0, clientDist: opts.clientDist });
  return {
    db,
    app,
    async gql(query, variables) {
      const res = await fetch(`${app.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse;
    },
    async stop() {
      await app.stop();
      await db.close();
    },
  };
}
