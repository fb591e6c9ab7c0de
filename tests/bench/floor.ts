// The floor the dashboard read is measured against: one SQL statement building the same JSON with
// json_agg, behind a minimal node:http server on the same database (the app's own pg pool). Its
// progress is the rate from the baseline towards the year's expected value (the straight path) and a
// grade by the default scale: the same shape and data the GraphQL answer has, at the least cost
// PostgreSQL and Node can give it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import type { DataSource } from 'typeorm';

const HANDED_IN = `('SUBMITTED', 'ACCEPTED')`;
const grade = (rate: string) => `CASE WHEN ${rate} IS NULL THEN '–' WHEN ${rate} >= 1 THEN 'A' WHEN ${rate} >= 0.8 THEN 'B' WHEN ${rate} >= 0.5 THEN 'C' ELSE 'D' END`;
const progress = (rate: string) => `json_build_object('rate', ${rate}, 'grade', ${grade(rate)})`;

/** $1 strategy, $2 cycle, $3 fiscal year. */
export const FLOOR_SQL = `
WITH ind AS (
  SELECT i.id, i.key, i.name, i.unit, i.goal_id,
    (SELECT CASE WHEN i.target_value = i.baseline_value THEN NULL ELSE ((a.value - i.baseline_value)
              / ((i.target_value - i.baseline_value) * ($3 - s.period_start_fy + 1) / (i.target_fiscal_year - s.period_start_fy + 1)))::float8 END
       FROM actual a WHERE a.indicator_id = i.id AND a.fiscal_year = $3 AND a.status IN ${HANDED_IN}) AS rate,
    (SELECT COALESCE(json_agg(json_build_object('value', a.value::float8, 'fiscalYear', a.fiscal_year, 'status', a.status) ORDER BY a.fiscal_year), '[]')
       FROM actual a WHERE a.indicator_id = i.id AND a.status IN ${HANDED_IN}) AS actuals
  FROM indicator i JOIN strategy s ON s.id = i.strategy_id WHERE i.strategy_id = $1
), ij AS (
  SELECT ind.id, ind.key, ind.goal_id, ind.rate,
    json_build_object('id', ind.id, 'key', ind.key, 'name', ind.name, 'unit', ind.unit, 'progress', ${progress('ind.rate')}, 'actuals', ind.actuals) AS j
  FROM ind
)
SELECT json_build_object('data', json_build_object(
  'strategy', (SELECT json_build_object('id', s.id, 'title', s.title, 'goals', (
    SELECT json_agg(json_build_object('id', g.id, 'number', g.number, 'title', g.title,
      'progress', (SELECT ${progress('avg(ij.rate)')} FROM measure m2 JOIN measure_indicator mi ON mi.measure_id = m2.id JOIN ij ON ij.id = mi.indicator_id WHERE m2.goal_id = g.id),
      'kgis', (SELECT COALESCE(json_agg(ij.j ORDER BY ij.key), '[]') FROM ij WHERE ij.goal_id = g.id),
      'measures', (SELECT COALESCE(json_agg(json_build_object('id', m.id, 'code', m.code, 'title', m.title,
        'progress', (SELECT ${progress('avg(ij.rate)')} FROM measure_indicator mi JOIN ij ON ij.id = mi.indicator_id WHERE mi.measure_id = m.id),
        'report', (SELECT json_build_object('id', r.id, 'selfGrade', r.self_grade, 'status', r.status) FROM measure_report r
                    WHERE r.measure_id = m.id AND r.cycle_id = $2 AND r.status IN ${HANDED_IN}),
        'indicators', (SELECT COALESCE(json_agg(ij.j ORDER BY mi.position), '[]') FROM measure_indicator mi JOIN ij ON ij.id = mi.indicator_id WHERE mi.measure_id = m.id)
      ) ORDER BY m.position), '[]') FROM measure m WHERE m.goal_id = g.id)
    ) ORDER BY g.number) FROM goal g WHERE g.strategy_id = s.id)) FROM strategy s WHERE s.id = $1),
  'reviewThreads', (SELECT COALESCE(json_agg(json_build_object('id', t.id, 'status', t.status, 'anchor', t.anchor,
      'goal', CASE WHEN t.goal_id IS NULL THEN NULL ELSE json_build_object('id', t.goal_id) END,
      'measure', CASE WHEN t.measure_id IS NULL THEN NULL ELSE json_build_object('id', t.measure_id) END,
      'indicator', CASE WHEN t.indicator_id IS NULL THEN NULL ELSE json_build_object('id', t.indicator_id) END) ORDER BY t.created_at), '[]')
    FROM review_thread t WHERE t.cycle_id = $2)
))::text AS body`;

/** POST { variables: { id, cycleId, fiscalYear } } → the JSON; a named prepared statement, as a tuned server would use. */
export async function startFloor(dataSource: DataSource): Promise<{ url: string; stop(): Promise<void> }> {
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { variables: v } = JSON.parse(Buffer.concat(chunks).toString());
      pool.query<{ body: string }>({ name: 'bench_floor', text: FLOOR_SQL, values: [v.id, v.cycleId, v.fiscalYear] }).then(
        (r) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(r.rows[0].body);
        },
        (error: Error) => {
          res.writeHead(500);
          res.end(JSON.stringify({ errors: [{ message: error.message }] }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.keepAliveTimeout = 60_000;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
