import { defaultReportConfig } from '@kaizen/shared';
import { expect } from 'vitest';
import {
  ACCEPT_ACTUAL,
  ACCEPT_REPORT,
  CREATE_ACTION,
  MOVE_CYCLE,
  RESOLVE_THREAD,
  RESPOND,
  SAVE_ACTUAL,
  SAVE_REPORT,
  START_THREAD,
  SUBMIT_ACTUAL,
  SUBMIT_REPORT,
  UPDATE_ACTION,
  openCycleAt,
} from './review-ops.js';
import type { ApiSession, GraphQLResponse, TestServer } from './server.js';

/**
 * A whole FY2024 review of one 商工課 measure, closed, and then FY2025 entered on the same KPIs:
 * what a closed cycle's pages must keep showing as it was (tests/api/closed-cycle-frozen.test.ts,
 * tests/browser/closed-cycle-frozen.test.ts).
 */
export type ClosedYear = {
  strategyId: string;
  measureId: string;
  goalId: string;
  shokoId: string;
  /** 商工課's own KPIs of the measure: accepted, submitted and never accepted, and one FY2025 enters a late R6 figure for. */
  kpi: { accepted: string; submitted: string; late: string };
  fy2024: { id: string };
  threadId: string;
  actionId: string;
};

const ok = <T>(res: GraphQLResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

export const FY2024_VALUES = { accepted: '1,234', submitted: '2,345', late: '3,456' };
export const FY2025_VALUES = { accepted: '9,876', submitted: '8,765', late: '7,654' };

/** Signed in as planning@, shoko@ and council@ (sampleSessions). */
type Sessions = Record<string, ApiSession>;

async function enter(as: Sessions, cycleId: string, indicatorId: string, value: string, accept: boolean, extra: Record<string, unknown> = {}) {
  const saved = ok(await as.shoko.gql(SAVE_ACTUAL, { input: { cycleId, indicatorId, value, ...extra } })).saveActual;
  const submitted = ok(await as.shoko.gql(SUBMIT_ACTUAL, { id: saved.id, v: saved.version })).submitActual;
  if (accept) ok(await as.planning.gql(ACCEPT_ACTUAL, { id: submitted.id, v: submitted.version }));
}

async function report(as: Sessions, cycleId: string, measureId: string, whatWasDone: string, nextDirection: string) {
  const saved = ok(await as.shoko.gql(SAVE_REPORT, { input: { cycleId, measureId, whatWasDone, issues: '担い手の確保', nextDirection, selfGrade: 'B' } })).saveMeasureReport;
  const submitted = ok(await as.shoko.gql(SUBMIT_REPORT, { id: saved.id, v: saved.version })).submitMeasureReport;
  ok(await as.planning.gql(ACCEPT_REPORT, { id: submitted.id, v: submitted.version }));
}

async function move(as: Sessions, cycle: { id: string; version: number }, to: string) {
  return ok(await as.planning.gql(MOVE_CYCLE, { id: cycle.id, to, v: cycle.version })).moveReviewCycle as { id: string; version: number; state: string };
}

/** FY2024 from opening to closing: figures, the report, a thread answered with an action, 総合評価. */
export async function closeFY2024(server: TestServer, as: Sessions): Promise<ClosedYear> {
  const { data } = await as.planning.gql(`{ strategies { id goals { id measures { id responsibleDepartments { id name } indicators { id departments { name } } } } } }`);
  const only = (ds: { name: string }[]) => ds.length === 1 && ds[0].name === '商工課';
  const goal = data.strategies[0].goals.find((g: any) => g.measures.some((m: any) => only(m.responsibleDepartments) && m.indicators.filter((i: any) => only(i.departments)).length >= 3));
  const measure = goal.measures.find((m: any) => only(m.responsibleDepartments) && m.indicators.filter((i: any) => only(i.departments)).length >= 3);
  const [accepted, submitted, late] = measure.indicators.filter((i: any) => only(i.departments)).map((i: any) => i.id);
  const strategyId = data.strategies[0].id;

  let cycle = await openCycleAt(as.planning, strategyId, 2024, 'COLLECTING');
  await enter(as, cycle.id, accepted, FY2024_VALUES.accepted, true);
  await enter(as, cycle.id, submitted, FY2024_VALUES.submitted, false);
  await enter(as, cycle.id, late, FY2024_VALUES.late, true);
  await report(as, cycle.id, measure.id, 'R6年度：創業セミナーを3回開催', 'EXPAND');
  cycle = await move(as, cycle, 'REVIEWING');
  const thread = ok(await as.council.gql(START_THREAD, { input: { cycleId: cycle.id, anchor: 'INDICATOR', anchorId: accepted, kind: 'QUESTION', body: 'R6年度の集計方法を教えてください' } })).startThread;
  cycle = await move(as, cycle, 'RESPONDING');
  const response = ok(await as.shoko.gql(RESPOND, { input: { threadId: thread.id, stance: 'WILL_ADDRESS', body: '商工会議所の調査によります' } })).respondToThread;
  const action = ok(await as.shoko.gql(CREATE_ACTION, { input: { responseId: response.id, description: '集計方法を公表する', dueFiscalYear: 2025 } })).createImprovementAction;
  ok(await as.planning.gql(`mutation($input: SetOverallJudgementInput!) { setOverallJudgement(input: $input) { id } }`, { input: { cycleId: cycle.id, measureId: measure.id, grade: 'B', reason: '創業件数は伸びた' } }));
  const resolved = await as.planning.gql(`query($c: ID!) { reviewThreads(cycleId: $c) { id version } }`, { c: cycle.id });
  for (const t of ok(resolved).reviewThreads) ok(await as.planning.gql(RESOLVE_THREAD, { id: t.id, v: t.version }));
  await move(as, cycle, 'CLOSED');
  const [{ id: shokoId }] = await server.db.dataSource.query(`SELECT id FROM department WHERE name = '商工課'`);
  return { strategyId, measureId: measure.id, goalId: goal.id, shokoId, kpi: { accepted, submitted, late }, fy2024: { id: cycle.id }, threadId: thread.id, actionId: action.id };
}

/**
 * FY2025 on the same KPIs: new figures (one of them a late R6 figure), a report, a thread; the
 * FY2024 action followed up to DONE; the report form's options changed.
 */
export async function enterFY2025(as: Sessions, year: ClosedYear): Promise<{ id: string }> {
  let cycle = await openCycleAt(as.planning, year.strategyId, 2025, 'COLLECTING');
  await enter(as, cycle.id, year.kpi.accepted, FY2025_VALUES.accepted, true);
  await enter(as, cycle.id, year.kpi.submitted, FY2025_VALUES.submitted, true);
  await enter(as, cycle.id, year.kpi.late, FY2025_VALUES.late, true, { periodFiscalYear: 2024, periodLabel: 'R6.3時点' });
  await report(as, cycle.id, year.measureId, 'R7年度：創業セミナーを5回開催', 'CONTINUE');
  const ACTION = `query($m: ID!) { measure(id: $m) { carriedOverActions(fiscalYear: 2025) { id version } } }`;
  for (const [status, note] of [['IN_PROGRESS', '公表の準備'], ['DONE', 'ホームページで公表した']]) {
    const [carried] = ok(await as.shoko.gql(ACTION, { m: year.measureId })).measure.carriedOverActions;
    ok(await as.shoko.gql(UPDATE_ACTION, { input: { id: carried.id, status, note, expectedVersion: carried.version } }));
  }
  const directions = defaultReportConfig.directions.filter((d) => d.code !== 'CONTINUE').map((d) => (d.code === 'EXPAND' ? { ...d, label: '拡大して継続' } : d));
  ok(await as.planning.gql(`mutation($s: ID!, $config: ReportConfigInput!) { updateReportConfig(strategyId: $s, config: $config) { id } }`, { s: year.strategyId, config: { ...defaultReportConfig, directions } }));
  cycle = await move(as, cycle, 'REVIEWING');
  ok(await as.council.gql(START_THREAD, { input: { cycleId: cycle.id, anchor: 'INDICATOR', anchorId: year.kpi.accepted, kind: 'OPINION', body: 'R7年度は大きく伸びました' } }));
  return cycle;
}
