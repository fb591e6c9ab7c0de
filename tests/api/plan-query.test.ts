import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans, startTestServer, type TestServer } from '../support/server.js';
import { STRATEGIES, WHOLE_PLAN } from './plan-query.graphql.js';

type I = {
  id: string; key: string; kind: string; name: string; unit: string; relisted: boolean; targetKind: string; direction: string;
  dataSource: string | null; departmentsNote: string | null; departments: { name: string }[];
  baseline: { value: number | null; label: string | null; text: string; note: string | null };
  target: { value: number | null; fiscalYear: number; text: string };
};

describe('the Yonezawa plan over GraphQL', () => {
  let server: TestServer;
  let strategy: any;
  let kpiRows: (I & { measure: string })[];
  const byName = (name: string) => kpiRows.find((k) => k.name === name)!;

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa] });
    const { data } = await server.gql(STRATEGIES);
    const res = await server.gql(WHOLE_PLAN, { id: data.strategies[0].id });
    expect(res.errors).toBeUndefined();
    strategy = res.data.strategy;
    kpiRows = strategy.goals.flatMap((g: any) => g.measures.flatMap((m: any) => m.indicators.map((i: I) => ({ ...i, measure: m.code }))));
  });
  afterAll(() => server?.stop());

  it('lists the strategy with its period', async () => {
    expect(strategy).toMatchObject({ title: '米沢市デジタル田園都市構想総合戦略', periodStartFY: 2024, periodEndFY: 2027 });
  });

  it('has 4 goals, 17 measures 1-1…4-7, 4 KGIs and 49 KPI rows (47 KPIs, 2 of them 【再掲】)', () => {
    expect(strategy.goals.map((g: any) => g.number)).toEqual([1, 2, 3, 4]);
    expect(strategy.goals[3].title).toBe('住み続けたいと思える、魅力的で持続可能な「まち」づくりを推進します');
    const codes = strategy.goals.flatMap((g: any) => g.measures.map((m: any) => m.code));
    expect(codes).toEqual(['1-1', '1-2', '1-3', '1-4', '2-1', '2-2', '2-3', '3-1', '3-2', '3-3', '4-1', '4-2', '4-3', '4-4', '4-5', '4-6', '4-7']);
    expect(strategy.goals.flatMap((g: any) => g.kgis)).toHaveLength(4);
    expect(kpiRows).toHaveLength(49);
    expect(new Set(kpiRows.map((k) => k.id)).size).toBe(47);
    expect(kpiRows.filter((k) => k.relisted).map((k) => [k.measure, k.name])).toEqual([
      ['2-1', '学生と地元企業のマッチングを目的としたセミナー・ガイダンス・イベント参加人数'],
      ['4-6', '道の駅米沢への来場者数'],
    ]);
  });

  it('keeps a 【再掲】 KPI as one indicator under two measures', () => {
    const rows = kpiRows.filter((k) => k.name === '道の駅米沢への来場者数');
    expect(rows.map((r) => [r.measure, r.relisted])).toEqual([['2-2', false], ['4-6', true]]);
    expect(rows[0].id).toBe(rows[1].id);
  });

  it('transcribes values, kinds and departments exactly', () => {
    expect(byName('市内企業と山形大学工学部教員の共同研究数')).toMatchObject({
      unit: '件', targetKind: 'CUMULATIVE', direction: 'HIGHER_IS_BETTER', departments: [{ name: '商工課' }],
      target: { value: 100, fiscalYear: 2027, text: '延べ 100 件' },
      baseline: { value: 21, label: 'R4年度', text: '21 件/年' },
    });
    expect(byName('TEAM NEXT YONEZAWA の登録数')).toMatchObject({
      targetKind: 'LEVEL', departments: [{ name: '商工課' }, { name: '魅力推進課' }],
      target: { value: 295 }, baseline: { value: 215, label: '~R4.10' },
    });
    // A continuation row inherits the group's departments.
    expect(byName('付加価値額')).toMatchObject({ departments: [{ name: '商工課' }, { name: '魅力推進課' }], dataSource: '経済構造実態調査', target: { value: 1650 } });
    expect(byName('本市への新たな企業立地件数')).toMatchObject({ baseline: { value: null, label: null }, target: { value: 4 } });
    expect(byName('本市への新たな企業立地件数').baseline.note).toMatch(/米沢八幡原中核工業団地/);
    expect(byName('市街地中心部の文化施設利用者数')).toMatchObject({ unit: '人', target: { value: 1700000, text: '延べ 170 万人' }, baseline: { value: 365458 } });
    expect(byName('各年10月1日の待機児童数')).toMatchObject({ direction: 'LOWER_IS_BETTER', target: { value: 0 }, baseline: { value: 1, label: 'R5年度' } });
    expect(byName('乳児家庭全戸訪問事業')).toMatchObject({ targetKind: 'MAINTAIN', target: { value: 100 }, baseline: { value: 100 } });
    expect(byName('置賜地域移住交流推進協議会と連携した移住希望者に対するセミナー開催数')).toMatchObject({
      targetKind: 'AT_LEAST_BASELINE', target: { value: null, text: '基準値以上' }, baseline: { value: 1 },
      departments: [{ name: '地域振興課' }, { name: '観光課' }],
    });
    expect(byName('特定健診受診率')).toMatchObject({ unit: '%', targetKind: 'LEVEL', target: { value: 60, text: '60.0%以上' }, baseline: { value: 47.9, label: 'R3年度' } });
  });

  it('splits the 小学校/中学校 KPI into two indicators', () => {
    const rows = kpiRows.filter((k) => k.name.startsWith('地域や社会をよくするために何かしてみたいと思う子どもの割合'));
    expect(rows.map((r) => [r.name, r.target.value, r.baseline.value])).toEqual([
      ['地域や社会をよくするために何かしてみたいと思う子どもの割合（小学校）', 82, 79.5],
      ['地域や社会をよくするために何かしてみたいと思う子どもの割合（中学校）', 70, 66.6],
    ]);
  });

  it('gives goal 4 its KGI and its KPIs with targets', () => {
    const goal4 = strategy.goals[3];
    expect(goal4.kgis[0]).toMatchObject({
      kind: 'KGI', name: '将来も住み続けたいと思える市民の割合', departments: [{ name: '政策企画課' }],
      target: { value: 50 }, baseline: { value: 40.4, label: 'R5年度' },
    });
    const co2 = goal4.measures.find((m: any) => m.code === '4-5').indicators;
    expect(co2.map((i: I) => [i.name, i.target.text, i.direction])).toEqual([
      ['再生可能エネルギー設備導入量', '47.9MW', 'HIGHER_IS_BETTER'],
      ['太陽光発電設備導入住宅戸数', '1,062 戸', 'HIGHER_IS_BETTER'],
      ['CO ₂ 排出量', '586.2 千 t-CO ₂', 'LOWER_IS_BETTER'],
    ]);
    const kgi3 = strategy.goals[2].kgis[0];
    expect(kgi3).toMatchObject({ name: '合計特殊出生率', departments: [], departmentsNote: '各課等', target: { value: 1.5 } });
    expect(strategy.goals[1].kgis[0]).toMatchObject({ target: { value: 0 }, baseline: { value: -684, label: 'R5年' } });
  });

  it('lists policies, projects with start years and 【再掲】 projects', () => {
    const m11 = strategy.goals[0].measures[0];
    expect(m11.policies.map((p: any) => [p.ordinal, p.title])).toEqual([[1, '山形大学工学部等の機能を活用した産業の活性化'], [2, '企業立地の促進']]);
    expect(m11.policies[1].bullets).toHaveLength(2);
    expect(m11.projects).toContainEqual({ name: '(仮称) 新産業団地整備事業', sinceFY: 2024, relisted: false, departments: [{ name: '商工課' }] });
    const m47 = strategy.goals[3].measures[6];
    expect(m47.projects.filter((p: any) => p.relisted).map((p: any) => p.name)).toEqual(['除雪車運行管理システム導入事業']);
    const shared = strategy.goals[3].measures[3].projects.find((p: any) => p.name === '地域の支え合いによる除排雪推進事業');
    expect(shared.departments).toEqual([{ name: 'コミュニティ推進課' }, { name: '土木課' }]);
    expect(strategy.departments.map((d: any) => d.name)).toEqual(expect.arrayContaining(['商工課', '政策企画課', '環境課', '市立病院総務課']));
  });

  it('answers indicator(id) with the measures listing it', async () => {
    const id = byName('学生と地元企業のマッチングを目的としたセミナー・ガイダンス・イベント参加人数').id;
    const res = await server.gql(`query($id: ID!) { indicator(id: $id) { name relisted targetKind goal { number } measures { code } } }`, { id });
    expect(res.data.indicator).toEqual({
      name: '学生と地元企業のマッチングを目的としたセミナー・ガイダンス・イベント参加人数', relisted: false, targetKind: 'CUMULATIVE',
      goal: { number: 1 }, measures: [{ code: '1-4' }, { code: '2-1' }],
    });
  });

  it('answers an unknown id with NOT_FOUND naming it, and a malformed one with BAD_USER_INPUT naming the argument', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await server.gql(`query($id: ID!) { indicator(id: $id) { id } }`, { id: unknown });
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/「.*」は見つかりません \/ Indicator ".*" does not exist$/),
        extensions: expect.objectContaining({ code: 'NOT_FOUND', id: unknown }),
      }),
    ]);
    for (const [field, id] of [['strategy', 'not-an-id'], ['measure', "1'; drop table measure; --"]]) {
      const malformed = await server.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
      expect(malformed.data).toBeUndefined();
      expect(malformed.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }) })]);
      expect(malformed.errors![0].message).not.toContain(id);
    }
  });
});
