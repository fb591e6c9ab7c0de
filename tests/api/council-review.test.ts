import { MAX_POST_LENGTH } from '@kaizen/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUDIT_LOG,
  INBOX,
  CREATE_ACTION,
  EDIT_POST,
  LEAVE_THREAD,
  MARK_READ,
  MOVE_CYCLE,
  OPEN_CYCLE,
  REPLY,
  RESOLVE_THREAD,
  RESPOND,
  START_THREAD,
  THREAD,
  UPDATE_ACTION,
} from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

describe('council review: threads, responses, improvement actions, closing the cycle', () => {
  let server: TestServer;
  let planning: ApiSession;
  let council: ApiSession;
  let shoko: ApiSession;
  let kankyo: ApiSession;
  let strategyId: string;
  let cycle: { id: string; version: number };
  let kpiThread: { id: string; version: number; posts: { id: string }[] };
  let goalThread: { id: string; version: number };
  let responseId: string;
  let actionId: string;
  const ids = { kpi: '', measure12: '', goal1: '' };
  const sql = (q: string, p: unknown[] = []) => server.db.dataSource.query(q, p);

  const move = async (to: string, reason?: string) => {
    const res = await planning.gql(MOVE_CYCLE, { id: cycle.id, to, v: cycle.version, reason });
    if (!res.errors) cycle = res.data.moveReviewCycle;
    return res;
  };
  const start = (s: ApiSession, anchor: string, anchorId: string, body: string, cycleId = cycle.id) =>
    s.gql(START_THREAD, { input: { cycleId, anchor, anchorId, kind: 'QUESTION', body } });

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    [planning, council, shoko, kankyo] = [server.session(), server.session(), server.session(), server.session()];
    await planning.signIn('planning@example.jp');
    await council.signIn('council@example.jp');
    await shoko.signIn('shoko@example.jp');
    await kankyo.signIn('kankyo@example.jp');
    const { data } = await server.gql(`{ strategies { id goals { id number measures { id code indicators { id name } } } } }`);
    strategyId = data.strategies[0].id;
    const goal1 = data.strategies[0].goals[0];
    const m12 = goal1.measures.find((m: any) => m.code === '1-2');
    Object.assign(ids, { goal1: goal1.id, measure12: m12.id, kpi: m12.indicators.find((i: any) => i.name === '創業支援等事業計画に基づく創業者数').id });
    cycle = (await planning.gql(OPEN_CYCLE, { strategyId, fiscalYear: 2024 })).data.openReviewCycle;
    await move('COLLECTING');
  });
  afterAll(() => server?.stop());

  it('opens threads only while the cycle is REVIEWING, and only council members do', async () => {
    const early = await start(council, 'INDICATOR', ids.kpi, '早すぎる質問');
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_STATE' } });
    await move('REVIEWING');
    expect((await start(shoko, 'INDICATOR', ids.kpi, '担当課の投稿')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await sql(`SELECT count(*)::int AS n FROM review_thread`)).toEqual([{ n: 0 }]);
  });

  it('keeps the text as written: line breaks, links and markup are plain text', async () => {
    const body = '創業者数の伸びが鈍い理由は？\n参考: https://www.city.yonezawa.yamagata.jp/\n<b>太字ではない</b>';
    const res = await start(council, 'INDICATOR', ids.kpi, body);
    expect(res.errors).toBeUndefined();
    kpiThread = res.data.startThread;
    expect(kpiThread).toMatchObject({ anchor: 'INDICATOR', kind: 'QUESTION', status: 'OPEN', awaitingResponse: true, responsibleDepartments: [{ name: '商工課' }] });
    expect(res.data.startThread.posts).toEqual([{ id: expect.any(String), body, author: { email: 'council@example.jp' } }]);
  });

  it('refuses a 100 kB comment, an unknown anchor and an anchor of another kind, storing nothing', async () => {
    const huge = await start(council, 'MEASURE', ids.measure12, 'あ'.repeat(100_000));
    expect(huge.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'body' } });
    expect(huge.errors?.[0].message).toContain(MAX_POST_LENGTH.toLocaleString('ja-JP'));
    expect((await start(council, 'MEASURE', ids.kpi, '指標のIDを施策として')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await start(council, 'GOAL', 'not-a-uuid', '壊れたID')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'anchorId' });
    expect(await sql(`SELECT count(*)::int AS n FROM review_thread`)).toEqual([{ n: 1 }]);
  });

  it('lets the responsible department reply, not another; the author corrects a post and its history is kept', async () => {
    expect((await kankyo.gql(REPLY, { id: kpiThread.id, body: '環境課から' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reply = await shoko.gql(REPLY, { id: kpiThread.id, body: '原材料高の影響です' });
    expect(reply.errors).toBeUndefined();

    const first = kpiThread.posts[0].id;
    expect((await shoko.gql(EDIT_POST, { id: first, body: '他人の投稿' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const edited = await council.gql(EDIT_POST, { id: first, body: '創業者数の伸びが鈍い理由を教えてください。' });
    expect(edited.data.editThreadPost.revisions).toEqual([{ body: expect.stringContaining('創業者数の伸びが鈍い理由は？') }]);
    expect(edited.data.editThreadPost.editedAt).toBeTruthy();

    await sql(`UPDATE thread_post SET created_at = now() - interval '2 hours' WHERE id = $1`, [first]);
    const late = await council.gql(EDIT_POST, { id: first, body: 'もう一度' });
    expect(late.errors?.[0].extensions?.code).toBe('INVALID_STATE');
    expect(late.errors?.[0].message).toMatch(/返信で補足/);
  });

  it('takes one response per responsible department, with a reason unless it will address it', async () => {
    const waiting = (await shoko.gql(INBOX)).data.inbox.items.find((i: any) => i.kind === 'AWAITING_RESPONSE');
    expect(waiting).toMatchObject({ count: 1, threads: [{ id: kpiThread.id }], cycle: { fiscalYear: 2024 } });
    expect((await kankyo.gql(INBOX)).data.inbox).toEqual({ total: 0, items: [] });
    const input = { threadId: kpiThread.id, stance: 'PARTLY', body: '販路開拓支援を強化します' };
    expect((await kankyo.gql(RESPOND, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await council.gql(RESPOND, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await shoko.gql(RESPOND, { input })).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });

    const res = await shoko.gql(RESPOND, { input: { ...input, reason: '原材料価格は市の施策の外' } });
    expect(res.data.respondToThread).toMatchObject({ stance: 'PARTLY', version: 1, department: { name: '商工課' } });
    responseId = res.data.respondToThread.id;
    const stale = await shoko.gql(RESPOND, { input: { ...input, stance: 'WILL_ADDRESS' } });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', current: { stance: 'PARTLY', version: 1 } } });

    expect((await shoko.gql(INBOX)).data.inbox.items.find((i: any) => i.kind === 'AWAITING_RESPONSE')).toBeUndefined();
    const threads = (await council.gql(THREAD, { cycle: cycle.id })).data.reviewThreads;
    expect(threads[0]).toMatchObject({ awaitingResponse: false, responses: [{ stance: 'PARTLY', department: { name: '商工課' } }] });
  });

  it('marks what changed since a user last read a thread', async () => {
    expect((await council.gql(INBOX)).data.inbox.items).toEqual([expect.objectContaining({ kind: 'NEW_ANSWERS', count: 1, threads: [{ id: kpiThread.id }] })]);
    expect((await council.gql(MARK_READ, { id: kpiThread.id })).data.markThreadRead.unread).toBe(false);
    expect((await council.gql(INBOX)).data.inbox.total).toBe(0);
    await shoko.gql(REPLY, { id: kpiThread.id, body: '補足: 来年度に展示会出展を支援します' });
    expect((await council.gql(THREAD, { cycle: cycle.id })).data.reviewThreads[0].unread).toBe(true);
    // What one writes oneself is not news to oneself.
    expect((await shoko.gql(THREAD, { cycle: cycle.id })).data.reviewThreads[0].unread).toBe(false);
    expect((await council.gql(INBOX)).data.inbox).toMatchObject({ total: 1, items: [{ kind: 'NEW_ANSWERS', count: 1 }] });
  });

  it('turns a response into an improvement action on the KPI’s own measure, owned by the department', async () => {
    const input = { responseId, description: '展示会出展補助の対象を拡大する', dueFiscalYear: 2025 };
    expect((await kankyo.gql(CREATE_ACTION, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await shoko.gql(CREATE_ACTION, { input: { ...input, dueFiscalYear: 2024 } })).errors?.[0]).toMatchObject({ extensions: { field: 'dueFiscalYear' } });
    const res = await shoko.gql(CREATE_ACTION, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.createImprovementAction).toMatchObject({
      status: 'PLANNED',
      originFiscalYear: 2024,
      ownerDepartment: { name: '商工課' },
      measure: { code: '1-2' },
      goal: { number: 1 },
    });
    actionId = res.data.createImprovementAction.id;
  });

  it('places an action answering a thread on a KGI on its goal', async () => {
    const { data } = await server.gql(`{ strategies { goals { number kgis { id name } } } }`);
    const kgi = data.strategies[0].goals[0].kgis.find((k: any) => k.name === '市町村内総生産');
    const thread = (await start(council, 'INDICATOR', kgi.id, '市町村内総生産の見通しは')).data.startThread;
    expect(thread.responsibleDepartments).toEqual([{ name: '商工課' }]);
    const response = (await shoko.gql(RESPOND, { input: { threadId: thread.id, stance: 'WILL_ADDRESS', body: '統計の公表後に分析します' } })).data.respondToThread;
    const action = await shoko.gql(CREATE_ACTION, { input: { responseId: response.id, description: '市内総生産の要因分析', dueFiscalYear: 2025 } });
    expect(action.data.createImprovementAction).toMatchObject({ measure: null, goal: { number: 1 } });
    const Q = `query($id: ID!) { strategy(id: $id) { goals { number carriedOverActions(fiscalYear: 2025) { description } } } }`;
    const goals = (await council.gql(Q, { id: strategyId })).data.strategy.goals;
    expect(goals[0].carriedOverActions).toEqual([{ description: '市内総生産の要因分析' }]);
    expect(await planning.gql(RESOLVE_THREAD, { id: thread.id, v: (await sql(`SELECT version FROM review_thread WHERE id = $1`, [thread.id]))[0].version })).toMatchObject({ data: { resolveThread: { status: 'RESOLVED' } } });
  });

  it('has the planning division answer a goal thread', async () => {
    const res = await start(council, 'GOAL', ids.goal1, '基本目標1全体として雇用の質をどう見るか');
    goalThread = res.data.startThread;
    expect(goalThread).toMatchObject({ responsibleDepartments: [], awaitingResponse: true });
    expect((await shoko.gql(RESPOND, { input: { threadId: goalThread.id, stance: 'WILL_ADDRESS', body: '商工課として' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const answer = await planning.gql(RESPOND, { input: { threadId: goalThread.id, stance: 'WILL_ADDRESS', body: '次期計画で指標を追加します' } });
    expect(answer.data.respondToThread.department).toBeNull();
    goalThread = (await council.gql(THREAD, { cycle: cycle.id })).data.reviewThreads.find((t: any) => t.id === goalThread.id);
    expect(goalThread).toMatchObject({ awaitingResponse: false });
  });

  it('closes the cycle only when every thread is resolved or left, then nothing changes', async () => {
    await move('RESPONDING');
    expect((await planning.gql(INBOX)).data.inbox.items).toEqual([expect.objectContaining({ kind: 'UNRESOLVED_THREADS', count: 2 })]);
    const blocked = await move('CLOSED');
    expect(blocked.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_STATE' } });
    expect(blocked.errors?.[0].message).toContain('2');

    const threads = (await planning.gql(THREAD, { cycle: cycle.id })).data.reviewThreads;
    const kpi = threads.find((t: any) => t.anchor === 'INDICATOR');
    const goal = threads.find((t: any) => t.anchor === 'GOAL');
    expect((await planning.gql(RESOLVE_THREAD, { id: kpi.id, v: kpi.version - 1 })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await planning.gql(RESOLVE_THREAD, { id: kpi.id, v: kpi.version })).data.resolveThread.status).toBe('RESOLVED');
    expect((await planning.gql(LEAVE_THREAD, { id: goal.id, v: goal.version, reason: ' ' })).errors?.[0].extensions?.field).toBe('reason');
    expect((await planning.gql(LEAVE_THREAD, { id: goal.id, v: goal.version, reason: '次期計画の策定で扱う' })).data.leaveThread.status).toBe('LEFT');

    expect((await move('CLOSED')).errors).toBeUndefined();
    expect(cycle).toMatchObject({ state: 'CLOSED' });
    const reply = await council.gql(REPLY, { id: kpi.id, body: '閉じた後の返信' });
    expect(reply.errors?.[0].extensions?.code).toBe('INVALID_STATE');
    const log = (await planning.gql(AUDIT_LOG, { id: kpi.id })).data.auditLog.map((e: any) => e.action);
    expect(log).toEqual(['reviewThread.resolve', 'reviewThread.start']);

    const SUMMARY = `query($id: ID!) { reviewCycle(id: $id) { summary { threads threadsByKind { label count } threadsByStatus { label count }
      responsesByStance { label count } actionsByStatus { label count } } } }`;
    const { summary } = (await council.gql(SUMMARY, { id: cycle.id })).data.reviewCycle;
    expect(summary).toEqual({
      threads: 3,
      threadsByKind: [{ label: 'QUESTION', count: 3 }, { label: 'OPINION', count: 0 }, { label: 'RECOMMENDATION', count: 0 }],
      threadsByStatus: [{ label: 'OPEN', count: 0 }, { label: 'RESOLVED', count: 2 }, { label: 'LEFT', count: 1 }],
      responsesByStance: [{ label: 'WILL_ADDRESS', count: 2 }, { label: 'PARTLY', count: 1 }, { label: 'WILL_NOT', count: 0 }],
      actionsByStatus: [{ label: 'PLANNED', count: 2 }, { label: 'IN_PROGRESS', count: 0 }, { label: 'DONE', count: 0 }, { label: 'DROPPED', count: 0 }],
    });
  });

  it('shows the action, carried over, on its measure in the next year’s review; the owner records progress', async () => {
    const Q = `query($id: ID!) { measure(id: $id) { carriedOverActions(fiscalYear: 2025) { id description status originFiscalYear version } } }`;
    const [carried] = (await council.gql(Q, { id: ids.measure12 })).data.measure.carriedOverActions;
    expect(carried).toMatchObject({ id: actionId, status: 'PLANNED', originFiscalYear: 2024 });
    const sameYear = `query($id: ID!) { measure(id: $id) { carriedOverActions(fiscalYear: 2024) { id } } }`;
    expect((await council.gql(sameYear, { id: ids.measure12 })).data.measure.carriedOverActions).toEqual([]);

    let next = (await planning.gql(OPEN_CYCLE, { strategyId, fiscalYear: 2025 })).data.openReviewCycle;
    next = (await planning.gql(MOVE_CYCLE, { id: next.id, to: 'COLLECTING', v: next.version })).data.moveReviewCycle;
    const PREVIOUS = `query($id: ID!) { reviewCycle(id: $id) { fiscalYear previousCycle { id fiscalYear state } } }`;
    expect((await council.gql(PREVIOUS, { id: next.id })).data.reviewCycle.previousCycle).toEqual({ id: cycle.id, fiscalYear: 2024, state: 'CLOSED' });
    // Due FY2025; today lies in FY2026 or later.
    const inbox = (await shoko.gql(INBOX)).data.inbox;
    const due = inbox.items.find((i: any) => i.kind === 'ACTIONS_DUE');
    expect(due.count).toBe(2);
    expect(due.actions.map((a: any) => a.id)).toContain(actionId);
    expect(inbox.items.find((i: any) => i.kind === 'ENTRIES_TO_HAND_IN')).toMatchObject({ cycle: { fiscalYear: 2025 } });

    const input = { id: actionId, status: 'IN_PROGRESS', note: '補助要綱を改正', expectedVersion: carried.version };
    expect((await kankyo.gql(UPDATE_ACTION, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const updated = await shoko.gql(UPDATE_ACTION, { input });
    expect(updated.data.updateImprovementAction).toMatchObject({ status: 'IN_PROGRESS', progressNotes: [{ body: '補助要綱を改正', status: 'IN_PROGRESS' }] });
    // Told to the live pages of FY2025, where the action is followed up, not to the closed FY2024.
    expect(await sql(`SELECT cycle_id FROM audit_entry WHERE action = 'improvementAction.update' AND entity_id = $1`, [actionId])).toEqual([{ cycle_id: next.id }]);
  });
});
