import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';
import { STRATEGIES, WHOLE_PLAN, YEAR_REVIEW } from './plan-query.graphql.js';

describe('whole-plan query: SQL statements do not grow with the plan', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.smallCity, plans.yonezawa], users: true });
  });
  afterAll(() => server?.stop());

  async function statementsFor(id: string, query = WHOLE_PLAN, session: Pick<ApiSession, 'gql'> = server) {
    const before = server.db.statementCounter.statements;
    const res = await session.gql(query, { id, cycleId: '00000000-0000-4000-8000-000000000000' });
    expect(res.errors).toBeUndefined();
    const goals = res.data.strategy.goals;
    const rows = goals.reduce((n: number, g: any) => n + g.measures.reduce((m: number, x: any) => m + x.indicators.length, 0), 0);
    return { statements: server.db.statementCounter.statements - before, goals: goals.length, rows };
  }

  it('issues the same number of statements for a 2-goal and a 4-goal, 49-KPI plan', async () => {
    const { data } = await server.gql(STRATEGIES);
    const byKey = Object.fromEntries(data.strategies.map((s: any) => [s.key, s.id]));
    const small = await statementsFor(byKey['sample-town-2025']);
    const large = await statementsFor(byKey['yonezawa-dgc-2024']);
    expect(small).toMatchObject({ goals: 3, rows: 5 });
    expect(large).toMatchObject({ goals: 4, rows: 49 });
    expect(large.statements).toBe(small.statements);
    // One statement per level of the tree (strategy, goals, measures, KPIs, …), not per row.
    expect(large.statements).toBeLessThanOrEqual(12);
  });

  it('keeps the count flat with progress at every level, actuals and measure reports', async () => {
    const { data } = await server.gql(STRATEGIES);
    const byKey = Object.fromEntries(data.strategies.map((s: any) => [s.key, s.id]));
    // The year's review is read signed in: measure reports are not public.
    const council = server.session();
    expect((await council.signIn('council@example.jp')).errors).toBeUndefined();
    const small = await statementsFor(byKey['sample-town-2025'], YEAR_REVIEW, council);
    const large = await statementsFor(byKey['yonezawa-dgc-2024'], YEAR_REVIEW, council);
    expect(large).toMatchObject({ goals: 4, rows: 49 });
    expect(large.statements).toBe(small.statements);
  });
});
