import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveClient } from '../support/live.js';
import { CREATE_ACTION, REPLY, RESOLVE_THREAD, RESPOND, REOPEN_THREAD, START_THREAD } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type GraphQLResponse, type TestServer } from '../support/server.js';

const CREATE = `mutation($s: ID!, $input: PlanRevisionInput!) { createPlanRevision(strategyId: $s, input: $input) { id version } }`;
const ADOPT = `mutation($id: ID!, $v: Int!) { adoptPlanRevision(id: $id, expectedVersion: $v) { id state version } }`;
const DISCARD = `mutation($id: ID!, $v: Int!) { discardPlanRevision(id: $id, expectedVersion: $v) { id state version } }`;
const COMMENTS = `query($id: ID!) { planRevision(id: $id) { comments { id anchor status cycle { id } revision { id title }
  awaitingResponse viewerCan { reply respond settle reopen } posts { body } responses { stance body } } } }`;
const SET = `mutation($input: SetPlanChangeInput!) { setPlanChange(input: $input) { id } }`;
const LINK = `mutation($id: ID!, $thread: ID) { linkPlanRevision(revisionId: $id, threadId: $thread) { id } }`;

const ok = <T>(res: GraphQLResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const refusal = (res: GraphQLResponse) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });

describe('council comments on a draft revision (same threads as on the plan)', () => {
  let server: TestServer;
  const as: Record<string, ApiSession> = {};
  let strategyId: string;
  let kpiId: string;
  const draft = async (title: string) =>
    ok(await as.planning.gql(CREATE, { s: strategyId, input: { title, effectiveFiscalYear: 2025, reason: '中間見直し' } })).createPlanRevision as { id: string; version: number };
  const comment = (revisionId: string, body: string, who = as.council) => who.gql(START_THREAD, { input: { anchor: 'REVISION', anchorId: revisionId, kind: 'OPINION', body } });
  const comments = async (id: string, who = as.planning) => ok(await who.gql(COMMENTS, { id })).planRevision.comments;

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    for (const [who, email] of [['planning', 'planning@example.jp'], ['shoko', 'shoko@example.jp'], ['council', 'council@example.jp']]) {
      as[who] = server.session();
      await as[who].signIn(email);
    }
    const [strategy] = ok(await as.planning.gql(`{ strategies { id goals { measures { indicators { id } } } } }`)).strategies;
    strategyId = strategy.id;
    kpiId = strategy.goals[0].measures[0].indicators[0].id;
  });
  const clients: Client[] = [];
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await server?.stop();
  });

  /** Every signal a subscriber of the revision receives, and how the subscription ended. */
  function listen(cookie: string | null, revisionId: string) {
    const client = liveClient(server.app.url, cookie);
    clients.push(client);
    const got = { signals: 0, errors: [] as unknown[] };
    client.subscribe(
      { query: `subscription($id: ID!) { revisionActivity(revisionId: $id) { revisionId at } }`, variables: { id: revisionId } },
      { next: (r) => (r.errors ? got.errors.push(...r.errors) : (got.signals += 1)), error: (e) => got.errors.push(e), complete: () => undefined },
    );
    return got;
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('a council member comments on a draft, the planning division answers it by reply, and the draft lists the thread; nothing of it is in a review cycle', async () => {
    const revision = await draft('第2次改訂（案）');
    const started = ok(await comment(revision.id, '目標値の引上げ幅の根拠を示してください')).startThread;
    expect(started).toMatchObject({ anchor: 'REVISION', status: 'OPEN', awaitingResponse: true, responsibleDepartments: [] });

    ok(await as.council.gql(REPLY, { id: started.id, body: '特に R7 の見込みについて' }));
    expect(ok(await as.council.gql(COMMENTS, { id: revision.id })).planRevision.comments[0].awaitingResponse).toBe(true);
    ok(await as.planning.gql(REPLY, { id: started.id, body: 'R6 実績の伸びを根拠にしています' }));
    // Answered by reply, and by the revision itself: not by a department's formal response.
    expect(refusal(await as.planning.gql(RESPOND, { input: { threadId: started.id, stance: 'WILL_ADDRESS', body: '改訂理由に根拠を追記します' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'threadId' });
    // A department does not answer the council on the plan's revision: the planning division does.
    expect(refusal(await as.shoko.gql(REPLY, { id: started.id, body: '商工課です' }))).toMatchObject({ code: 'FORBIDDEN' });

    const [thread] = await comments(revision.id, as.council);
    expect(thread).toMatchObject({
      id: started.id,
      cycle: null,
      revision: { id: revision.id, title: '第2次改訂（案）' },
      awaitingResponse: false,
      viewerCan: { reply: true, respond: false, settle: false, reopen: false },
      posts: [{ body: '目標値の引上げ幅の根拠を示してください' }, { body: '特に R7 の見込みについて' }, { body: 'R6 実績の伸びを根拠にしています' }],
      responses: [],
    });
    expect((await comments(revision.id)).map((t: any) => t.viewerCan)).toEqual([{ reply: true, respond: false, settle: true, reopen: false }]);

    const log = ok(await as.planning.gql(`query($id: ID) { auditLog(entityId: $id) { action entityType } }`, { id: started.id })).auditLog;
    expect(log).toEqual([{ action: 'reviewThread.start', entityType: 'ReviewThread' }]);
  });

  it('once the draft is adopted or withdrawn, its comments are kept and read, but nobody writes in them any more', async () => {
    const adopted = await draft('採択される案');
    const { id: threadId } = ok(await comment(adopted.id, '賛成です')).startThread;
    const thread = (await comments(adopted.id))[0];
    ok(await as.planning.gql(SET, { input: { revisionId: adopted.id, subjectType: 'INDICATOR', subjectId: kpiId, field: 'targetValue', value: '999' } }));
    ok(await as.planning.gql(ADOPT, { id: adopted.id, v: adopted.version }));
    expect(refusal(await as.council.gql(REPLY, { id: threadId, body: '追記' }))).toMatchObject({ code: 'INVALID_STATE' });
    expect(refusal(await comment(adopted.id, '遅れた意見'))).toMatchObject({ code: 'INVALID_STATE' });
    const [after] = await comments(adopted.id, as.council);
    expect(after).toMatchObject({ id: threadId, status: 'OPEN', posts: [{ body: '賛成です' }], viewerCan: { reply: false, respond: false, settle: false, reopen: false } });
    expect(refusal(await as.planning.gql(RESOLVE_THREAD, { id: threadId, v: 1 }))).toMatchObject({ code: 'INVALID_STATE' });
    expect(thread.status).toBe('OPEN');

    const withdrawn = await draft('取り下げる案');
    const { id: other } = ok(await comment(withdrawn.id, '時期尚早では')).startThread;
    const resolved = ok(await as.planning.gql(RESOLVE_THREAD, { id: other, v: 1 })).resolveThread;
    expect(resolved.status).toBe('RESOLVED');
    ok(await as.planning.gql(DISCARD, { id: withdrawn.id, v: withdrawn.version }));
    expect(refusal(await as.planning.gql(REOPEN_THREAD, { id: other, v: resolved.version }))).toMatchObject({ code: 'INVALID_STATE' });
    expect((await comments(withdrawn.id)).map((t: any) => t.status)).toEqual(['RESOLVED']);
  });

  it('refuses a comment anchored wrongly, naming the field; only council members open one; a revision comment is neither an action’s origin nor something a revision answers', async () => {
    const revision = await draft('検証用の案');
    const cycle = { id: '00000000-0000-4000-8000-000000000000' };
    expect(refusal(await as.council.gql(START_THREAD, { input: { cycleId: cycle.id, anchor: 'REVISION', anchorId: revision.id, kind: 'OPINION', body: 'x' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'cycleId' });
    expect(refusal(await as.council.gql(START_THREAD, { input: { anchor: 'MEASURE', anchorId: revision.id, kind: 'OPINION', body: 'x' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'cycleId' });
    expect(refusal(await comment(cycle.id, 'どこにもない案'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusal(await comment('not-a-uuid', 'x'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refusal(await comment(revision.id, '   '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(refusal(await comment(revision.id, '政策企画課から', as.planning))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(await server.session().gql(COMMENTS, { id: revision.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });

    const { id: threadId } = ok(await comment(revision.id, '指標の追加を')).startThread;
    const action = await as.planning.gql(CREATE_ACTION, { input: { threadId, description: '検討する', dueFiscalYear: 2026 } });
    expect(refusal(action)).toEqual({ code: 'BAD_USER_INPUT', field: 'threadId' });
    expect(refusal(await as.planning.gql(LINK, { id: revision.id, thread: threadId }))).toEqual({ code: 'BAD_USER_INPUT', field: 'threadId' });
  });

  it('tells a subscriber of the draft of each write and comment as it commits, and only those signed in', async () => {
    const revision = await draft('共同編集');
    const other = await draft('ほかの案');
    const planning = listen(as.planning.cookie, revision.id);
    const elsewhere = listen(as.planning.cookie, other.id);
    const anonymous = listen(null, revision.id);
    const unknown = listen(as.council.cookie, '00000000-0000-4000-8000-000000000000');
    await settle();
    ok(await as.planning.gql(SET, { input: { revisionId: revision.id, subjectType: 'INDICATOR', subjectId: kpiId, field: 'unit', value: JSON.stringify('件（延べ）') } }));
    await expect.poll(() => planning.signals, { timeout: 5000 }).toBe(1);
    const { id: threadId } = ok(await comment(revision.id, '単位の変更に賛成です')).startThread;
    await expect.poll(() => planning.signals, { timeout: 5000 }).toBe(2);
    ok(await as.planning.gql(REPLY, { id: threadId, body: 'ありがとうございます' }));
    await expect.poll(() => planning.signals, { timeout: 5000 }).toBe(3);
    await settle();
    expect(elsewhere.signals).toBe(0);
    expect(anonymous.signals).toBe(0);
    expect(JSON.stringify(anonymous.errors)).toMatch(/UNAUTHENTICATED|4401|サインイン/);
    expect(JSON.stringify(unknown.errors)).toContain('NOT_FOUND');
  });
});
