import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from '../../client/src/gql/graphql.js';
import { ClosedCycleRecord1733820000000 } from '../../server/src/migrations/1733820000000-closed-cycle-record.js';
import { closeFY2024, enterFY2025, type ClosedYear } from '../support/closed-year.js';
import { CREATE_ACTION, PUBLISH, REPLY, RESPOND, SAVE_ACTUAL, SAVE_REPORT, START_THREAD } from '../support/review-ops.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

type Read = [page: string, document: DocumentNode, variables: (y: ClosedYear) => Record<string, unknown>, as: string[]];

/**
 * Every read of the closed FY2024 review's pages, as the web client sends them (client/src/gql),
 * by those who open them: the review index, the measure and goal pages, the KPI page reached from
 * them, the summary, the changes page, the board and the department's own pages.
 */
const READS: Read[] = [
  ['review head', client.ReviewCycleHeadDocument, (y) => ({ id: y.fy2024.id }), ['council', 'shoko', 'planning']],
  ['review index', client.ReviewIndexDocument, (y) => ({ cycleId: y.fy2024.id, fiscalYear: 2024 }), ['council', 'shoko', 'planning']],
  ['measure review', client.MeasureReviewDocument, (y) => ({ cycleId: y.fy2024.id, measureId: y.measureId, fiscalYear: 2024 }), ['council', 'shoko', 'planning']],
  ['goal review', client.GoalReviewDocument, (y) => ({ cycleId: y.fy2024.id, fiscalYear: 2024 }), ['council', 'planning']],
  ['KPI page from the review', client.IndicatorPageDocument, (y) => ({ id: y.kpi.accepted, cycleId: y.fy2024.id }), ['council', 'anonymous']],
  ['KPI page, late figure', client.IndicatorPageDocument, (y) => ({ id: y.kpi.late, cycleId: y.fy2024.id }), ['council']],
  ['summary', client.CycleSummaryDocument, (y) => ({ id: y.fy2024.id }), ['council', 'planning']],
  ['summary grades', client.CycleGradesDocument, (y) => ({ cycleId: y.fy2024.id, fiscalYear: 2024 }), ['council', 'planning']],
  ['summary threads', client.CycleThreadsDocument, (y) => ({ cycleId: y.fy2024.id }), ['council']],
  ['changes page', client.ChangesCycleDocument, (y) => ({ id: y.fy2024.id }), ['council']],
  ['board', client.CycleBoardDocument, (y) => ({ id: y.fy2024.id }), ['planning']],
  ['board: 商工課', client.DepartmentAssignmentsDocument, (y) => ({ cycleId: y.fy2024.id, departmentId: y.shokoId, fiscalYear: 2024 }), ['planning']],
  ['open items', client.CycleOpenItemsDocument, (y) => ({ id: y.fy2024.id }), ['planning']],
  ['department’s entries', client.CycleAssignmentsDocument, (y) => ({ id: y.fy2024.id }), ['shoko']],
  ['actual entry', client.ActualEntryDocument, (y) => ({ cycleId: y.fy2024.id, indicatorId: y.kpi.accepted }), ['shoko']],
  ['measure report form', client.MeasureReportEntryDocument, (y) => ({ cycleId: y.fy2024.id, measureId: y.measureId, fiscalYear: 2024 }), ['shoko']],
];

/**
 * Issue 12, item 4: a closed review is the record of what the council reviewed. After FY2025's
 * actuals (one a late R6 figure), report, thread, the FY2024 action's follow-up and a change of the
 * report form's options, every FY2024 page reads exactly as it did at closing; writes to it are refused.
 */
describe('a closed cycle’s pages after the next year is entered', () => {
  let server: TestServer;
  let as: Record<string, ApiSession>;
  let year: ClosedYear;
  let fy2025: { id: string };
  const atClosing = new Map<string, unknown>();

  const readAll = async () => {
    const answers = new Map<string, unknown>();
    for (const [page, document, variables, readers] of READS) {
      for (const who of readers) {
        const res = await as[who].gql(print(document), variables(year));
        expect(res.errors, `${page} as ${who}`).toBeUndefined();
        answers.set(`${page} as ${who}`, res.data);
      }
    }
    return answers;
  };

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    as = await sampleSessions(server, ['planning', 'council', 'shoko']);
    year = await closeFY2024(server, as);
    // Published, so that signed out the KPI page reads its year's figures too (publication.test.ts).
    const { version } = (await as.planning.gql(`query($id: ID!) { reviewCycle(id: $id) { version } }`, { id: year.fy2024.id })).data.reviewCycle;
    expect((await as.planning.gql(PUBLISH, { id: year.fy2024.id, v: version })).errors).toBeUndefined();
    for (const [key, answer] of await readAll()) atClosing.set(key, answer);
    fy2025 = await enterFY2025(as, year);
  }, 120_000);
  afterAll(() => server?.stop());

  it('reads every FY2024 page as it was at closing', async () => {
    const now = await readAll();
    for (const [key, answer] of atClosing) expect(now.get(key), key).toEqual(answer);
  });

  it('shows FY2024’s figures, the action as it stood and the report options it was written with', () => {
    const measure = (atClosing.get('measure review as council') as any).measure;
    const accepted = measure.indicators.find((i: any) => i.id === year.kpi.accepted);
    expect(accepted.actuals.map((a: any) => [a.fiscalYear, a.value])).toEqual([[2024, 1234]]);
    const [thread] = (atClosing.get('measure review as council') as any).reviewThreads;
    expect(thread.actions).toMatchObject([{ id: year.actionId, status: 'PLANNED', progressNotes: [] }]);
    const summary = (atClosing.get('summary as council') as any).reviewCycle;
    expect(summary.summary.actionsByStatus.find((s: any) => s.label === 'PLANNED').count).toBe(1);
    // Signed out, the KPI page reached from the published review shows the accepted FY2024 figure only.
    expect((atClosing.get('KPI page from the review as anonymous') as any).indicator.actuals).toMatchObject([{ fiscalYear: 2024, value: 1234, status: 'ACCEPTED' }]);
  });

  it('while the plan’s own pages and FY2025 show what came after', async () => {
    const Q = `query($i: ID!, $late: ID!, $m: ID!, $s: ID!) {
      indicator(id: $i) { actuals { fiscalYear value } progress(fiscalYear: 2025) { value } }
      late: indicator(id: $late) { progress(fiscalYear: 2025) { judgedFiscalYear value } }
      measure(id: $m) { carriedOverActions(fiscalYear: 2025) { status progressNotes { body } } }
      strategy(id: $s) { reportConfig { directions { code label } } } }`;
    const { data, errors } = await as.council.gql(Q, { i: year.kpi.accepted, late: year.kpi.late, m: year.measureId, s: year.strategyId });
    expect(errors).toBeUndefined();
    expect(data.indicator.actuals.map((a: any) => [a.fiscalYear, a.value])).toEqual([[2024, 1234], [2025, 9876]]);
    expect(data.late.progress).toEqual({ judgedFiscalYear: 2024, value: 7654 });
    expect(data.measure.carriedOverActions).toEqual([{ status: 'DONE', progressNotes: [{ body: '公表の準備' }, { body: 'ホームページで公表した' }] }]);
    expect(data.strategy.reportConfig.directions.find((d: any) => d.code === 'EXPAND').label).toBe('拡大して継続');
    // The FY2025 review, open, reads its own year: the late R6 figure and the action as it is now.
    const review = await as.council.gql(print(client.MeasureReviewDocument), { cycleId: fy2025.id, measureId: year.measureId, fiscalYear: 2025 });
    expect(review.errors).toBeUndefined();
    expect(review.data.measure.carriedOverActions).toMatchObject([{ status: 'DONE' }]);
    expect(review.data.measure.indicators.find((i: any) => i.id === year.kpi.accepted).actuals.map((a: any) => a.fiscalYear)).toEqual([2024, 2025]);
  });

  it('keeps the report form’s options the cycle’s reports were written with', async () => {
    const Q = `query($s: ID!, $c: ID!, $next: ID!) { strategy(id: $s) { now: reportConfig { directions { code label } }
      closed: reportConfig(cycleId: $c) { directions { code label } } open: reportConfig(cycleId: $next) { directions { code label } } } }`;
    for (const who of ['council', 'anonymous']) {
      const { data, errors } = await as[who].gql(Q, { s: year.strategyId, c: year.fy2024.id, next: fy2025.id });
      expect(errors).toBeUndefined();
      const labels = (config: any) => config.directions.map((d: any) => d.label);
      expect(labels(data.strategy.closed)).toEqual(['拡充', '継続', '見直し', '廃止・中止', '予定通り事業終了']);
      expect(labels(data.strategy.now)).toEqual(['拡大して継続', '見直し', '廃止・中止', '予定通り事業終了']);
      expect(data.strategy.open).toEqual(data.strategy.now);
    }
    // A cycle of another strategy, or none, is not one to read as of.
    const wrong = await as.council.gql(`query($s: ID!, $c: ID!) { strategy(id: $s) { reportConfig(cycleId: $c) { effectiveness } } }`, { s: year.strategyId, c: '00000000-0000-4000-8000-000000000000' });
    expect(wrong.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('says when it closed', async () => {
    const Q = `query($id: ID!, $next: ID!) { reviewCycle(id: $id) { state closedAt } open: reviewCycle(id: $next) { closedAt } }`;
    const { data } = await as.council.gql(Q, { id: year.fy2024.id, next: fy2025.id });
    expect(data.reviewCycle.state).toBe('CLOSED');
    expect(Date.parse(data.reviewCycle.closedAt)).toBeLessThanOrEqual(Date.now());
    expect(data.open.closedAt).toBeNull();
  });

  it('gives a cycle closed before the closing record existed the moment its audit entry holds', async () => {
    const Q = `query($id: ID!) { reviewCycle(id: $id) { closedAt } }`;
    const closedAt = (await as.council.gql(Q, { id: year.fy2024.id })).data.reviewCycle.closedAt;
    const migration = new ClosedCycleRecord1733820000000();
    const runner = server.db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    // A new request: the loaders read the row again. The close and its audit entry share one transaction's clock.
    expect((await as.council.gql(Q, { id: year.fy2024.id })).data.reviewCycle.closedAt).toBe(closedAt);
    const [{ open }] = await server.db.dataSource.query(`SELECT count(*)::int AS open FROM review_cycle WHERE closed_at IS NOT NULL AND state <> 'CLOSED'`);
    expect(open).toBe(0);
  });

  it('refuses every write to the closed cycle, writing nothing', async () => {
    const audits = async () => (await server.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n;
    const before = await audits();
    const c = year.fy2024.id;
    const attempts: [ApiSession, string, Record<string, unknown>][] = [
      [as.shoko, SAVE_ACTUAL, { input: { cycleId: c, indicatorId: year.kpi.submitted, value: '1' } }],
      [as.shoko, SAVE_REPORT, { input: { cycleId: c, measureId: year.measureId, whatWasDone: '追記' } }],
      [as.council, START_THREAD, { input: { cycleId: c, anchor: 'MEASURE', anchorId: year.measureId, kind: 'OPINION', body: '後から' } }],
      [as.council, REPLY, { id: year.threadId, body: '後から' }],
      [as.shoko, RESPOND, { input: { threadId: year.threadId, stance: 'WILL_ADDRESS', body: '後から', expectedVersion: 1 } }],
      [as.planning, CREATE_ACTION, { input: { cycleId: c, measureId: year.measureId, description: '後から', dueFiscalYear: 2026 } }],
      [as.planning, `mutation($input: SetOverallJudgementInput!) { setOverallJudgement(input: $input) { id } }`, { input: { cycleId: c, measureId: year.measureId, grade: 'A', reason: '後から', expectedVersion: 1 } }],
    ];
    for (const [session, mutation, variables] of attempts) {
      const res = await session.gql(mutation, variables);
      expect(res.errors?.map((e) => e.extensions?.code), mutation.slice(0, 40)).toEqual(['INVALID_STATE']);
    }
    expect(await audits()).toBe(before);
  });
});
