import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ACTUAL, MOVE_CYCLE, RESPOND, RETURN_ACTUAL, SAVE_ACTUAL, SAVE_REPORT, START_THREAD, SUBMIT_ACTUAL, SUBMIT_REPORT, openCycleAt } from '../support/review-ops.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const ENTRIES = `total items { id code title departments { name } }`;
const THREADS = `total items { id kind about measureId goalId }`;
const OPEN_ITEMS = `query($id: ID!) { reviewCycle(id: $id) { id openItems {
  actualsMissing { ${ENTRIES} } actualDrafts { ${ENTRIES} } actualsReturned { ${ENTRIES} } actualsSubmitted { ${ENTRIES} }
  reportsMissing { ${ENTRIES} } reportDrafts { ${ENTRIES} } reportsReturned { ${ENTRIES} } reportsSubmitted { ${ENTRIES} }
  threadsAwaitingResponse { ${THREADS} } threadsUnresolved { ${THREADS} } } } }`;
const MOVE_BACK = `query($id: ID!) { reviewCycle(id: $id) { state lastMoveBackReason lastMovedBackAt } }`;
const ASSIGNMENTS = `query($id: ID!) { reviewCycle(id: $id) { assignments { indicator { id name departments { name } measures { id } } } reportAssignments { measure { id code } } } }`;

describe('what is still open in a cycle (ReviewCycle.openItems)', () => {
  let server: TestServer;
  let as: Record<string, ApiSession>;
  let strategyId: string;
  let smallStrategyId: string;
  let cycle: { id: string; version: number; state: string };
  let plan: { indicators: number; measures: number };
  const ids = { submitted: '', draft: '', returned: '', accepted: '', reportDraft: '', reportSubmitted: '', threadKpi: '', threadMeasure: '', thread: '' };

  const openItems = async (session: ApiSession = as.planning, id = cycle.id) => {
    const res = await session.gql(OPEN_ITEMS, { id });
    expect(res.errors).toBeUndefined();
    return res.data.reviewCycle.openItems;
  };
  const move = async (to: string, reason?: string) => {
    const res = await as.planning.gql(MOVE_CYCLE, { id: cycle.id, to, v: cycle.version, reason });
    expect(res.errors).toBeUndefined();
    cycle = res.data.moveReviewCycle;
  };

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.smallCity, plans.yonezawa], users: true });
    as = await sampleSessions(server, ['planning', 'admin', 'council', 'shoko']);
    const { data } = await server.gql(`{ strategies { id key } }`);
    const yonezawa = data.strategies.find((s: any) => s.key === 'yonezawa-dgc-2024');
    strategyId = yonezawa.id;
    smallStrategyId = data.strategies.find((s: any) => s.key === 'sample-town-2025').id;
    cycle = await openCycleAt(as.planning, strategyId, 2024, 'COLLECTING');
    [plan] = await server.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM indicator WHERE strategy_id = $1) AS indicators, (SELECT count(*)::int FROM measure WHERE strategy_id = $1) AS measures`,
      [strategyId],
    );

    // 商工課's own KPIs (held by it alone) and measures.
    const mine = (await as.shoko.gql(ASSIGNMENTS, { id: cycle.id })).data.reviewCycle;
    const own = mine.assignments.filter((a: any) => a.indicator.departments.length === 1 && a.indicator.measures.length > 0).map((a: any) => a.indicator);
    expect(own.length).toBeGreaterThanOrEqual(4);
    const [submitted, draft, returned, accepted] = own;
    Object.assign(ids, { submitted: submitted.id, draft: draft.id, returned: returned.id, accepted: accepted.id, threadKpi: submitted.id, threadMeasure: submitted.measures[0].id });
    const save = (indicatorId: string, value: string) => as.shoko.gql(SAVE_ACTUAL, { input: { cycleId: cycle.id, indicatorId, value } }).then((r) => r.data.saveActual);
    const submit = async (indicatorId: string, value: string) => {
      const saved = await save(indicatorId, value);
      return (await as.shoko.gql(SUBMIT_ACTUAL, { id: saved.id, v: saved.version })).data.submitActual;
    };
    await submit(submitted.id, '10');
    await save(draft.id, '11');
    const toReturn = await submit(returned.id, '12');
    expect((await as.planning.gql(RETURN_ACTUAL, { id: toReturn.id, v: toReturn.version, reason: '単位を確認してください' })).errors).toBeUndefined();
    const toAccept = await submit(accepted.id, '13');
    expect((await as.planning.gql(ACCEPT_ACTUAL, { id: toAccept.id, v: toAccept.version })).errors).toBeUndefined();

    const [m1, m2] = mine.reportAssignments.map((a: any) => a.measure);
    Object.assign(ids, { reportDraft: m1.id, reportSubmitted: m2.id });
    const report = (id: string) => as.shoko.gql(SAVE_REPORT, { input: { cycleId: cycle.id, measureId: id, whatWasDone: '説明会', nextDirection: 'CONTINUE', selfGrade: 'B' } });
    expect((await report(m1.id)).errors).toBeUndefined();
    const handedIn = (await report(m2.id)).data.saveMeasureReport;
    expect((await as.shoko.gql(SUBMIT_REPORT, { id: handedIn.id, v: handedIn.version })).errors).toBeUndefined();
  });
  afterAll(() => server?.stop());

  it('counts, by kind, the actuals and reports not entered, drafts, returned and not yet decided, with the items', async () => {
    const open = await openItems();
    expect(open.actualsMissing.total).toBe(plan.indicators - 4);
    expect(open.actualsMissing.items).toHaveLength(Math.min(50, plan.indicators - 4));
    expect(open.actualsMissing.items.map((i: any) => i.id)).not.toContain(ids.draft);
    expect(open.actualDrafts).toEqual({ total: 1, items: [expect.objectContaining({ id: ids.draft, code: null, departments: [{ name: '商工課' }] })] });
    expect(open.actualsReturned).toMatchObject({ total: 1, items: [{ id: ids.returned }] });
    expect(open.actualsSubmitted).toMatchObject({ total: 1, items: [{ id: ids.submitted }] });
    expect(JSON.stringify(open)).not.toContain(ids.accepted);
    expect(open.reportsMissing.total).toBe(plan.measures - 2);
    expect(open.reportDrafts).toMatchObject({ total: 1, items: [{ id: ids.reportDraft, code: expect.any(String) }] });
    expect(open.reportsSubmitted).toMatchObject({ total: 1, items: [{ id: ids.reportSubmitted }] });
    expect(open.reportsReturned).toEqual({ total: 0, items: [] });
    expect(open.threadsAwaitingResponse).toEqual({ total: 0, items: [] });
    expect(open.threadsUnresolved).toEqual({ total: 0, items: [] });
    // The administrator reads the same.
    expect(await openItems(as.admin)).toEqual(open);
  });

  it('a council member and a department are refused: FORBIDDEN, and the cycle not in the answer', async () => {
    for (const session of [as.council, as.shoko]) {
      const res = await session.gql(OPEN_ITEMS, { id: cycle.id });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(res.data?.reviewCycle ?? null).toBeNull();
    }
    expect((await as.anonymous.gql(OPEN_ITEMS, { id: cycle.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('moves on with entries still open (a confirmation, not a block); a thread awaits an answer, then is answered but unresolved', async () => {
    await move('REVIEWING');
    const thread = await as.council.gql(START_THREAD, { input: { cycleId: cycle.id, anchor: 'INDICATOR', anchorId: ids.threadKpi, kind: 'QUESTION', body: '集計方法は？' } });
    expect(thread.errors).toBeUndefined();
    ids.thread = thread.data.startThread.id;
    let open = await openItems();
    expect(open.actualsMissing.total).toBe(plan.indicators - 4);
    // A KPI's thread is read on the first measure listing it.
    expect(open.threadsAwaitingResponse).toEqual({ total: 1, items: [{ id: ids.thread, kind: 'QUESTION', about: expect.any(String), measureId: ids.threadMeasure, goalId: null }] });
    expect(open.threadsUnresolved.total).toBe(0);

    expect((await as.shoko.gql(RESPOND, { input: { threadId: ids.thread, stance: 'WILL_ADDRESS', body: '次回から公表します' } })).errors).toBeUndefined();
    open = await openItems();
    expect(open.threadsAwaitingResponse.total).toBe(0);
    expect(open.threadsUnresolved).toMatchObject({ total: 1, items: [{ id: ids.thread }] });

    await move('RESPONDING');
    // The server still refuses what it must: closing with a thread open.
    const close = await as.planning.gql(MOVE_CYCLE, { id: cycle.id, to: 'CLOSED', v: cycle.version });
    expect(close.errors?.[0].extensions?.code).toBe('INVALID_STATE');
  });

  it('keeps the reason of the last move back on the cycle for every signed-in user, and clears it on moving forward', async () => {
    await move('REVIEWING', '商工課の実績値の再確認のため');
    const read = await as.shoko.gql(MOVE_BACK, { id: cycle.id });
    expect(read.errors).toBeUndefined();
    expect(read.data.reviewCycle).toMatchObject({ state: 'REVIEWING', lastMoveBackReason: '商工課の実績値の再確認のため', lastMovedBackAt: expect.any(String) });
    expect((await as.council.gql(MOVE_BACK, { id: cycle.id })).data.reviewCycle.lastMoveBackReason).toBe('商工課の実績値の再確認のため');
    await move('RESPONDING');
    expect((await as.shoko.gql(MOVE_BACK, { id: cycle.id })).data.reviewCycle).toMatchObject({ state: 'RESPONDING', lastMoveBackReason: null, lastMovedBackAt: null });
  });

  it('issues the same number of statements for the small town’s plan and Yonezawa’s', async () => {
    const small = await openCycleAt(as.planning, smallStrategyId, 2025, 'COLLECTING');
    const statementsFor = async (id: string) => {
      const before = server.db.statementCounter.statements;
      await openItems(as.planning, id);
      return server.db.statementCounter.statements - before;
    };
    const ofSmall = await statementsFor(small.id);
    const ofLarge = await statementsFor(cycle.id);
    expect(ofLarge).toBe(ofSmall);
    expect(ofLarge).toBeLessThanOrEqual(16);
  });
});
