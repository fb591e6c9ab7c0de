// npm run bench (issue 10): the dashboard read against a floor it carries, at Yonezawa's size and
// at 10×; the review index and the dashboard with 1, 201 and 1,741 cities (every municipality of
// Japan), and each query the client sends (and the plan in force in a year, with grades and
// history) in as many statements at 1,741 as at 1; saveActual at 1/10/50 writers. On PGlite, and
// on PostgreSQL too when DATABASE_URL is set (in a throwaway database, dropped after). Figures
// are ratios against baselines measured in the same run; absolute times are noisy on a shared
// machine. Prints a table and writes tests/bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { startApp } from '../../server/src/app.js';
import { openDatabase, type Database } from '../../server/src/db/database.js';
import type { LoggedStatement } from '../../server/src/db/statement-counter.js';
import { importPlanFile } from '../../server/src/modules/plan-import/plan-import.js';
import { seedSampleUsers } from '../../server/src/modules/user/sample-users.js';
import { generateCities } from '../support/cities.js';
import { createThrowawayDatabase } from '../support/database.js';
import { OPEN_CYCLE, MOVE_CYCLE } from '../support/review-ops.js';
import { apiSession, plans, type ApiSession } from '../support/server.js';
import { writeFixture } from './fixture.js';
import { startFloor } from './floor.js';
import { benchQueries, DASHBOARD, REVIEW_INDEX, type PageIds } from './queries.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const LATENCY_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const THROUGHPUT_MS = Number(process.env.BENCH_THROUGHPUT_MS ?? 3000);
/** Japan's municipalities (市町村 and Tokyo's 23 wards). */
const MUNICIPALITIES = 1741;
/** Cities a generateCities call writes at most: 1,741 at once passed the app connections' 10 s statement timeout on PostgreSQL. */
const GENERATION_BATCH = 400;

type Load = { latencies: number[]; elapsedMs: number; bytes: number };
type Stats = { p50: number; p90: number; rps: number; n: number; bytes: number };

function load(opts: { url: string; body: string; cookie?: string | null; concurrency: number; requests?: number; durationMs?: number; writes?: unknown }): Promise<Stats> {
  const worker = new Worker(path.join(here, 'load-worker.mjs'), {
    workerData: { requests: Infinity, durationMs: 120_000, ...opts, headers: opts.cookie ? { cookie: opts.cookie } : {} },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: Load & { error?: string }) => {
      if (m.error) return reject(new Error(m.error));
      const sorted = [...m.latencies].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
      resolve({ p50: at(0.5), p90: at(0.9), rps: (m.latencies.length / m.elapsedMs) * 1000, n: m.latencies.length, bytes: m.bytes });
    });
    worker.once('error', reject);
  });
}

const gqlBody = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Latency at 1 client (after a warm-up) and throughput at 10, of the app and the floor. */
async function readVsFloor(appUrl: string, floorUrl: string, cookie: string, variables: Record<string, unknown>) {
  const body = gqlBody(DASHBOARD, variables);
  const app = `${appUrl}graphql`;
  await load({ url: app, body, cookie, concurrency: 1, requests: 15 });
  await load({ url: floorUrl, body, concurrency: 1, requests: 15 });
  const appLatency = await load({ url: app, body, cookie, concurrency: 1, requests: LATENCY_REQUESTS });
  const floorLatency = await load({ url: floorUrl, body, concurrency: 1, requests: LATENCY_REQUESTS * 3 });
  const appRate = await load({ url: app, body, cookie, concurrency: 10, durationMs: THROUGHPUT_MS });
  const floorRate = await load({ url: floorUrl, body, concurrency: 10, durationMs: THROUGHPUT_MS });
  return {
    p50Ms: { app: round(appLatency.p50), floor: round(floorLatency.p50), ratio: round(appLatency.p50 / floorLatency.p50) },
    rps10: { app: round(appRate.rps, 0), floor: round(floorRate.rps, 0), ratio: round(appRate.rps / floorRate.rps) },
    bytes: { app: appLatency.bytes, floor: floorLatency.bytes },
  };
}

type QueryProfile = Record<string, { statements: number; widest: number; error?: string }>;

/**
 * Each client query (and the plan in force, benchQueries) as its page's reader sends it (the inbox by each role that has one, the rest
 * by the planning division, who may read every page): its statements, the fewest of 3 reads (on
 * PostgreSQL a loader batch can split by timing), and its widest parameter list.
 */
async function queryProfile(db: Database, readers: Record<'COUNCIL' | 'DEPARTMENT' | 'PLANNING', ApiSession>, ids: PageIds): Promise<QueryProfile> {
  const out: QueryProfile = {};
  for (const q of benchQueries(ids)) {
    for (const [role, session] of Object.entries(readers)) {
      if (q.name !== 'Inbox' && role !== 'PLANNING') continue;
      const name = q.name === 'Inbox' ? `Inbox (${role})` : q.name;
      for (let read = 0; read < 3; read++) {
        const recording = db.statementCounter.record();
        const res = await session.gql(q.query, q.variables);
        const statements: LoggedStatement[] = recording.stop();
        const widest = Math.max(0, ...statements.map((st) => st.parameters));
        const error = res.errors?.map((e) => e.extensions?.code ?? e.message).join(', ');
        if (!out[name] || statements.length < out[name].statements) out[name] = { statements: statements.length, widest, ...(error && { error }) };
      }
    }
  }
  return out;
}

/** What the queries' profiles at many cities say against one city's: the total, and any query that changed. */
function compareProfiles(one: QueryProfile, many: QueryProfile) {
  const total = (p: QueryProfile) => Object.values(p).reduce((n, q) => n + q.statements, 0);
  const changed = Object.keys(one).filter((name) => many[name].statements !== one[name].statements || many[name].widest > one[name].widest);
  const errors = Object.entries(many).flatMap(([name, q]) => (q.error ? [`${name}: ${q.error}`] : []));
  return {
    queries: Object.keys(one).length,
    statements1City: total(one),
    statements: total(many),
    widest: Math.max(...Object.values(many).map((q) => q.widest)),
    changed: Object.fromEntries(changed.map((name) => [name, `${one[name].statements} → ${many[name].statements} statements, widest ${one[name].widest} → ${many[name].widest}`])),
    errors,
  };
}

async function openBench(kind: 'PGlite' | 'PostgreSQL'): Promise<Database> {
  if (kind === 'PGlite') return openDatabase({});
  const throwaway = await createThrowawayDatabase(process.env.DATABASE_URL!);
  const db = await openDatabase({ databaseUrl: throwaway.url });
  return { ...db, close: async () => (await db.close(), await throwaway.drop()) };
}

async function benchOn(kind: 'PGlite' | 'PostgreSQL') {
  const started = performance.now();
  const db = await openBench(kind);
  const ds = db.dataSource;
  await importPlanFile(ds, plans.yonezawa);
  await seedSampleUsers(ds, plans.sampleUsers);
  const app = await startApp({ dataSource: ds, embedded: db.embedded, host: '127.0.0.1', port: 0 });
  const floor = await startFloor(ds);
  try {
    const [{ id: strategyId }] = await ds.query(`SELECT id FROM strategy WHERE key = 'yonezawa-dgc-2024'`);
    const fx = await writeFixture(app.url, strategyId);
    const setupS = round((performance.now() - started) / 1000, 1);
    const cookie = fx.council.cookie!;
    const yonezawa = { id: strategyId, cycleId: fx.reviewing.id, fiscalYear: fx.reviewing.fiscalYear };
    const dashboard = await readVsFloor(app.url, floor.url, cookie, yonezawa);

    const indexBody = gqlBody(REVIEW_INDEX, { cycleId: fx.reviewing.id, fiscalYear: fx.reviewing.fiscalYear });

    // saveActual: a new cycle (FY2026, COLLECTING); each writer its own indicator, as its department.
    const { openReviewCycle: cycle } = (await fx.planning.gql(OPEN_CYCLE, { strategyId, fiscalYear: 2026 })).data;
    await fx.planning.gql(MOVE_CYCLE, { id: cycle.id, to: 'COLLECTING', v: cycle.version });
    const writers = fx.writers.map((w) => ({ indicatorId: w.indicatorId, cookie: w.session.cookie, version: null as number | null }));
    const saveActual: Record<string, { rps: number; p50Ms: number; p90Ms: number }> = {};
    for (const n of [1, 10, 50].filter((c) => c <= writers.length)) {
      const r = await load({ url: `${app.url}graphql`, body: '', concurrency: n, durationMs: THROUGHPUT_MS, writes: { cycleId: cycle.id, writers: writers.slice(0, n) } });
      saveActual[`${n} writers`] = { rps: round(r.rps, 0), p50Ms: round(r.p50), p90Ms: round(r.p90) };
      // The worker's copy knows the versions: read them back for the next round.
      const rows: { indicator_id: string; version: number }[] = await ds.query(`SELECT indicator_id, version FROM actual WHERE cycle_id = $1`, [cycle.id]);
      const versions = new Map(rows.map((r) => [r.indicator_id, r.version]));
      for (const w of writers) w.version = versions.get(w.indicatorId) ?? null;
    }

    // 10× the plan: one generated city with ~480 KPIs, each with an accepted actual.
    await generateCities(ds, 1, { prefix: 'x10', goals: 4, measuresPerGoal: 10, kpisPerMeasure: 12, actualsEvery: 1 });
    const [x10] = await ds.query(`SELECT s.id, c.id AS cycle_id FROM strategy s JOIN review_cycle c ON c.strategy_id = s.id WHERE s.key = 'x10-1'`);
    const dashboard10x = await readVsFloor(app.url, floor.url, cookie, { id: x10.id, cycleId: x10.cycle_id, fiscalYear: 2024 });

    // 200 more cities in the database: the same reads should not notice.
    const dashBody = gqlBody(DASHBOARD, yonezawa);
    // Each page's 1-city figure is read in the state the 200 cities are then added to (after the writes above).
    const latency = async (body: string) => {
      await load({ url: `${app.url}graphql`, body, cookie, concurrency: 1, requests: 15 });
      return load({ url: `${app.url}graphql`, body, cookie, concurrency: 1, requests: LATENCY_REQUESTS, durationMs: 20_000 });
    };
    const index1 = await latency(indexBody);
    const dash1 = await latency(dashBody);
    const readers = { COUNCIL: fx.council, DEPARTMENT: apiSession(app.url), PLANNING: fx.planning };
    await readers.DEPARTMENT.signIn('shoko@example.jp');
    const [kpi] = await ds.query(
      `SELECT mi.measure_id, mi.indicator_id, l.department_id FROM measure_indicator mi JOIN measure m ON m.id = mi.measure_id
         JOIN indicator_department l ON l.indicator_id = mi.indicator_id JOIN app_user u ON u.department_id = l.department_id
        WHERE u.email = 'shoko@example.jp' AND m.strategy_id = $1 ORDER BY m.position, mi.position LIMIT 1`,
      [strategyId],
    );
    const pageIds: PageIds = { strategyId, cycleId: fx.reviewing.id, previousId: fx.closed.id, measureId: kpi.measure_id, indicatorId: kpi.indicator_id, departmentId: kpi.department_id, revisionId: fx.revision.id, fiscalYear: fx.reviewing.fiscalYear };
    const queries1 = await queryProfile(db, readers, pageIds);
    const generated = await generateCities(ds, 200, { prefix: 'city' });
    await ds.query('ANALYZE');
    const index200 = await latency(indexBody);
    const dash200 = await latency(dashBody);

    // Every municipality of Japan in the database.
    const generatedAt = performance.now();
    let cities = generated.strategies + 1;
    while (cities < MUNICIPALITIES) cities += (await generateCities(ds, Math.min(GENERATION_BATCH, MUNICIPALITIES - cities), { prefix: 'city', from: cities })).strategies;
    await ds.query('ANALYZE');
    const generation1741S = round((performance.now() - generatedAt) / 1000, 1);
    const index1741 = await latency(indexBody);
    const dash1741 = await latency(dashBody);
    const queries1741 = compareProfiles(queries1, await queryProfile(db, readers, pageIds));
    return {
      database: db.description,
      data: { ...fx.counts, writers: writers.length, generatedCities: cities, setupS, generation1741S },
      dashboard,
      dashboard10x,
      reviewIndex: { p50Ms1City: round(index1.p50), p50Ms200Cities: round(index200.p50), ratio: round(index200.p50 / index1.p50), requests200: index200.n },
      dashboard200Cities: { p50Ms1City: round(dash1.p50), p50Ms200Cities: round(dash200.p50), ratio: round(dash200.p50 / dash1.p50) },
      reviewIndex1741: { p50Ms1City: round(index1.p50), p50Ms: round(index1741.p50), ratio: round(index1741.p50 / index1.p50), requests: index1741.n },
      dashboard1741Cities: { p50Ms1City: round(dash1.p50), p50Ms: round(dash1741.p50), ratio: round(dash1741.p50 / dash1.p50) },
      queries1741,
      saveActual,
      seconds: round((performance.now() - started) / 1000, 1),
    };
  } finally {
    await floor.stop();
    await app.stop();
    await db.close();
  }
}

function table(r: Awaited<ReturnType<typeof benchOn>>) {
  const rows: Record<string, Record<string, unknown>> = {};
  for (const [name, d] of [['dashboard', r.dashboard], ['dashboard 10×', r.dashboard10x]] as const) {
    rows[`${name} p50 ms (1 client)`] = { app: d.p50Ms.app, floor: d.p50Ms.floor, ratio: d.p50Ms.ratio, target: '≤ 2' };
    rows[`${name} req/s (10 clients)`] = { app: d.rps10.app, floor: d.rps10.floor, ratio: d.rps10.ratio, target: '≥ 0.3' };
  }
  rows['review index p50 ms, 1 → 201 cities'] = { app: r.reviewIndex.p50Ms200Cities, floor: r.reviewIndex.p50Ms1City, ratio: r.reviewIndex.ratio, target: '≤ 1.2' };
  rows['dashboard p50 ms, 1 → 201 cities'] = { app: r.dashboard200Cities.p50Ms200Cities, floor: r.dashboard200Cities.p50Ms1City, ratio: r.dashboard200Cities.ratio, target: '≤ 1.2' };
  rows['review index p50 ms, 1 → 1,741 cities'] = { app: r.reviewIndex1741.p50Ms, floor: r.reviewIndex1741.p50Ms1City, ratio: r.reviewIndex1741.ratio, target: '≤ 1.2' };
  rows['dashboard p50 ms, 1 → 1,741 cities'] = { app: r.dashboard1741Cities.p50Ms, floor: r.dashboard1741Cities.p50Ms1City, ratio: r.dashboard1741Cities.ratio, target: '≤ 1.2' };
  const q = r.queries1741;
  rows[`statements of the client's queries and the plan in force (${q.queries}), 1 → 1,741 cities`] = { app: q.statements, floor: q.statements1City, ratio: round(q.statements / q.statements1City), target: `the same per query; widest parameter list ${q.widest}` };
  const one = r.saveActual['1 writers']?.rps ?? 1;
  for (const [n, s] of Object.entries(r.saveActual)) rows[`saveActual req/s, ${n}`] = { app: s.rps, floor: one, ratio: round(s.rps / one), target: `p50 ${s.p50Ms} ms, p90 ${s.p90Ms} ms` };
  console.log(`\n${r.database}: ${JSON.stringify(r.data)}; ${r.seconds} s ('floor' column: the floor, or the 1-city / 1-writer baseline)`);
  console.table(rows);
  if (Object.keys(q.changed).length) console.log('queries whose statements changed with 1,741 cities:', q.changed);
  if (q.errors.length) console.log('queries answered with errors:', q.errors);
}

const kinds: ('PGlite' | 'PostgreSQL')[] = [...(process.env.BENCH_SKIP_PGLITE ? [] : (['PGlite'] as const)), ...(process.env.DATABASE_URL ? (['PostgreSQL'] as const) : [])];
const results = [];
for (const kind of kinds) {
  const r = await benchOn(kind);
  table(r);
  results.push(r);
}
const load1 = os.loadavg().map((x) => round(x));
console.log(`load average ${load1.join(', ')} on ${os.cpus().length} CPUs`);
const out = process.env.BENCH_OUT ?? path.join(here, 'results.json');
fs.writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), loadavg: load1, cpus: os.cpus().length, node: process.version, results }, null, 2)}\n`);
console.log(`written to ${path.relative(process.cwd(), out)}`);
