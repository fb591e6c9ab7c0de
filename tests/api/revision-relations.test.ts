import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans, startTestServer, type ApiSession, type GraphQLResponse, type TestServer } from '../support/server.js';

const CREATE = `mutation($s: ID!, $input: PlanRevisionInput!) { createPlanRevision(strategyId: $s, input: $input) { id version } }`;
const SET = `mutation($input: SetPlanChangeInput!) { setPlanChange(input: $input) { id field fieldLabel beforeText afterText } }`;
const ADOPT = `mutation($id: ID!, $v: Int!) { adoptPlanRevision(id: $id, expectedVersion: $v) { id state } }`;
const INDICATOR = `query($id: ID!) { indicator(id: $id) { departments { name } measures { code } } }`;
const IN_FORCE = `query($s: ID!, $v: PlanVersionInput) { strategy(id: $s) { planInForce(version: $v) { indicators { id departments { name } measures { code } } } } }`;
const COMPARE = `query($s: ID!) { strategy(id: $s) { planComparison(from: { fiscalYear: 2024 }, to: {}) { measureCode subject fieldLabel before after } } }`;
const TABLE = `query($id: ID!) { measure(id: $id) { indicators { id relisted } } }`;

const ok = <T>(res: GraphQLResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const refusal = (res: GraphQLResponse) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });

type Plan = { id: string; departments: { id: string; name: string }[]; goals: { id: string; kgis: { id: string }[]; measures: { id: string; code: string; indicators: { id: string; key: string; relisted: boolean }[] }[] }[] };

/**
 * 担当課 and 掲載 (moving a KPI to another measure, 【再掲】 elsewhere) revised like any field: named in the
 * 新旧対照表 as they were, written to the plan's own rows on adoption, and each year's plan keeps its own.
 */
describe('revising a KPI’s departments and the measures listing it', () => {
  let server: TestServer;
  let planning: ApiSession;
  let plan: Plan;
  let kpi: string;
  const measure = (code: string) => plan.goals.flatMap((g) => g.measures).find((m) => m.code === code)!;
  const department = (name: string) => plan.departments.find((d) => d.name === name)!.id;

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    planning = server.session();
    await planning.signIn('planning@example.jp');
    plan = ok(await planning.gql(`{ strategies { id departments { id name } goals { id kgis { id } measures { id code indicators { id key relisted } } } } }`)).strategies[0];
    kpi = measure('1-1').indicators.find((i) => i.key === '1-1-1')!.id;
  });
  afterAll(() => server?.stop());

  it('moves 1-1-1 to 施策 1-2 (再掲 under 1-1) and gives it a second department, from FY2025; FY2024’s plan keeps both as they were', async () => {
    const draft = ok(await planning.gql(CREATE, { s: plan.id, input: { title: '所管の見直し', effectiveFiscalYear: 2025, reason: '組織改編のため' } })).createPlanRevision;
    const set = (field: string, value: unknown) => planning.gql(SET, { input: { revisionId: draft.id, subjectType: 'INDICATOR', subjectId: kpi, field, value: JSON.stringify(value) } });

    const departments = ok(await set('departments', [department('観光課'), department('商工課')])).setPlanChange;
    expect(departments).toMatchObject({ fieldLabel: '担当課', beforeText: '商工課', afterText: '観光課・商工課' });
    const listings = ok(
      await set('listings', [
        { measureId: measure('1-1').id, relisted: true },
        { measureId: measure('1-2').id, relisted: false },
      ]),
    ).setPlanChange;
    expect(listings).toMatchObject({ fieldLabel: '掲載する施策（再掲）', beforeText: '施策 1-1', afterText: '施策 1-2、施策 1-1【再掲】' });

    // A draft changes nothing yet.
    expect(ok(await planning.gql(INDICATOR, { id: kpi })).indicator).toEqual({ departments: [{ name: '商工課' }], measures: [{ code: '1-1' }] });
    ok(await planning.gql(ADOPT, { id: draft.id, v: draft.version }));

    expect(ok(await planning.gql(INDICATOR, { id: kpi })).indicator).toEqual({ departments: [{ name: '観光課' }, { name: '商工課' }], measures: expect.arrayContaining([{ code: '1-1' }, { code: '1-2' }]) });
    // 施策 1-2 lists it as its own, last; 1-1 keeps it in its place, as 【再掲】.
    const moved = ok(await planning.gql(TABLE, { id: measure('1-2').id })).measure.indicators;
    expect(moved[moved.length - 1]).toEqual({ id: kpi, relisted: false });
    const before = measure('1-1').indicators.findIndex((i) => i.id === kpi);
    const kept = ok(await planning.gql(TABLE, { id: measure('1-1').id })).measure.indicators;
    expect(kept[before]).toEqual({ id: kpi, relisted: true });

    const fy2024 = ok(await planning.gql(IN_FORCE, { s: plan.id, v: { fiscalYear: 2024 } })).strategy.planInForce.indicators.find((i: { id: string }) => i.id === kpi);
    expect(fy2024).toEqual({ id: kpi, departments: [{ name: '商工課' }], measures: [{ code: '1-1' }] });
    const fy2025 = ok(await planning.gql(IN_FORCE, { s: plan.id, v: { fiscalYear: 2025 } })).strategy.planInForce.indicators.find((i: { id: string }) => i.id === kpi);
    expect(fy2025.departments).toEqual([{ name: '観光課' }, { name: '商工課' }]);

    const rows = ok(await planning.gql(COMPARE, { s: plan.id })).strategy.planComparison;
    expect(rows).toEqual([
      expect.objectContaining({ fieldLabel: '担当課', before: '商工課', after: '観光課・商工課' }),
      expect.objectContaining({ fieldLabel: '掲載する施策（再掲）', before: '施策 1-1', after: '施策 1-2、施策 1-1【再掲】' }),
    ]);
  });

  it('refuses what a listing or a department list cannot be, naming the field', async () => {
    const draft = ok(await planning.gql(CREATE, { s: plan.id, input: { title: '検証', effectiveFiscalYear: 2026, reason: '検証' } })).createPlanRevision;
    const set = (subjectId: string, field: string, value: unknown) => planning.gql(SET, { input: { revisionId: draft.id, subjectType: 'INDICATOR', subjectId, field, value: JSON.stringify(value) } });
    const m11 = measure('1-1').id;
    const m12 = measure('1-2').id;
    expect(refusal(await set(kpi, 'listings', []))).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(refusal(await set(kpi, 'listings', [{ measureId: m11, relisted: false }, { measureId: m12, relisted: false }]))).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(refusal(await set(kpi, 'listings', [{ measureId: m11 }, { measureId: m11, relisted: true }]))).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(refusal(await set(kpi, 'listings', [{ measureId: '00000000-0000-4000-8000-000000000000', relisted: false }]))).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(refusal(await set(plan.goals[0].kgis[0].id, 'listings', [{ measureId: m11, relisted: false }]))).toEqual({ code: 'BAD_USER_INPUT', field: 'field' });
    expect(refusal(await set(kpi, 'departments', ['not-an-id']))).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(refusal(await set(kpi, 'departments', ['00000000-0000-4000-8000-000000000000']))).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(refusal(await set(kpi, 'departments', [department('商工課'), department('商工課')]))).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    // As the plan has it now: nothing to change.
    expect(refusal(await set(kpi, 'departments', [department('観光課'), department('商工課')]))).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    const [{ count }] = await server.db.dataSource.query(`SELECT count(*)::int AS count FROM plan_change WHERE revision_id = $1`, [draft.id]);
    expect(count).toBe(0);
  });
});
