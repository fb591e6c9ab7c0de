import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFY2024, enterFY2025, type ClosedYear } from '../support/closed-year.js';
import { plans, startTestServer, type ApiSession, type GraphQLResponse, type TestServer } from '../support/server.js';

const CREATE = `mutation($s: ID!, $input: PlanRevisionInput!) { createPlanRevision(strategyId: $s, input: $input) { id number state version effectiveFiscalYear } }`;
const SET = `mutation($input: SetPlanChangeInput!) { setPlanChange(input: $input) { id field fieldLabel before after beforeText afterText reason } }`;
const ADOPT = `mutation($id: ID!, $v: Int!) { adoptPlanRevision(id: $id, expectedVersion: $v) { id state adoptedSeq version } }`;
const DISCARD = `mutation($id: ID!, $v: Int!) { discardPlanRevision(id: $id, expectedVersion: $v) { id state version } }`;
const PROGRESS = `query($id: ID!, $y: Int!) { indicator(id: $id) { progress(fiscalYear: $y) { pathTarget finalRate rate grade } } }`;
const IN_FORCE = `query($s: ID!, $v: PlanVersionInput) { strategy(id: $s) { planInForce(version: $v) { fiscalYear strategy { periodEndFY } indicators { id target { value text } retiredFromFY } } } }`;
const COMPARE = `query($s: ID!, $from: PlanVersionInput!, $to: PlanVersionInput!) { strategy(id: $s) { planComparison(from: $from, to: $to) { goalNumber measureCode subjectType subject fieldLabel before after reason } } }`;

const ok = <T>(res: GraphQLResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

describe('plan revisions (改訂)', () => {
  let server: TestServer;
  const as: Record<string, ApiSession> = {};
  let year: ClosedYear;
  let kpi: string;
  let retired: string;
  let fy2024Before: { pathTarget: number; finalRate: number; rate: number; grade: string };
  let originalTarget: number;

  const revise = async (effectiveFiscalYear: number, title: string, changes: { subjectType: string; subjectId: string; field: string; value: unknown; reason?: string }[]) => {
    const revision = ok(await as.planning.gql(CREATE, { s: year.strategyId, input: { title, effectiveFiscalYear, decidedBy: '行政経営市民会議 R7.5 報告', decidedOn: '2025-05-30', reason: '実績が目標を大きく上回ったため' } })).createPlanRevision;
    for (const c of changes) ok(await as.planning.gql(SET, { input: { revisionId: revision.id, ...c, value: JSON.stringify(c.value) } }));
    return revision as { id: string; version: number; number: number };
  };
  const progress = async (id: string, y: number) => ok(await as.planning.gql(PROGRESS, { id, y })).indicator.progress;
  const inForce = async (version: Record<string, unknown> | null) => ok(await as.planning.gql(IN_FORCE, { s: year.strategyId, v: version })).strategy.planInForce;

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    for (const [who, email] of [['planning', 'planning@example.jp'], ['shoko', 'shoko@example.jp'], ['council', 'council@example.jp']]) {
      as[who] = server.session();
      await as[who].signIn(email);
    }
    year = await closeFY2024(server, as);
    await enterFY2025(as, year);
    kpi = year.kpi.accepted;
    retired = year.kpi.late;
    fy2024Before = await progress(kpi, 2024);
    originalTarget = (await inForce(null)).indicators.find((i: any) => i.id === kpi).target.value;
  });
  afterAll(() => server?.stop());

  it('raises a KPI’s target from FY2025 with a reason: FY2024 keeps its grade, FY2025 is judged against the new target', async () => {
    const fy2025Before = await progress(kpi, 2025);
    const revision = await revise(2025, '第1次改訂', [
      { subjectType: 'INDICATOR', subjectId: kpi, field: 'targetValue', value: 50_000 },
      { subjectType: 'INDICATOR', subjectId: kpi, field: 'targetText', value: '50,000', reason: 'R6年度に当初目標を達成したため上方修正' },
    ]);
    // A draft changes nothing yet.
    expect(await progress(kpi, 2025)).toEqual(fy2025Before);
    const adopted = ok(await as.planning.gql(ADOPT, { id: revision.id, v: revision.version })).adoptPlanRevision;
    expect(adopted).toMatchObject({ state: 'ADOPTED', adoptedSeq: 1 });

    expect(await progress(kpi, 2024)).toEqual(fy2024Before);
    const fy2025 = await progress(kpi, 2025);
    expect(fy2025.pathTarget).toBeGreaterThan(fy2025Before.pathTarget);
    expect(fy2025.finalRate).toBeLessThan(fy2025Before.finalRate);

    // What each year is judged by, for the client's chart and yearly table: the target then.
    const { indicator: rules } = ok(await as.council.gql(`query($id: ID!) { indicator(id: $id) { yearRules { fiscalYear targetValue } } }`, { id: kpi }));
    expect(rules.yearRules.slice(0, 2)).toEqual([
      { fiscalYear: 2024, targetValue: originalTarget },
      { fiscalYear: 2025, targetValue: 50_000 },
    ]);

    const fy2024Plan = await inForce({ fiscalYear: 2024 });
    expect(fy2024Plan.indicators.find((i: any) => i.id === kpi).target.value).toBe(originalTarget);
    expect((await inForce(null)).indicators.find((i: any) => i.id === kpi).target).toEqual({ value: 50_000, text: '50,000' });

    const { indicator } = ok(await as.council.gql(`query($id: ID!) { indicator(id: $id) { history { field before after reason revision { number title effectiveFiscalYear } } } }`, { id: kpi }));
    expect(indicator.history).toEqual([
      { field: 'targetValue', before: String(originalTarget), after: '50000', reason: null, revision: { number: 1, title: '第1次改訂', effectiveFiscalYear: 2025 } },
      expect.objectContaining({ field: 'targetText', after: '"50,000"', reason: 'R6年度に当初目標を達成したため上方修正' }),
    ]);
  });

  it('a closed review keeps the plan it closed with, even under a revision in force from its own year', async () => {
    const revision = await revise(2024, '基準値の補正', [{ subjectType: 'INDICATOR', subjectId: kpi, field: 'baselineValue', value: 0 }]);
    ok(await as.planning.gql(ADOPT, { id: revision.id, v: revision.version }));
    expect(await progress(kpi, 2024)).toEqual(fy2024Before);
    // FY2025 is still open: it reads the corrected baseline.
    expect((await inForce({ fiscalYear: 2025 })).indicators.find((i: any) => i.id === kpi)).toBeTruthy();
  });

  it('retires a KPI from FY2026 (its history stays) and extends the period to R10', async () => {
    const revision = await revise(2026, '計画期間の延長', [
      { subjectType: 'INDICATOR', subjectId: retired, field: 'retiredFromFY', value: 2026, reason: '統計の廃止により把握できなくなったため' },
      { subjectType: 'STRATEGY', subjectId: year.strategyId, field: 'periodEndFY', value: 2028 },
    ]);
    ok(await as.planning.gql(ADOPT, { id: revision.id, v: revision.version }));
    const fy2025 = await inForce({ fiscalYear: 2025 });
    const fy2026 = await inForce({ fiscalYear: 2026 });
    expect(fy2025.strategy.periodEndFY).toBe(2027);
    expect(fy2026.strategy.periodEndFY).toBe(2028);
    expect(fy2025.indicators.find((i: any) => i.id === retired).retiredFromFY).toBeNull();
    expect(fy2026.indicators.find((i: any) => i.id === retired).retiredFromFY).toBe(2026);
    // Retired from FY2026: the measure's roll-up in FY2026 no longer counts it; FY2025's still does.
    const ROLL_UP = `query($m: ID!, $y: Int!) { measure(id: $m) { progress(fiscalYear: $y) { indicators } } }`;
    const counted = async (y: number) => ok(await as.planning.gql(ROLL_UP, { m: year.measureId, y })).measure.progress.indicators;
    expect(await counted(2026)).toBe((await counted(2025)) - 1);
    expect((await progress(retired, 2025)).grade).toBeTruthy();
  });

  it('adds a KPI from FY2025: absent from the plan of FY2024, its path and 延べ sum starting in FY2025', async () => {
    const revision = await revise(2025, '指標の追加', []);
    const PROPOSE = `mutation($input: ProposeIndicatorInput!) { proposeIndicator(input: $input) { id subjectId action fieldLabel } }`;
    const input = {
      revisionId: revision.id, measureId: year.measureId, key: '9-9-9', name: '創業支援による新規開業数（延べ）', unit: '件',
      targetKind: 'CUMULATIVE', direction: 'HIGHER_IS_BETTER', targetValue: 30, targetText: '延べ 30 件', baselineValue: null, baselineText: '–',
      departmentIds: [year.shokoId], reason: '市民会議の意見を受けて追加',
    };
    const taken = await as.planning.gql(PROPOSE, { input: { ...input, key: (await inForce(null)).indicators.find((i: any) => i.id === kpi).key ?? '' } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'key' });
    const proposed = ok(await as.planning.gql(PROPOSE, { input })).proposeIndicator;
    expect(proposed).toMatchObject({ action: 'ADD', fieldLabel: '新設' });
    const ROLL_UP = `query($m: ID!, $y: Int!) { measure(id: $m) { progress(fiscalYear: $y) { indicators } } }`;
    const counted = async (y: number) => ok(await as.planning.gql(ROLL_UP, { m: year.measureId, y })).measure.progress.indicators;
    const [in2024, in2025] = [await counted(2024), await counted(2025)];
    ok(await as.planning.gql(ADOPT, { id: revision.id, v: (await as.planning.gql(`query($id: ID!) { planRevision(id: $id) { version } }`, { id: revision.id })).data.planRevision.version }));

    const added = proposed.subjectId;
    expect((await inForce({ fiscalYear: 2024 })).indicators.some((i: any) => i.id === added)).toBe(false);
    expect((await inForce({ fiscalYear: 2025 })).indicators.some((i: any) => i.id === added)).toBe(true);
    const { indicator } = ok(
      await as.planning.gql(`query($id: ID!) { indicator(id: $id) { key startFY departments { name } before: progress(fiscalYear: 2024) { reason } first: progress(fiscalYear: 2025) { reason } } }`, { id: added }),
    );
    // Its path (and 延べ sum) starts in FY2025: FY2024 lies outside it, FY2025 waits for its figure.
    expect(indicator).toMatchObject({ key: '9-9-9', startFY: 2025, departments: [{ name: '商工課' }], before: { reason: 'OUTSIDE_PERIOD' }, first: { reason: 'NO_ACTUAL' } });
    expect(await counted(2024)).toBe(in2024);
    expect(await counted(2025)).toBe(in2025 + 1);
  });

  it('the 新旧対照表 between the plan of FY2024 and today lists exactly those changes, grouped by measure, with their reasons', async () => {
    const rows = ok(await as.council.gql(COMPARE, { s: year.strategyId, from: { fiscalYear: 2024 }, to: {} })).strategy.planComparison;
    const listed = rows.map((r: any) => [r.subjectType, r.fieldLabel, r.before, r.after]);
    expect(listed[0]).toEqual(['STRATEGY', '計画期間の最終年度', '令和9年度', '令和10年度']);
    expect(listed).toHaveLength(5);
    expect(listed).toEqual(
      expect.arrayContaining([
        ['INDICATOR', '目標値', expect.any(String), '50,000'],
        ['INDICATOR', '目標値（表記）', expect.any(String), '50,000'],
        ['INDICATOR', '廃止（年度から）', '（存続）', '令和8年度'],
        ['INDICATOR', '新設', '–', '（新設）'],
      ]),
    );
    const [first] = ok(await as.planning.gql(`query($s: ID!) { strategy(id: $s) { revisions { id number } } }`, { s: year.strategyId })).strategy.revisions;
    const ofFirst = ok(await as.council.gql(COMPARE, { s: year.strategyId, from: { beforeRevisionId: first.id }, to: { revisionId: first.id } })).strategy.planComparison;
    expect(ofFirst.map((r: any) => r.fieldLabel)).toEqual(['目標値', '目標値（表記）']);
    expect(rows.find((r: any) => r.fieldLabel === '目標値（表記）').reason).toBe('R6年度に当初目標を達成したため上方修正');
    expect(rows.find((r: any) => r.fieldLabel === '目標値').reason).toBe('実績が目標を大きく上回ったため');
    expect(rows.filter((r: any) => r.subjectType === 'INDICATOR').every((r: any) => r.measureCode && r.goalNumber)).toBe(true);
    const WORKBOOK = `query($s: ID!, $from: PlanVersionInput!, $to: PlanVersionInput!) { strategy(id: $s) { planComparisonWorkbook(from: $from, to: $to) } }`;
    const base64 = ok(await as.council.gql(WORKBOOK, { s: year.strategyId, from: { fiscalYear: 2024 }, to: {} })).strategy.planComparisonWorkbook;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
    const sheet = workbook.getWorksheet('新旧対照表')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('令和6年度の計画 → 現行の計画');
    expect(sheet.getRow(3).values).toEqual([undefined, '基本目標', '施策', '項目', '変更箇所', '改訂前', '改訂後', '理由']);
    const sheetRows = [...Array(sheet.rowCount - 3).keys()].map((k) => (sheet.getRow(k + 4).values as unknown[]).slice(4, 7));
    expect(sheetRows).toEqual(rows.map((r: any) => [r.fieldLabel, r.before, r.after]));
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:3' });
    // The baseline correction is in force from FY2024 itself: no difference between the two.
    expect(rows.some((r: any) => r.fieldLabel === '基準値')).toBe(false);
  });

  it('previews a draft in the 新旧対照表 and discards it, changing nothing', async () => {
    const draft = await revise(2026, '取り下げる案', [{ subjectType: 'INDICATOR', subjectId: kpi, field: 'targetValue', value: 1 }]);
    const preview = ok(await as.planning.gql(COMPARE, { s: year.strategyId, from: {}, to: { revisionId: draft.id } })).strategy.planComparison;
    expect(preview.map((r: any) => [r.fieldLabel, r.before, r.after])).toEqual([['目標値', '50,000', '1']]);
    const since = ok(await as.council.gql(COMPARE, { s: year.strategyId, from: { beforeRevisionId: draft.id }, to: { revisionId: draft.id } })).strategy.planComparison;
    expect(since).toEqual(preview);
    const discarded = ok(await as.planning.gql(DISCARD, { id: draft.id, v: draft.version })).discardPlanRevision;
    expect(discarded.state).toBe('DISCARDED');
    expect((await inForce(null)).indicators.find((i: any) => i.id === kpi).target.value).toBe(50_000);
    const again = await as.planning.gql(SET, { input: { revisionId: draft.id, subjectType: 'INDICATOR', subjectId: kpi, field: 'targetValue', value: '2' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATE', state: 'DISCARDED' });
  });

  it('drafted from an improvement action, a draft shows the grades it would change, the threads and actions it touches', async () => {
    const draft = await revise(2025, '改善アクションへの対応', [{ subjectType: 'INDICATOR', subjectId: kpi, field: 'targetValue', value: 1000 }]);
    const LINK = `mutation($r: ID!, $a: ID) { linkPlanRevision(revisionId: $r, actionId: $a) { id } }`;
    ok(await as.planning.gql(LINK, { r: draft.id, a: year.actionId }));
    ok(await as.planning.gql(LINK, { r: draft.id, a: year.actionId }));
    expect((await as.planning.gql(`mutation($r: ID!) { linkPlanRevision(revisionId: $r) { id } }`, { r: draft.id })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actionId' });
    const EFFECTS = `query($id: ID!) { planRevision(id: $id) { answersActions { id description } touchedThreads { id indicator { id } }
      gradeEffects { fiscalYear subjectType subjectId gradeBefore gradeAfter } } }`;
    const { planRevision } = ok(await as.planning.gql(EFFECTS, { id: draft.id }));
    expect(planRevision.answersActions).toEqual([{ id: year.actionId, description: '集計方法を公表する' }]);
    // FY2025's thread on the KPI is open; FY2024's was resolved.
    expect(planRevision.touchedThreads.map((t: any) => t.indicator.id)).toEqual([kpi]);
    // FY2025 is under review: its grade moves with the target; FY2024 is closed and keeps its own.
    const onKpi = planRevision.gradeEffects.filter((e: any) => e.subjectType === 'INDICATOR');
    expect(onKpi).toEqual([expect.objectContaining({ fiscalYear: 2025, subjectId: kpi })]);
    expect(onKpi[0].gradeBefore).not.toBe(onKpi[0].gradeAfter);
    const council = await as.council.gql(`query($id: ID!) { planRevision(id: $id) { gradeEffects { fiscalYear } } }`, { id: draft.id });
    expect(council.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    ok(await as.planning.gql(DISCARD, { id: draft.id, v: draft.version }));
  });

  it('refuses what a revision cannot be, naming the field; only the planning division revises', async () => {
    const draft = await revise(2026, '検証用', []);
    const set = (input: Record<string, unknown>) => as.planning.gql(SET, { input: { revisionId: draft.id, subjectType: 'INDICATOR', subjectId: kpi, field: 'targetValue', value: '3', ...input } });
    expect((await set({ field: 'strategyId' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'field' });
    expect((await set({ value: '"多い"' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect((await set({ value: '{' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect((await set({ value: '50000' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect((await set({ subjectType: 'STRATEGY', subjectId: year.strategyId, field: 'periodEndFY', value: '2040' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect((await as.planning.gql(ADOPT, { id: draft.id, v: draft.version })).errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATE' });
    const bad = await as.planning.gql(CREATE, { s: year.strategyId, input: { title: ' ', effectiveFiscalYear: 2025, reason: 'x' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const late = await as.planning.gql(CREATE, { s: year.strategyId, input: { title: 't', effectiveFiscalYear: 2099, reason: 'x' } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveFiscalYear' });
    const byDepartment = await as.shoko.gql(CREATE, { s: year.strategyId, input: { title: 't', effectiveFiscalYear: 2025, reason: 'x' } });
    expect(byDepartment.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const signedOut = await server.gql(`query($s: ID!) { strategy(id: $s) { revisions { id } } }`, { s: year.strategyId });
    expect(signedOut.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const log = ok(await as.planning.gql(`query($id: ID) { auditLog(entityId: $id) { action } }`, { id: draft.id })).auditLog.map((e: any) => e.action);
    expect(log).toContain('planRevision.create');
  });
});
