import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AUDIT_LOG, MOVE_CYCLE, OPEN_CYCLE, RETURN_REPORT, SAVE_ACTUAL, SAVE_REPORT, SUBMIT_ACTUAL, SUBMIT_REPORT } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

describe('measure reports and the cycle board', () => {
  let server: TestServer;
  let planning: ApiSession;
  let shoko: ApiSession;
  let kankyo: ApiSession;
  let cycle: { id: string; version: number };
  const measure: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    [planning, shoko, kankyo] = [server.session(), server.session(), server.session()];
    await planning.signIn('planning@example.jp');
    await shoko.signIn('shoko@example.jp');
    await kankyo.signIn('kankyo@example.jp');
    const { data } = await server.gql(`{ strategies { id goals { measures { id code } } } }`);
    for (const g of data.strategies[0].goals) for (const m of g.measures) measure[m.code] = m.id;
    cycle = (await planning.gql(OPEN_CYCLE, { strategyId: data.strategies[0].id, fiscalYear: 2024 })).data.openReviewCycle;
    cycle = (await planning.gql(MOVE_CYCLE, { id: cycle.id, to: 'COLLECTING', v: cycle.version })).data.moveReviewCycle;
  });
  afterAll(() => server?.stop());

  const save = (s: ApiSession, code: string, fields: Record<string, unknown>) =>
    s.gql(SAVE_REPORT, { input: { cycleId: cycle.id, measureId: measure[code], ...fields } });

  it('lists the measures a department answers for: those of its KPIs and main projects', async () => {
    const Q = `query($id: ID!) { reviewCycle(id: $id) { reportAssignments { measure { code responsibleDepartments { name } } report { id } } } }`;
    const mine = (await shoko.gql(Q, { id: cycle.id })).data.reviewCycle.reportAssignments;
    expect(mine.map((a: any) => a.measure.code)).toEqual(['1-1', '1-2', '1-4', '2-1', '2-3', '4-1']);
    for (const a of mine) expect(a.measure.responsibleDepartments.map((d: any) => d.name)).toContain('商工課');
    expect(mine.every((a: any) => a.report === null)).toBe(true);
  });

  it('saves a draft, refuses a grade the strategy does not have, and submits only a complete report', async () => {
    const draft = await save(shoko, '1-1', { whatWasDone: '', issues: '人材確保', nextDirection: 'CONTINUE', selfGrade: 'B' });
    expect(draft.errors).toBeUndefined();
    expect(draft.data.saveMeasureReport).toMatchObject({ status: 'DRAFT', version: 1, selfGrade: 'B', nextDirection: 'CONTINUE' });
    const id = draft.data.saveMeasureReport.id;

    const badGrade = await save(shoko, '1-1', { whatWasDone: 'x', selfGrade: 'S', expectedVersion: 1 });
    expect(badGrade.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'selfGrade' } });
    expect(badGrade.errors?.[0].message).toContain('A・B・C・D');

    const incomplete = await shoko.gql(SUBMIT_REPORT, { id, v: 1 });
    expect(incomplete.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'whatWasDone' } });

    const filled = await save(shoko, '1-1', { whatWasDone: '創業支援セミナーを4回開催', issues: '人材確保', nextDirection: 'EXPAND', selfGrade: 'B', expectedVersion: 1 });
    expect(filled.data.saveMeasureReport).toMatchObject({ version: 2, nextDirection: 'EXPAND' });
    const submitted = await shoko.gql(SUBMIT_REPORT, { id, v: 2 });
    expect(submitted.data.submitMeasureReport).toMatchObject({ status: 'SUBMITTED', version: 3 });

    const frozen = await save(shoko, '1-1', { whatWasDone: 'changed', expectedVersion: 3 });
    expect(frozen.errors?.[0].extensions?.code).toBe('INVALID_STATE');
  });

  it('lets only the measure’s departments write, and a stale version gets the current report', async () => {
    const other = await save(kankyo, '1-2', { whatWasDone: '環境課の記入' });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const council = server.session();
    await council.signIn('council@example.jp');
    expect((await save(council, '1-2', { whatWasDone: '委員の記入' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const first = await save(shoko, '1-2', { whatWasDone: '企業訪問 30社' });
    const again = await save(shoko, '1-2', { whatWasDone: '上書きのつもり' });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', current: { whatWasDone: '企業訪問 30社', version: 1 } } });
    const rows = await server.db.dataSource.query(`SELECT what_was_done FROM measure_report WHERE measure_id = $1`, [measure['1-2']]);
    expect(rows).toEqual([{ what_was_done: '企業訪問 30社' }]);
    expect(first.data.saveMeasureReport.version).toBe(1);
  });

  it('is returned with a reason, edited and submitted again; every step is in the audit log', async () => {
    const [report] = await server.db.dataSource.query(`SELECT id, version FROM measure_report WHERE measure_id = $1`, [measure['1-1']]);
    const noReason = await planning.gql(RETURN_REPORT, { id: report.id, v: report.version, reason: ' ' });
    expect(noReason.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    const returned = await planning.gql(RETURN_REPORT, { id: report.id, v: report.version, reason: '課題をもう少し具体的に' });
    expect(returned.data.returnMeasureReport).toMatchObject({ status: 'RETURNED', returnReason: '課題をもう少し具体的に' });
    const edited = await save(shoko, '1-1', { whatWasDone: '創業支援セミナーを4回開催', issues: '受講者の事業化率が低い', nextDirection: 'EXPAND', selfGrade: 'B', expectedVersion: returned.data.returnMeasureReport.version });
    expect(edited.data.saveMeasureReport.status).toBe('RETURNED');
    const again = await shoko.gql(SUBMIT_REPORT, { id: report.id, v: edited.data.saveMeasureReport.version });
    expect(again.data.submitMeasureReport.status).toBe('SUBMITTED');

    const log = (await planning.gql(AUDIT_LOG, { id: report.id })).data.auditLog;
    expect(log.map((e: any) => e.action)).toEqual([
      'measureReport.submit',
      'measureReport.save',
      'measureReport.return',
      'measureReport.submit',
      'measureReport.save',
      'measureReport.save',
    ]);
    const Q = `query($id: ID!, $cycle: ID!) { measure(id: $id) { report(cycleId: $cycle) { issues status updatedByUser { email } } } }`;
    expect((await planning.gql(Q, { id: measure['1-1'], cycle: cycle.id })).data.measure.report).toEqual({
      issues: '受講者の事業化率が低い',
      status: 'SUBMITTED',
      updatedByUser: { email: 'shoko@example.jp' },
    });
  });

  it('counts actuals and reports per department on the board, late past the due date', async () => {
    const { data } = await shoko.gql(`query($id: ID!) { reviewCycle(id: $id) { assignments { indicator { id } } } }`, { id: cycle.id });
    const saved = await shoko.gql(SAVE_ACTUAL, { input: { cycleId: cycle.id, indicatorId: data.reviewCycle.assignments[0].indicator.id, value: '1' } });
    await shoko.gql(SUBMIT_ACTUAL, { id: saved.data.saveActual.id, v: 1 });

    const BOARD = `query($id: ID!) { reviewCycle(id: $id) { board { department { name } late
      actuals { total missing drafts returned submitted accepted } reports { total missing drafts submitted } } } }`;
    const board = (await planning.gql(BOARD, { id: cycle.id })).data.reviewCycle.board;
    const row = board.find((r: any) => r.department?.name === '商工課');
    expect(row.actuals).toEqual({ total: data.reviewCycle.assignments.length, missing: data.reviewCycle.assignments.length - 1, drafts: 0, returned: 0, submitted: 1, accepted: 0 });
    expect(row.reports).toEqual({ total: 6, missing: 4, drafts: 1, submitted: 1 });
    // The cycle's entry was due 2025-06-30.
    expect(row.late).toBe(true);
    expect(board.filter((r: any) => r.department === null)).toHaveLength(1);
    expect(board.length).toBeGreaterThan(20);
  });

  it('turns a department late at midnight in Japan after the due date, not at midnight UTC', async () => {
    const LATE = `query($id: ID!) { reviewCycle(id: $id) { board { department { name } late } } }`;
    const shokoLateAt = async (utc: string) => {
      // The server runs in this process: faking Date moves its clock too (timers stay real).
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(utc) });
      try {
        return (await planning.gql(LATE, { id: cycle.id })).data.reviewCycle.board.find((r: any) => r.department?.name === '商工課').late;
      } finally {
        vi.useRealTimers();
      }
    };
    // Due 2025-06-30: still that day in Japan until 14:59:59 UTC, the next day from 15:00 UTC.
    expect(await shokoLateAt('2025-06-30T14:59:59Z')).toBe(false);
    expect(await shokoLateAt('2025-06-30T15:00:00Z')).toBe(true);
    expect(await shokoLateAt('2025-06-30T23:30:00Z')).toBe(true);
  });

  it('keeps reports read-only once the cycle has moved on', async () => {
    const [report] = await server.db.dataSource.query(`SELECT version FROM measure_report WHERE measure_id = $1`, [measure['1-2']]);
    cycle = (await planning.gql(MOVE_CYCLE, { id: cycle.id, to: 'REVIEWING', v: (await planning.gql(`query($id: ID!) { reviewCycle(id: $id) { version } }`, { id: cycle.id })).data.reviewCycle.version })).data.moveReviewCycle;
    const late = await save(shoko, '1-2', { whatWasDone: '追記', expectedVersion: report.version });
    expect(late.errors?.[0].extensions?.code).toBe('INVALID_STATE');
  });
});
