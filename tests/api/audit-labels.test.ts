import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCycleAt, RESPOND, RETURN_ACTUAL, SAVE_ACTUAL, SAVE_REPORT, START_THREAD, SUBMIT_ACTUAL, MOVE_CYCLE } from '../support/review-ops.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const LOG = `query($first: Int!) { auditLog(first: $first) { action entityType subject { field value kind label } labels { field value kind label } } }`;

type Label = { field: string; value: string; kind: string; label: string };
type Entry = { action: string; entityType: string; subject: Label | null; labels: Label[] };

/**
 * The audit log names what its entries hold: the record each is about and every id (and 今後の
 * 方向性 code) of its before and after, by the names the pages use, in a number of statements that
 * does not grow with the page.
 */
describe('audit log labels', () => {
  let server: TestServer;
  let as: Record<string, ApiSession>;
  let entries: Entry[];
  const ids = { indicator: '', indicatorName: '', measure: '', measureName: '', shoko: '', kankyo: '' };

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    as = await sampleSessions(server, ['planning', 'shoko', 'council']);
    const { data } = await as.planning.gql(`{ strategies { id departments { id name } goals { measures { id code title responsibleDepartments { name } indicators { id name departments { name } } } } } }`);
    const strategy = data.strategies[0];
    const department = (name: string) => strategy.departments.find((d: { name: string }) => d.name === name).id;
    Object.assign(ids, { shoko: department('商工課'), kankyo: department('環境課') });
    const measure = strategy.goals.flatMap((g: any) => g.measures).find((m: any) => m.responsibleDepartments.some((d: any) => d.name === '商工課') && m.indicators.some((i: any) => i.departments.some((d: any) => d.name === '商工課')));
    const indicator = measure.indicators.find((i: any) => i.departments.some((d: any) => d.name === '商工課'));
    Object.assign(ids, { indicator: indicator.id, indicatorName: indicator.name, measure: measure.id, measureName: `${measure.code} ${measure.title}` });

    const cycle = await openCycleAt(as.planning, strategy.id, 2024, 'COLLECTING');
    const saved = (await as.shoko.gql(SAVE_ACTUAL, { input: { cycleId: cycle.id, indicatorId: ids.indicator, value: '12' } })).data.saveActual;
    const submitted = (await as.shoko.gql(SUBMIT_ACTUAL, { id: saved.id, v: saved.version })).data.submitActual;
    expect((await as.planning.gql(RETURN_ACTUAL, { id: submitted.id, v: submitted.version, reason: '出典を添えてください' })).errors).toBeUndefined();
    expect((await as.shoko.gql(SAVE_REPORT, { input: { cycleId: cycle.id, measureId: ids.measure, whatWasDone: '説明会', nextDirection: 'CONTINUE', selfGrade: 'B' } })).errors).toBeUndefined();
    expect((await as.planning.gql(MOVE_CYCLE, { id: cycle.id, to: 'REVIEWING', v: cycle.version })).errors).toBeUndefined();
    const thread = await as.council.gql(START_THREAD, { input: { cycleId: cycle.id, anchor: 'INDICATOR', anchorId: ids.indicator, kind: 'QUESTION', body: '集計方法は？' } });
    expect((await as.shoko.gql(RESPOND, { input: { threadId: thread.data.startThread.id, stance: 'PARTLY', body: '一部公表します', reason: '個人情報を含むため' } })).errors).toBeUndefined();
    const invited = (await as.planning.gql(`mutation($d: ID!) { inviteUser(input: { email: "audit-label@example.jp", displayName: "監査 確認", role: DEPARTMENT, departmentId: $d }) { user { id version } } }`, { d: ids.shoko })).data.inviteUser.user;
    const moved = await as.planning.gql(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, {
      input: { id: invited.id, displayName: '監査 確認', role: 'DEPARTMENT', departmentId: ids.kankyo, expectedVersion: invited.version },
    });
    expect(moved.errors).toBeUndefined();
    const log = await as.planning.gql(LOG, { first: 100 });
    expect(log.errors).toBeUndefined();
    entries = log.data.auditLog;
  });
  afterAll(() => server?.stop());

  const entry = (action: string) => entries.find((e) => e.action === action)!;

  it('names the record each entry is about', () => {
    expect(entry('reviewCycle.open').subject).toMatchObject({ kind: 'CYCLE', label: '令和6年度' });
    expect(entry('actual.return').subject).toMatchObject({ kind: 'INDICATOR', value: ids.indicator, label: ids.indicatorName });
    expect(entry('measureReport.save').subject).toMatchObject({ kind: 'MEASURE', value: ids.measure, label: ids.measureName });
    // A thread, and the response to it, by what the thread is about.
    expect(entry('reviewThread.start').subject).toMatchObject({ kind: 'THREAD', label: ids.indicatorName });
    expect(entry('threadResponse.save').subject).toMatchObject({ kind: 'THREAD', label: ids.indicatorName });
    expect(entry('user.update').subject).toMatchObject({ kind: 'USER', label: '監査 確認' });
  });

  it('names every id and option code of before and after', () => {
    const labels = (action: string) => Object.fromEntries(entry(action).labels.map((l) => [`${l.field}:${l.value}`, l.label]));
    expect(labels('user.update')).toMatchObject({ [`departmentId:${ids.shoko}`]: '商工課', [`departmentId:${ids.kankyo}`]: '環境課' });
    expect(labels('measureReport.save')).toMatchObject({ 'nextDirection:CONTINUE': '継続', [`measureId:${ids.measure}`]: ids.measureName });
    expect(labels('threadResponse.save')).toMatchObject({ [`departmentId:${ids.shoko}`]: '商工課' });
    expect(labels('actual.save')[`indicatorId:${ids.indicator}`]).toBe(ids.indicatorName);
  });

  it('reads the names in a number of statements bounded by the kinds of record, not by the entries', async () => {
    const count = async (first: number) => {
      const before = server.db.statementCounter.statements;
      const res = await as.planning.gql(LOG, { first });
      expect(res.errors).toBeUndefined();
      return { statements: server.db.statementCounter.statements - before, entries: res.data.auditLog.length };
    };
    const few = await count(5);
    const many = await count(100);
    expect(many.entries).toBeGreaterThan(10);
    // The session, the log, and one batch per kind of record named (users, departments, indicators, measures, goals, cycles, threads, strategies): 20× the entries, no more statements than kinds.
    expect(many.statements).toBeLessThanOrEqual(few.statements + 8);
    expect(many.statements).toBeLessThanOrEqual(14);
  });
});
