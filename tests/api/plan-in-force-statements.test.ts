import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedStatement } from '../../server/src/db/statement-counter.js';
import { generateCities } from '../support/cities.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';
import { PLAN_COMPARISON, PLAN_IN_FORCE } from './plan-query.graphql.js';

/** A statement's bind parameters: a few ids and scalars, as scale.test.ts allows; a list of the plan's indicators would pass it. */
const MAX_PARAMETERS = 8;

/** 5 goals with a KGI each; 3 × 3 KPIs a goal (50 indicators), and 9 × 11 at 10× (500). */
const SIZES = { '1×': { measuresPerGoal: 3, kpisPerMeasure: 3, indicators: 50 }, '10×': { measuresPerGoal: 9, kpisPerMeasure: 11, indicators: 500 } } as const;
type Size = keyof typeof SIZES;

/**
 * The same revisions of each plan (by indicator key), adopted in this order: targets raised and
 * corrected over the years, a baseline fixed, KPIs renamed and retired, the period extended.
 */
const REVISIONS: { effectiveFiscalYear: number; changes: [key: string | null, field: string, value: unknown][] }[] = [
  { effectiveFiscalYear: 2024, changes: [['1-1-1', 'targetValue', 30], ['2-1-1', 'targetValue', 25], ['3-1-1', 'baselineValue', 8], ['G1', 'targetText', '130 人']] },
  { effectiveFiscalYear: 2025, changes: [['1-1-1', 'targetValue', 40], ['1-1-1', 'targetText', '40 件'], ['2-1-2', 'retiredFromFY', 2025], ['3-1-3', 'name', '指標 3-1-3（改称）']] },
  { effectiveFiscalYear: 2026, changes: [[null, 'periodEndFY', 2028], ['4-1-1', 'targetValue', 50], ['5-1-1', 'retiredFromFY', 2026], ['1-1-1', 'targetValue', 45]] },
];

type Profile = { statements: number; texts: string[]; widest: number; data: any };

describe('the plan as in force in a year: statements do not grow with the plan', () => {
  let server: TestServer;
  let as: Record<string, ApiSession>;
  const strategies = {} as Record<Size, string>;

  const ok = async (s: ApiSession, query: string, variables: Record<string, unknown>) => {
    const res = await s.gql(query, variables);
    expect(res.errors, query.slice(0, 60)).toBeUndefined();
    return res.data;
  };

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    as = await sampleSessions(server, ['council', 'planning']);
    const sql = server.db.dataSource.query.bind(server.db.dataSource);
    for (const [size, shape] of Object.entries(SIZES) as [Size, (typeof SIZES)[Size]][]) {
      const prefix = `in-force-${size === '1×' ? 1 : 10}x`;
      // FY2025 under way, every KPI's figure accepted: each indicator has a grade to read.
      await generateCities(server.db.dataSource, 1, { prefix, goals: 5, ...shape, cycle: { fiscalYear: 2025, state: 'COLLECTING' }, actualsEvery: 1 });
      const [{ id }] = await sql(`SELECT id FROM strategy WHERE key = $1`, [`${prefix}-1`]);
      strategies[size] = id;
      const byKey = new Map<string, string>((await sql(`SELECT id, key FROM indicator WHERE strategy_id = $1`, [id])).map((i: any) => [i.key, i.id]));
      expect(byKey.size).toBe(shape.indicators);
      for (const [n, r] of REVISIONS.entries()) {
        const input = { title: `第${n + 1}次改訂`, effectiveFiscalYear: r.effectiveFiscalYear, reason: '実績と統計の変化を踏まえて' };
        const revision = (await ok(as.planning, `mutation($s: ID!, $input: PlanRevisionInput!) { createPlanRevision(strategyId: $s, input: $input) { id version } }`, { s: id, input })).createPlanRevision;
        for (const [key, field, value] of r.changes) {
          const change = { revisionId: revision.id, subjectType: key ? 'INDICATOR' : 'STRATEGY', subjectId: key ? byKey.get(key) : id, field, value: JSON.stringify(value) };
          await ok(as.planning, `mutation($input: SetPlanChangeInput!) { setPlanChange(input: $input) { id } }`, { input: change });
        }
        await ok(as.planning, `mutation($id: ID!, $v: Int!) { adoptPlanRevision(id: $id, expectedVersion: $v) { id } }`, { id: revision.id, v: revision.version });
      }
    }
  }, 120_000);
  afterAll(() => server?.stop());

  async function profile(query: string, size: Size, fiscalYear: number): Promise<Profile> {
    const recording = server.db.statementCounter.record();
    const data = await ok(as.council, query, { id: strategies[size], fiscalYear });
    const statements: LoggedStatement[] = recording.stop();
    return { statements: statements.length, texts: [...new Set(statements.map((s) => `${s.parameters} ${s.sql}`))].sort(), widest: Math.max(0, ...statements.map((s) => s.parameters)), data };
  }

  it('reads the plan in force in FY2025 and the 新旧対照表 since FY2024 in as many statements at 10× the indicators as at 1×', async () => {
    const reads = { planInForce: [PLAN_IN_FORCE, 2025], planComparison: [PLAN_COMPARISON, 2024] } as const;
    const counts: Record<string, Record<Size, number>> = {};
    for (const [name, [query, fiscalYear]] of Object.entries(reads)) {
      // The first read warms what is cached per process, not per request.
      for (const size of Object.keys(SIZES) as Size[]) await profile(query, size, fiscalYear);
      const one = await profile(query, '1×', fiscalYear);
      const ten = await profile(query, '10×', fiscalYear);
      counts[name] = { '1×': one.statements, '10×': ten.statements };
      expect(ten.statements, name).toBe(one.statements);
      // The same statements, text and parameter count: none carries a list that grows with the plan.
      expect(ten.texts, name).toEqual(one.texts);
      expect(ten.widest, `${name}: ${ten.texts.at(-1)?.slice(0, 200)}`).toBeLessThanOrEqual(MAX_PARAMETERS);
      if (name === 'planInForce') {
        for (const [size, p] of [['1×', one], ['10×', ten]] as const) {
          const plan = p.data.strategy.planInForce;
          expect(plan.indicators, size).toHaveLength(SIZES[size].indicators);
          // FY2025's plan: the first two revisions, not the third.
          expect(plan.strategy.periodEndFY, size).toBe(2027);
          const [kpi] = plan.indicators.filter((i: any) => i.name === '指標 1-1-1');
          expect(kpi.target, size).toEqual({ value: 40, text: '40 件' });
          expect(kpi.history.map((h: any) => h.field), size).toEqual(['targetValue', 'targetValue', 'targetText', 'targetValue']);
          expect(plan.indicators.filter((i: any) => i.retiredFromFY !== null).map((i: any) => i.retiredFromFY), size).toEqual([2025]);
          expect(plan.indicators.filter((i: any) => i.progress?.grade).length, size).toBeGreaterThan(SIZES[size].indicators / 2);
        }
      } else {
        // Every field that differs between FY2024's plan and today's, the same at both sizes.
        expect(ten.data.strategy.planComparison.map((r: any) => [r.fieldLabel, r.before, r.after])).toEqual(one.data.strategy.planComparison.map((r: any) => [r.fieldLabel, r.before, r.after]));
        expect(one.data.strategy.planComparison).toHaveLength(7);
      }
    }
    console.log(`statements of the plan in force (FY2025) and the 新旧対照表 (FY2024 → today), 50 → 500 indicators, 3 adopted revisions: ${JSON.stringify(counts)}`);
  });

  it('reads a 新旧対照表 of more rows in no more statements', async () => {
    const read = async (fiscalYear: number) => {
      await profile(PLAN_COMPARISON, '10×', fiscalYear);
      return profile(PLAN_COMPARISON, '10×', fiscalYear);
    };
    const [last, since2024, all] = [await read(2025), await read(2024), await read(2023)];
    expect([last, since2024, all].map((p) => p.data.strategy.planComparison.length)).toEqual([4, 7, 10]);
    // Each row's indicator, measure and goal are read for all rows at once, level by level, not row after row.
    expect(since2024.statements).toBe(last.statements);
    // A KGI's goal is read a level earlier than a KPI's (it has no measure): one batch more, whatever the rows.
    expect(all.statements).toBe(last.statements + 1);
    console.log(`statements of the 新旧対照表 at 10×: ${last.statements} for 4 rows, ${since2024.statements} for 7, ${all.statements} for 10 (a KGI among them)`);
  });
});
