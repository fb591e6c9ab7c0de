import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVE_CYCLE, OPEN_CYCLE, SUBMIT_ACTUAL } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const DETAILS = `query($id: ID!) { indicator(id: $id) {
  key unit startFY departments { name } departmentsNote rationale calculationMethod dataAvailability
  target { value text unit note } baseline { value label text unit }
  yearlyTargets { fiscalYear value text intermediate }
  y2026: progress(fiscalYear: 2026) { judgedAgainst pathTarget grade notGraded reason }
  y2027: progress(fiscalYear: 2027) { value judgedAgainst grade notGraded onTrack } } }`;

/** The small-city fixture's goal 3: what a real plan says of a target beyond one number. */
describe('target details from the plan file', () => {
  let server: TestServer;
  let kpis: Record<string, any>;
  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.smallCity] });
    const ds = server.db.dataSource;
    const [{ id }] = await ds.query(`SELECT id FROM strategy WHERE key = 'sample-town-2025'`);
    for (const fy of [2026, 2027]) {
      // Published, so that the signed-out reading below counts its accepted figures (what it tests is the path, not 公開).
      const [{ id: cycleId }] = await ds.query(`INSERT INTO review_cycle (strategy_id, fiscal_year, state, version, published_at) VALUES ($1, $2, 'REVIEWING', 1, now()) RETURNING id`, [id, fy]);
      // 家庭学習 67.5 % in FY2026 and 71 % in FY2027; the library lends 10,400 books in its first year.
      for (const [key, value] of [['3-1-1', fy === 2026 ? 67.5 : 71], ['3-1-2', fy === 2026 ? null : 10400]] as const) {
        await ds.query(
          `INSERT INTO actual (cycle_id, indicator_id, fiscal_year, value, not_known_reason, status, version) SELECT $1, id, $3, $4, $5, 'ACCEPTED', 1 FROM indicator WHERE key = $2`,
          [cycleId, key, fy, value, value === null ? '開館前' : null],
        );
      }
    }
    kpis = {};
    for (const { id: indicatorId, key } of await ds.query(`SELECT id, key FROM indicator WHERE key LIKE '3-1-%'`)) {
      const { data, errors } = await server.gql(DETAILS, { id: indicatorId });
      expect(errors).toBeUndefined();
      kpis[key] = data.indicator;
    }
  });
  afterAll(() => server?.stop());

  it('serves the notes, units, yearly and intermediate targets as the plan gives them; no department, only a note', () => {
    expect(kpis['3-1-1']).toMatchObject({
      departments: [],
      departmentsNote: '各小学校',
      target: { value: 75, text: '75%以上', unit: '%', note: '県平均を上回る水準として設定' },
      baseline: { value: 62, label: 'R6.10時点', unit: '%' },
      yearlyTargets: [{ fiscalYear: 2027, value: 70, text: '70%以上', intermediate: true }],
      rationale: '学力調査で家庭学習と正答率の相関が確認されたため',
      calculationMethod: '児童質問紙で「毎日1時間以上」と答えた割合',
      dataAvailability: '翌年度8月（全国学力・学習状況調査の公表後）',
      startFY: null,
    });
    expect(kpis['3-1-2']).toMatchObject({
      startFY: 2027,
      target: { unit: '冊（延べ）', text: '延べ 30,000 冊' },
      baseline: { unit: '冊/年', text: '9,000 冊/年' },
      yearlyTargets: [
        { fiscalYear: 2027, value: 10000, intermediate: false },
        { fiscalYear: 2028, value: 20000, intermediate: false },
      ],
    });
  });

  it('runs the path through the intermediate target', () => {
    // 62 % (FY2024) → 70 % in FY2027: FY2026 expects 62 + 8 × 2/3.
    expect(kpis['3-1-1'].y2026.judgedAgainst).toBeCloseTo(67.333, 3);
    expect(kpis['3-1-1'].y2026.grade).toBe('S');
    expect(kpis['3-1-1'].y2027).toMatchObject({ value: 71, judgedAgainst: 70, grade: 'S', onTrack: true });
  });

  it('starts a later KPI’s path and 延べ sum in its own first year', () => {
    expect(kpis['3-1-2'].y2026).toMatchObject({ reason: 'OUTSIDE_PERIOD', notGraded: 'NOT_STARTED', judgedAgainst: null });
    // The year before the start does not count towards the sum: 10,400 against the first yearly target 10,000.
    expect(kpis['3-1-2'].y2027).toMatchObject({ value: 10400, judgedAgainst: 10000, grade: 'S', onTrack: true });
  });
});

const SAVE = `mutation($input: SaveActualInput!) { saveActual(input: $input) { id value valueBound periodFiscalYear periodLabel notGraded notKnownReason version } }`;
const PROGRESS = `query($id: ID!) { indicator(id: $id) { progress(fiscalYear: 2025) { fiscalYear judgedFiscalYear value judgedAgainst grade notGraded onTrack } } }`;

/** Yonezawa's FY2025 cycle: a department enters what it knows as it knows it. */
describe('late data, bounds and a declared not-graded year', () => {
  let server: TestServer;
  let planning: ApiSession;
  let shoko: ApiSession;
  let cycleId: string;
  const kpi: Record<string, string> = {};
  const save = (indicator: string, fields: Record<string, unknown>) => shoko.gql(SAVE, { input: { cycleId, indicatorId: kpi[indicator], ...fields } });
  const stored = async (indicator: string) =>
    server.db.dataSource.query(`SELECT value, value_bound, period_fiscal_year, period_label, not_graded, not_known_reason FROM actual WHERE indicator_id = $1`, [kpi[indicator]]);

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    planning = server.session();
    shoko = server.session();
    await planning.signIn('planning@example.jp');
    await shoko.signIn('shoko@example.jp');
    const { data } = await server.gql(`{ strategies { id goals { measures { indicators { id name } } } } }`);
    for (const g of data.strategies[0].goals) for (const m of g.measures) for (const i of m.indicators) kpi[i.name] = i.id;
    const opened = await planning.gql(OPEN_CYCLE, { strategyId: data.strategies[0].id, fiscalYear: 2025 });
    cycleId = opened.data.openReviewCycle.id;
    await planning.gql(MOVE_CYCLE, { id: cycleId, to: 'COLLECTING', v: opened.data.openReviewCycle.version });
  });
  afterAll(() => server?.stop());

  it('a figure describing the year before is kept with its period and judged as that year’s', async () => {
    const saved = await save('付加価値額', { value: '1,450', periodFiscalYear: 2024, periodLabel: 'R6年度（経済センサス）' });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveActual).toMatchObject({ value: 1450, periodFiscalYear: 2024, periodLabel: 'R6年度（経済センサス）', valueBound: null });
    await shoko.gql(SUBMIT_ACTUAL, { id: saved.data.saveActual.id, v: saved.data.saveActual.version });
    // 1,383 → 1,650 by FY2027: FY2024's expected value is 1,449.75, FY2025's 1,516.5.
    const { data } = await shoko.gql(PROGRESS, { id: kpi['付加価値額'] });
    expect(data.indicator.progress).toEqual({ fiscalYear: 2025, judgedFiscalYear: 2024, value: 1450, judgedAgainst: 1449.75, grade: 'A', notGraded: null, onTrack: true });
  });

  it('refuses a period after the cycle’s year or long before it, naming the field, and writes nothing', async () => {
    for (const periodFiscalYear of [2026, 2019]) {
      const res = await save('TEAM NEXT YONEZAWA の登録数', { value: '100', periodFiscalYear });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodFiscalYear' });
    }
    // An input rule (at most 40 characters) names its field too.
    const long = await save('TEAM NEXT YONEZAWA の登録数', { value: '100', periodLabel: 'R'.repeat(41) });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodLabel' });
    expect(await stored('TEAM NEXT YONEZAWA の登録数')).toEqual([]);
  });

  it('keeps a bound as written and judges at it', async () => {
    const saved = await save('TEAM NEXT YONEZAWA の登録数', { value: '２５０以上' });
    expect(saved.data.saveActual).toMatchObject({ value: 250, valueBound: 'AT_LEAST', periodFiscalYear: null });
    expect(await stored('TEAM NEXT YONEZAWA の登録数')).toEqual([expect.objectContaining({ value: '250', value_bound: 'AT_LEAST' })]);
  });

  it('a department declares the year not graded, with its reason; the grade is the scale’s label for it', async () => {
    const kpiName = '創業支援等事業計画に基づく創業者数';
    const noReason = await save(kpiName, { value: '20', notGraded: 'STOPPED' });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notKnownReason' });
    const planDecides = await save(kpiName, { value: '20', notGraded: 'NO_TARGET', notKnownReason: '目標なし' });
    expect(planDecides.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notGraded' });
    expect(await stored(kpiName)).toEqual([]);

    const declared = await save(kpiName, { value: '20', notGraded: 'CANNOT_JUDGE', notKnownReason: '統計の集計方法が変わり比較できない' });
    expect(declared.errors).toBeUndefined();
    expect(declared.data.saveActual).toMatchObject({ notGraded: 'CANNOT_JUDGE', notKnownReason: '統計の集計方法が変わり比較できない', periodFiscalYear: null });
    await shoko.gql(SUBMIT_ACTUAL, { id: declared.data.saveActual.id, v: declared.data.saveActual.version });
    // FY2024 has no figure, so a 延べ sum could not be read anyway; the department's own label is what shows.
    const { data } = await shoko.gql(PROGRESS, { id: kpi[kpiName] });
    expect(data.indicator.progress).toMatchObject({ grade: '–', notGraded: 'CANNOT_JUDGE', onTrack: null });
  });
});
