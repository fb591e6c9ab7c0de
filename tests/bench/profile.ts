// CPU profile of the server while it answers the dashboard read at 10 clients (PROFILE_CLIENTS; set-up excluded):
// `npx tsx tests/bench/profile.ts` writes PROFILE_OUT (default /tmp/dashboard.cpuprofile), then
// `node tests/bench/profile-summary.mjs <file>` lists the top self-time entries.
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { startApp } from '../../server/src/app.js';
import { openDatabase } from '../../server/src/db/database.js';
import { importPlanFile } from '../../server/src/modules/plan-import/plan-import.js';
import { seedSampleUsers } from '../../server/src/modules/user/sample-users.js';
import { createThrowawayDatabase } from '../support/database.js';
import { plans } from '../support/server.js';
import { writeFixture } from './fixture.js';
import { DASHBOARD } from './queries.js';
import { MOVE_CYCLE, OPEN_CYCLE } from '../support/review-ops.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const throwaway = process.env.DATABASE_URL ? await createThrowawayDatabase(process.env.DATABASE_URL) : null;
const db = await openDatabase({ databaseUrl: throwaway?.url });
await importPlanFile(db.dataSource, plans.yonezawa);
await seedSampleUsers(db.dataSource, plans.sampleUsers);
const app = await startApp({ dataSource: db.dataSource, embedded: db.embedded, host: '127.0.0.1', port: 0 });
const [{ id }] = await db.dataSource.query(`SELECT id FROM strategy WHERE key = 'yonezawa-dgc-2024'`);
const fx = await writeFixture(app.url, id);
const body = JSON.stringify({ query: DASHBOARD, variables: { id, cycleId: fx.reviewing.id, fiscalYear: 2025 } });
// PROFILE_WRITERS=n: saveActual by n writers in a FY2026 cycle (as npm run bench does) instead of the dashboard.
const writerCount = Number(process.env.PROFILE_WRITERS ?? 0);
let writes: { cycleId: string; writers: { indicatorId: string; cookie: string | null; version: null }[] } | undefined;
if (writerCount) {
  const { openReviewCycle: cycle } = (await fx.planning.gql(OPEN_CYCLE, { strategyId: id, fiscalYear: 2026 })).data;
  await fx.planning.gql(MOVE_CYCLE, { id: cycle.id, to: 'COLLECTING', v: cycle.version });
  writes = { cycleId: cycle.id, writers: fx.writers.slice(0, writerCount).map((w) => ({ indicatorId: w.indicatorId, cookie: w.session.cookie, version: null })) };
}
const inspector = new Session();
inspector.connect();
await inspector.post('Profiler.enable');
await inspector.post('Profiler.start');
const worker = new Worker(path.join(here, 'load-worker.mjs'), {
  workerData: { url: `${app.url}graphql`, body, headers: { cookie: fx.council.cookie }, concurrency: writes ? writes.writers.length : Number(process.env.PROFILE_CLIENTS ?? 10), writes, requests: Infinity, durationMs: Number(process.env.PROFILE_MS ?? 8000) },
});
const result = await new Promise<{ latencies: number[]; elapsedMs: number }>((resolve) => worker.once('message', resolve));
const { profile } = await inspector.post('Profiler.stop');
fs.writeFileSync(process.env.PROFILE_OUT ?? '/tmp/dashboard.cpuprofile', JSON.stringify(profile));
console.log(`${result.latencies.length} requests, ${((result.latencies.length / result.elapsedMs) * 1000).toFixed(0)} req/s`);
await app.stop();
await db.close();
await throwaway?.drop();
