import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ACTUAL, RETURN_ACTUAL, SAVE_ACTUAL, SUBMIT_ACTUAL, openCycleAt } from '../support/review-ops.js';
import { type ApiSession, plans, sampleSessions, startTestServer, type TestServer } from '../support/server.js';

/**
 * Drafts and returned actuals are work in progress: read by their department, 政策企画課 and admins only.
 * Signed out, only accepted ones: the public never reads a value still under check.
 */
describe('who reads which actuals', () => {
  let server: TestServer;
  let as: Record<string, ApiSession>;
  let cycleId: string;
  let shokoDepartmentId: string;
  let strategyId: string;
  /** 商工課's own indicators (no other department), by what is entered on them. */
  const kpi = { draft: '', returned: '', submitted: '', accepted: '', later: [] as string[] };

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    as = await sampleSessions(server, ['shoko', 'kankyo', 'council', 'planning', 'admin']);
    const { data } = await as.planning.gql(`{ strategies { id goals { measures { indicators { id departments { id name } } } } } }`);
    strategyId = data.strategies[0].id;
    const indicators = data.strategies[0].goals.flatMap((g: any) => g.measures.flatMap((m: any) => m.indicators));
    const own = [...new Map<string, any>(indicators.map((i: any) => [i.id, i])).values()].filter((i: any) => i.departments.length === 1 && i.departments[0].name === '商工課');
    shokoDepartmentId = own[0].departments[0].id;
    [kpi.draft, kpi.returned, kpi.submitted, kpi.accepted, ...kpi.later] = own.slice(0, 7).map((i: any) => i.id);
    expect(kpi.later).toHaveLength(3);

    cycleId = (await openCycleAt(as.planning, data.strategies[0].id, 2024, 'COLLECTING')).id;

    await enter(kpi.draft, '100');
    const returned = await enter(kpi.returned, '200', true);
    await as.planning.gql(RETURN_ACTUAL, { id: returned.id, v: returned.version, reason: '出典を添付してください' });
    await enter(kpi.submitted, '300', true);
    const accepted = await enter(kpi.accepted, '400', true);
    expect((await as.planning.gql(ACCEPT_ACTUAL, { id: accepted.id, v: accepted.version })).errors).toBeUndefined();
  });
  afterAll(() => server?.stop());

  async function enter(indicatorId: string, value: string, submit = false) {
    const saved = (await as.shoko.gql(SAVE_ACTUAL, { input: { cycleId, indicatorId, value } })).data.saveActual;
    return submit ? (await as.shoko.gql(SUBMIT_ACTUAL, { id: saved.id, v: saved.version })).data.submitActual : saved;
  }

  const ALL = ['DRAFT', 'RETURNED', 'SUBMITTED', 'ACCEPTED'];
  const HANDED_IN = ['SUBMITTED', 'ACCEPTED'];
  const signedIn: [string, string[]][] = [
    ['shoko', ALL],
    ['planning', ALL],
    ['admin', ALL],
    ['kankyo', HANDED_IN],
    ['council', HANDED_IN],
  ];
  const readers: [string, string[]][] = [...signedIn, ['anonymous', ['ACCEPTED']]];

  it.each(readers)('%s reads %j through Indicator.actuals', async (who, statuses) => {
    const Q = `query($id: ID!) { indicator(id: $id) { actuals { status value } } }`;
    const seen = [];
    for (const id of [kpi.draft, kpi.returned, kpi.submitted, kpi.accepted]) {
      const res = await as[who].gql(Q, { id });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data.indicator.actuals.map((a: any) => a.status));
    }
    expect(seen).toEqual(statuses);
  });

  it.each(signedIn)('%s reads %j through actuals(cycleId)', async (who, statuses) => {
    const res = await as[who].gql(`query($c: ID!) { actuals(cycleId: $c) { status indicator { id } } }`, { c: cycleId });
    expect(res.errors).toBeUndefined();
    expect(res.data.actuals.map((a: any) => a.status).sort()).toEqual([...statuses].sort());
  });

  it.each(signedIn)('%s reads %j through the cycle’s assignments of 商工課', async (who, statuses) => {
    const Q = `query($c: ID!, $d: ID!) { reviewCycle(id: $c) { assignments(departmentId: $d) { indicator { id } actual { status } } } }`;
    const res = await as[who].gql(Q, { c: cycleId, d: shokoDepartmentId });
    expect(res.errors).toBeUndefined();
    const entered = res.data.reviewCycle.assignments.filter((a: any) => a.actual).map((a: any) => a.actual.status);
    expect(entered.sort()).toEqual([...statuses].sort());
  });

  it('refuses a cycle’s entries signed out, however asked', async () => {
    for (const Q of [
      `query($c: ID!) { actuals(cycleId: $c) { status } }`,
      `query($c: ID!, $d: ID!) { reviewCycle(id: $c) { assignments(departmentId: $d) { actual { status } } } }`,
    ]) {
      const res = await as.anonymous.gql(Q, { c: cycleId, d: shokoDepartmentId });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(res.data ?? null).toBeNull();
    }
  });

  const PROGRESS = `query($id: ID!) { indicator(id: $id) { progress(fiscalYear: 2024) { value reason } } }`;
  it.each(signedIn)('%s gets progress from handed-in actuals only', async (who) => {
    const progress = async (id: string) => (await as[who].gql(PROGRESS, { id })).data.indicator.progress;
    expect(await progress(kpi.draft)).toMatchObject({ value: null, reason: 'NO_ACTUAL' });
    expect(await progress(kpi.returned)).toMatchObject({ value: null, reason: 'NO_ACTUAL' });
    expect(await progress(kpi.submitted)).toMatchObject({ value: 300 });
    expect(await progress(kpi.accepted)).toMatchObject({ value: 400 });
  });

  it('gets progress signed out from accepted actuals only, for the KPI and its measure', async () => {
    const progress = async (id: string) => (await as.anonymous.gql(PROGRESS, { id })).data.indicator.progress;
    for (const id of [kpi.draft, kpi.returned, kpi.submitted]) expect(await progress(id)).toMatchObject({ value: null, reason: 'NO_ACTUAL' });
    expect(await progress(kpi.accepted)).toMatchObject({ value: 400 });
    // The goals' roll-ups count the same actuals: the accepted KPI signed out, the submitted one too signed in.
    const Q = `query($s: ID!) { strategy(id: $s) { goals { progress(fiscalYear: 2024) { measured } } } }`;
    const measured = async (who: string) => (await as[who].gql(Q, { s: strategyId })).data.strategy.goals.reduce((n: number, g: any) => n + g.progress.measured, 0);
    expect([await measured('anonymous'), await measured('council')]).toEqual([1, 2]);
  });

  it('reads the whole plan’s actuals in as many statements with one draft as with many', async () => {
    const Q = `query($s: ID!) { strategy(id: $s) { goals { measures { indicators { actuals { status } departments { name } } } } } }`;
    const { data } = await server.gql(`{ strategies { id } }`);
    const statements = async () => {
      const before = server.db.statementCounter.statements;
      const res = await as.shoko.gql(Q, { s: data.strategies[0].id });
      expect(res.errors).toBeUndefined();
      return server.db.statementCounter.statements - before;
    };
    const few = await statements();
    for (const id of kpi.later) await enter(id, '1');
    expect(await statements()).toBe(few);
  });
});
