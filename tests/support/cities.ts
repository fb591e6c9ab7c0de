import type { DataSource } from 'typeorm';

/**
 * Many small municipalities in one database, for the scale tests and the benchmark: each city has
 * its own plan (strategy, goals, measures with a policy, KGIs, KPIs, main projects, departments), a
 * review cycle, and — for some cities — accepted actuals and submitted measure reports.
 *
 * Rows are written with a few set-based INSERT … SELECT statements over generate_series (not the
 * plan importer, ≈65 ms a city), so 200 cities take well under a few seconds on PGlite too. Ids are
 * md5 of a natural path (`<prefix>/<city>/goal/<n>`…), so every statement finds its parents' ids
 * without reading them back, and the same call gives the same ids. Each statement writes all of a
 * call's cities at once: 1,741 in one call passed the app connections' 10 s statement timeout on
 * PostgreSQL, so write more than a few hundred in batches (`from`).
 */
export type CityOptions = {
  /** Strategy keys are `<prefix>-<n>`; generate again with another prefix (or `from`) to add more. */
  prefix?: string;
  /** The number of the first city (default 1). */
  from?: number;
  goals?: number;
  measuresPerGoal?: number;
  kpisPerMeasure?: number;
  departments?: number;
  /** The fiscal year and state of each city's review cycle (default 2024, REVIEWING); null: no cycle. */
  cycle?: { fiscalYear: number; state: 'PREPARING' | 'COLLECTING' | 'REVIEWING' | 'RESPONDING' | 'CLOSED' } | null;
  /** Every n-th city gets an accepted actual for each KPI and a submitted report for each measure (default 2; 0: none). */
  actualsEvery?: number;
};

export type GeneratedCities = {
  /** Strategy keys, in city order. */
  keys: string[];
  strategies: number;
  goals: number;
  measures: number;
  kgis: number;
  kpis: number;
  departments: number;
  cycles: number;
  actuals: number;
  measureReports: number;
  ms: number;
};

// Parameters of every statement: $1 prefix, $2 first city, $3 last city, $4 goals, $5 measures a goal,
// $6 KPIs a measure, $7 departments a city.
const cities = `generate_series($2::int, $3::int) AS c`;
const goals = `generate_series(1, $4::int) AS g`;
const measures = `generate_series(1, $5::int) AS m`;
const kpis = `generate_series(1, $6::int) AS k`;
const id = (...parts: string[]) => `md5($1::text || '/' || ${parts.join(` || '/' || `)})::uuid`;
const strategyId = id('c');
const goalId = id('c', `'goal'`, 'g');
const measureId = id('c', `'measure'`, 'g', 'm');
const policyId = id('c', `'policy'`, 'g', 'm');
const kgiId = id('c', `'kgi'`, 'g');
const kpiId = id('c', `'kpi'`, 'g', 'm', 'k');
const projectId = id('c', `'project'`, 'g', 'm');
const cycleId = id('c', `'cycle'`);
const municipality = `'生成県' || $1::text || ' 第' || c || '市'`;
const departmentId = (n: string) => id('c', `'department'`, `(${n})`);
/** The department responsible for a KPI or project: spread over the city's departments. */
const departmentOf = (...terms: string[]) => `((${terms.join(' + ')}) % $7::int) + 1`;

const plan = [
  `INSERT INTO strategy (id, key, title, municipality, period_start_fy, period_end_fy)
   SELECT ${strategyId}, $1::text || '-' || c, '生成市' || c || ' 総合戦略', ${municipality}, 2024, 2027 FROM ${cities}`,
  `INSERT INTO department (id, municipality, name)
   SELECT ${departmentId('d')}, ${municipality}, '課' || d FROM ${cities}, generate_series(1, $7::int) AS d`,
  `INSERT INTO goal (id, strategy_id, number, title, basic_direction)
   SELECT ${goalId}, ${strategyId}, g, '基本目標 ' || g, '' FROM ${cities}, ${goals}`,
  `INSERT INTO measure (id, strategy_id, goal_id, code, title, position)
   SELECT ${measureId}, ${strategyId}, ${goalId}, g || '-' || m, '施策 ' || g || '-' || m, (g - 1) * $5::int + m - 1
   FROM ${cities}, ${goals}, ${measures}`,
  `INSERT INTO policy (id, measure_id, ordinal, title, bullets)
   SELECT ${policyId}, ${measureId}, 1, '方針 ' || g || '-' || m, '["取り組みます。"]'::jsonb FROM ${cities}, ${goals}, ${measures}`,
  `INSERT INTO indicator (id, strategy_id, goal_id, key, kind, name, unit, direction, target_kind, target_value, target_fiscal_year, target_text, baseline_value, baseline_label, baseline_text)
   SELECT ${kgiId}, ${strategyId}, ${goalId}, 'G' || g, 'KGI', '重要目標 ' || g, '人', 'HIGHER_IS_BETTER', 'LEVEL', 120, 2027, '120 人', 100, 'R5年度', '100 人'
   FROM ${cities}, ${goals}`,
  `INSERT INTO indicator (id, strategy_id, goal_id, key, kind, name, unit, direction, target_kind, target_value, target_fiscal_year, target_text, baseline_value, baseline_label, baseline_text)
   SELECT ${kpiId}, ${strategyId}, NULL, g || '-' || m || '-' || k, 'KPI', '指標 ' || g || '-' || m || '-' || k, '件', 'HIGHER_IS_BETTER', 'LEVEL', 20 + k, 2027, (20 + k) || ' 件', 10, 'R5年度', '10 件'
   FROM ${cities}, ${goals}, ${measures}, ${kpis}`,
  `INSERT INTO indicator_department (indicator_id, department_id, position)
   SELECT ${kgiId}, ${departmentId(departmentOf('g'))}, 0 FROM ${cities}, ${goals}`,
  `INSERT INTO indicator_department (indicator_id, department_id, position)
   SELECT ${kpiId}, ${departmentId(departmentOf('g', 'm', 'k'))}, 0 FROM ${cities}, ${goals}, ${measures}, ${kpis}`,
  `INSERT INTO measure_indicator (measure_id, indicator_id, position, group_no, group_item, policy_id)
   SELECT ${measureId}, ${kpiId}, k - 1, 1, '方針 ' || g || '-' || m, ${policyId} FROM ${cities}, ${goals}, ${measures}, ${kpis}`,
  `INSERT INTO project (id, strategy_id, name)
   SELECT ${projectId}, ${strategyId}, '主要事業 ' || g || '-' || m FROM ${cities}, ${goals}, ${measures}`,
  `INSERT INTO measure_project (measure_id, project_id, position) SELECT ${measureId}, ${projectId}, 0 FROM ${cities}, ${goals}, ${measures}`,
  `INSERT INTO project_department (project_id, department_id, position)
   SELECT ${projectId}, ${departmentId(departmentOf('g', 'm'))}, 0 FROM ${cities}, ${goals}, ${measures}`,
];

// $8 fiscal year, $9 state, $10 every n-th city with actuals and reports.
const review = [
  `INSERT INTO review_cycle (id, strategy_id, fiscal_year, state, version) SELECT ${cycleId}, ${strategyId}, $8::int, $9::text, 1 FROM ${cities}`,
  `INSERT INTO actual (cycle_id, indicator_id, fiscal_year, value, status, version)
   SELECT ${cycleId}, ${kpiId}, $8::int, 10 + (c + g + m + k) % 12, 'ACCEPTED', 1
   FROM ${cities}, ${goals}, ${measures}, ${kpis} WHERE $10::int > 0 AND c % $10::int = 0`,
  `INSERT INTO measure_report (cycle_id, measure_id, what_was_done, issues, status, version)
   SELECT ${cycleId}, ${measureId}, '実施しました。', '課題はありません。', 'SUBMITTED', 1
   FROM ${cities}, ${goals}, ${measures} WHERE $10::int > 0 AND c % $10::int = 0`,
];

/** PostgreSQL refuses parameters a statement does not use: keep only those `sql` names, renumbered. */
function bind(sql: string, params: unknown[]): [string, unknown[]] {
  const used = [...new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const renumber = new Map(used.map((n, i) => [n, i + 1]));
  return [sql.replace(/\$(\d+)/g, (_, n) => `$${renumber.get(Number(n))}`), used.map((n) => params[n - 1])];
}

/** Writes `count` generated cities in one transaction; see CityOptions for their shape. */
export async function generateCities(dataSource: DataSource, count: number, opts: CityOptions = {}): Promise<GeneratedCities> {
  const started = performance.now();
  const { prefix = 'gen-city', from = 1, goals: g = 4, measuresPerGoal: m = 5, kpisPerMeasure: k = 5, departments: d = 5, actualsEvery = 2 } = opts;
  const cycle = opts.cycle === undefined ? { fiscalYear: 2024, state: 'REVIEWING' as const } : opts.cycle;
  const to = from + count - 1;
  const params = [prefix, from, to, g, m, k, d];
  await dataSource.transaction(async (manager) => {
    for (const sql of plan) await manager.query(...bind(sql, params));
    if (cycle) for (const sql of review) await manager.query(...bind(sql, [...params, cycle.fiscalYear, cycle.state, actualsEvery]));
  });
  const cities = Array.from({ length: count }, (_, i) => from + i);
  const withActuals = cycle && actualsEvery > 0 ? cities.filter((c) => c % actualsEvery === 0).length : 0;
  return {
    keys: cities.map((c) => `${prefix}-${c}`),
    strategies: count,
    goals: count * g,
    measures: count * g * m,
    kgis: count * g,
    kpis: count * g * m * k,
    departments: count * d,
    cycles: cycle ? count : 0,
    actuals: withActuals * g * m * k,
    measureReports: withActuals * g * m,
    ms: Math.round(performance.now() - started),
  };
}
