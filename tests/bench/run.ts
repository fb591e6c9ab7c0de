// npm run bench: the whole-plan query against a trivial query, measured in the same run on the
// same database (PGlite in memory, or DATABASE_URL), reported as ratios rather than absolute times.
import { performance } from 'node:perf_hooks';
import { STRATEGIES, WHOLE_PLAN } from '../api/plan-query.graphql.js';
import { plans, startTestServer, type TestServer } from '../support/server.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

async function measure(server: TestServer, query: string, variables?: Record<string, unknown>) {
  const times: number[] = [];
  const statementsBefore = server.db.statementCounter.statements;
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = performance.now();
    const res = await server.gql(query, variables);
    times.push(performance.now() - start);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], statements: (server.db.statementCounter.statements - statementsBefore) / ROUNDS };
}

const server = await startTestServer({ plans: [plans.yonezawa] });
try {
  const { data } = await server.gql(STRATEGIES);
  const id = data.strategies[0].id;
  await measure(server, WHOLE_PLAN, { id }); // warm-up
  const baseline = await measure(server, STRATEGIES);
  const wholePlan = await measure(server, WHOLE_PLAN, { id });
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.table({
    'strategies (baseline)': { ...baseline, ratio: 1 },
    'whole plan (49 KPI rows)': { ...wholePlan, ratio: wholePlan.median / baseline.median },
  });
  console.log(`${ROUNDS} rounds on ${server.db.description}; RSS ${rss.toFixed(0)} MiB`);
} finally {
  await server.stop();
}
