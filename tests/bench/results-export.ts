// Measures the 効果検証シート's download for the Yonezawa plan with every KPI's FY2024 figure accepted:
// npx tsx tests/bench/results-export.ts (PGlite; DATABASE_URL for PostgreSQL).
import { closeFY2024 } from '../support/closed-year.js';
import { plans, sampleSessions, startTestServer } from '../support/server.js';

const server = await startTestServer({ plans: [plans.yonezawa], users: true });
try {
  const as = await sampleSessions(server, ['planning', 'council', 'shoko']);
  const year = await closeFY2024(server, as);
  // Every other KPI gets an accepted FY2024 figure (written directly: the workflow is not what is measured).
  await server.db.dataSource.query(
    `INSERT INTO actual (cycle_id, indicator_id, fiscal_year, value, status, version)
     SELECT $1, i.id, 2024, COALESCE(i.baseline_value, 10) * 1.05, 'ACCEPTED', 1 FROM indicator i
      WHERE i.strategy_id = $2 AND NOT EXISTS (SELECT 1 FROM actual a WHERE a.indicator_id = i.id AND a.cycle_id = $1)`,
    [year.fy2024.id, year.strategyId],
  );
  for (const ext of ['xlsx', 'csv', 'xlsx', 'csv']) {
    const started = performance.now();
    const before = server.db.statementCounter.statements;
    const res = await fetch(`${server.app.url}files/cycles/${year.fy2024.id}/results.${ext}`, { headers: { cookie: as.planning.cookie! } });
    const bytes = (await res.arrayBuffer()).byteLength;
    console.log(`results.${ext}: ${res.status}, ${bytes} bytes, ${Math.round(performance.now() - started)} ms, ${server.db.statementCounter.statements - before} statements`);
  }
} finally {
  await server.stop();
}
