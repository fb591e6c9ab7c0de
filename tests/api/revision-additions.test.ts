import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans, startTestServer, type ApiSession, type GraphQLResponse, type TestServer } from '../support/server.js';

const CREATE = `mutation($s: ID!, $input: PlanRevisionInput!) { createPlanRevision(strategyId: $s, input: $input) { id version } }`;
const ITEM = `mutation($input: ProposePlanItemInput!) { proposePlanItem(input: $input) { id subjectType action subject } }`;
const KGI = `mutation($input: ProposeIndicatorInput!) { proposeIndicator(input: $input) { id subjectType action subject } }`;
const ADOPT = `mutation($id: ID!, $v: Int!) { adoptPlanRevision(id: $id, expectedVersion: $v) { id state } }`;
const COMPARE = `query($s: ID!, $r: ID!) { strategy(id: $s) { planComparison(from: { beforeRevisionId: $r }, to: { revisionId: $r }) { goalNumber measureCode subjectType subject fieldLabel before after } } }`;
const PLAN = `query($s: ID!) { strategy(id: $s) { goals { number kgis { key startFY } measures { code title policies { ordinal title } projects { name sinceFY departments { name } } } } } }`;
const IN_FORCE = `query($s: ID!, $y: Int!) { strategy(id: $s) { planInForce(version: { fiscalYear: $y }) { indicators { key } } } }`;

const ok = <T>(res: GraphQLResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const refusal = (res: GraphQLResponse) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });

/** A revision adds a measure, a policy, a main project and a KGI: named and placed in the 新旧対照表 while drafted, rows of the plan once adopted. */
describe('adding a measure, a policy, a project and a KGI by revision', () => {
  let server: TestServer;
  let planning: ApiSession;
  let strategyId: string;
  let goal1: string;
  let measure11: string;
  let shoko: string;

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    planning = server.session();
    await planning.signIn('planning@example.jp');
    const [strategy] = ok(await planning.gql(`{ strategies { id departments { id name } goals { id number measures { id code } } } }`)).strategies;
    strategyId = strategy.id;
    goal1 = strategy.goals.find((g: { number: number }) => g.number === 1).id;
    measure11 = strategy.goals[0].measures.find((m: { code: string }) => m.code === '1-1').id;
    shoko = strategy.departments.find((d: { name: string }) => d.name === '商工課').id;
  });
  afterAll(() => server?.stop());

  it('drafts the four additions from FY2026, lists them as 新設 under their goal and measure, and writes them on adoption', async () => {
    const draft = ok(await planning.gql(CREATE, { s: strategyId, input: { title: '新たな施策の追加', effectiveFiscalYear: 2026, reason: '中間見直し' } })).createPlanRevision;
    const item = (input: Record<string, unknown>) => planning.gql(ITEM, { input: { revisionId: draft.id, ...input } });
    expect(ok(await item({ subjectType: 'MEASURE', parentId: goal1, code: '1-9', title: 'スタートアップの創出' })).proposePlanItem).toMatchObject({ action: 'ADD', subject: '施策 1-9 スタートアップの創出' });
    expect(ok(await item({ subjectType: 'POLICY', parentId: measure11, title: '半導体関連産業の誘致' })).proposePlanItem.subject).toBe('具体的な施策 半導体関連産業の誘致');
    expect(ok(await item({ subjectType: 'PROJECT', parentId: measure11, title: '創業支援補助金', departmentIds: [shoko] })).proposePlanItem.subject).toBe('主な事業 創業支援補助金');
    const kgi = {
      revisionId: draft.id,
      goalId: goal1,
      key: 'KGI-1b',
      name: '市内の新規創業件数',
      unit: '件',
      targetKind: 'LEVEL',
      direction: 'HIGHER_IS_BETTER',
      targetValue: 60,
      targetText: '60 件',
      baselineValue: 45,
      baselineText: '45 件',
      departmentIds: [],
    };
    expect(ok(await planning.gql(KGI, { input: kgi })).proposeIndicator.subject).toBe('KGI-1b 市内の新規創業件数');

    const rows = ok(await planning.gql(COMPARE, { s: strategyId, r: draft.id })).strategy.planComparison;
    expect(rows).toEqual(
      expect.arrayContaining([
        { goalNumber: 1, measureCode: '1-9', subjectType: 'MEASURE', subject: '施策 1-9 スタートアップの創出', fieldLabel: '新設', before: '–', after: '（新設）' },
        { goalNumber: 1, measureCode: '1-1', subjectType: 'POLICY', subject: '具体的な施策 半導体関連産業の誘致', fieldLabel: '新設', before: '–', after: '（新設）' },
        { goalNumber: 1, measureCode: '1-1', subjectType: 'PROJECT', subject: '主な事業 創業支援補助金', fieldLabel: '新設', before: '–', after: '（新設）' },
        { goalNumber: 1, measureCode: null, subjectType: 'INDICATOR', subject: 'KGI-1b 市内の新規創業件数', fieldLabel: '新設', before: '–', after: '（新設）' },
      ]),
    );
    expect(rows).toHaveLength(4);

    ok(await planning.gql(ADOPT, { id: draft.id, v: draft.version }));
    const goal = ok(await planning.gql(PLAN, { s: strategyId })).strategy.goals.find((g: { number: number }) => g.number === 1);
    expect(goal.kgis).toContainEqual({ key: 'KGI-1b', startFY: 2026 });
    expect(goal.measures[goal.measures.length - 1]).toMatchObject({ code: '1-9', title: 'スタートアップの創出', policies: [], projects: [] });
    const m11 = goal.measures.find((m: { code: string }) => m.code === '1-1');
    expect(m11.policies[m11.policies.length - 1]).toEqual({ ordinal: m11.policies.length, title: '半導体関連産業の誘致' });
    expect(m11.projects[m11.projects.length - 1]).toEqual({ name: '創業支援補助金', sinceFY: 2026, departments: [{ name: '商工課' }] });
    // The KGI is the plan's from FY2026: not in FY2025's.
    const keys = async (y: number) => ok(await planning.gql(IN_FORCE, { s: strategyId, y })).strategy.planInForce.indicators.map((i: { key: string }) => i.key);
    expect(await keys(2025)).not.toContain('KGI-1b');
    expect(await keys(2026)).toContain('KGI-1b');
  });

  it('refuses an addition it cannot make, naming the field', async () => {
    const draft = ok(await planning.gql(CREATE, { s: strategyId, input: { title: '検証', effectiveFiscalYear: 2026, reason: '検証' } })).createPlanRevision;
    const item = (input: Record<string, unknown>) => planning.gql(ITEM, { input: { revisionId: draft.id, title: '名称', ...input } });
    expect(refusal(await item({ subjectType: 'MEASURE', parentId: goal1, code: '1-1' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(refusal(await item({ subjectType: 'MEASURE', parentId: goal1 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(refusal(await item({ subjectType: 'MEASURE', parentId: measure11, code: '1-8' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusal(await item({ subjectType: 'PROJECT', parentId: measure11, title: '創業支援補助金' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(refusal(await item({ subjectType: 'PROJECT', parentId: measure11, title: '新事業', sinceFY: 1999 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'sinceFY' });
    expect(refusal(await item({ subjectType: 'PROJECT', parentId: measure11, title: '新事業', departmentIds: ['00000000-0000-4000-8000-000000000000'] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'departmentIds' });
    expect(refusal(await item({ subjectType: 'INDICATOR', parentId: measure11 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'subjectType' });
    expect(refusal(await item({ subjectType: 'POLICY', parentId: measure11, title: '  ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    const both = { revisionId: draft.id, goalId: goal1, measureId: measure11, key: 'X-1', name: 'x', unit: '件', targetKind: 'LEVEL', direction: 'HIGHER_IS_BETTER', targetText: '1', baselineText: '0', departmentIds: [] };
    expect(refusal(await planning.gql(KGI, { input: both }))).toEqual({ code: 'BAD_USER_INPUT', field: 'measureId' });
    const [{ count }] = await server.db.dataSource.query(`SELECT count(*)::int AS count FROM plan_change WHERE revision_id = $1`, [draft.id]);
    expect(count).toBe(0);
  });
});
