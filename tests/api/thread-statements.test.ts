import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ACTION, INBOX, MOVE_CYCLE, OPEN_CYCLE, REPLY, RESPOND, START_THREAD } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

/** Everything the council's review page reads of the threads of a cycle. */
const THREADS = `query($cycle: ID!) { reviewThreads(cycleId: $cycle) {
  id kind status anchor awaitingResponse unread createdByUser { displayName }
  goal { number } measure { code } indicator { name }
  responsibleDepartments { name }
  viewerCan { reply respond settle reopen }
  posts { body author { displayName } revisions { body } editableUntil }
  responses { stance body department { name } author { displayName } actions { id } }
  actions { description status originFiscalYear ownerDepartment { name } measure { code } goal { number } progressNotes { body } } } }`;

describe('threads of a cycle: SQL statements do not grow with the number of threads', () => {
  let server: TestServer;
  let council: ApiSession;
  let shoko: ApiSession;
  let cycle: { id: string; version: number };
  const kpis: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    const planning = server.session();
    [council, shoko] = [server.session(), server.session()];
    await planning.signIn('planning@example.jp');
    await council.signIn('council@example.jp');
    await shoko.signIn('shoko@example.jp');
    const { data } = await server.gql(`{ strategies { id departments { id name } } }`);
    const shokoId = data.strategies[0].departments.find((d: any) => d.name === '商工課').id;
    // KPIs of a measure first: the single thread then reaches measures as the five do (a KGI's does not).
    const own = await server.db.dataSource.query(
      `SELECT d.indicator_id FROM indicator_department d WHERE d.department_id = $1
        ORDER BY EXISTS (SELECT 1 FROM measure_indicator m WHERE m.indicator_id = d.indicator_id) DESC, d.indicator_id`,
      [shokoId],
    );
    for (const row of own) kpis.push(row.indicator_id);
    cycle = (await planning.gql(OPEN_CYCLE, { strategyId: data.strategies[0].id, fiscalYear: 2024 })).data.openReviewCycle;
    for (const to of ['COLLECTING', 'REVIEWING']) cycle = (await planning.gql(MOVE_CYCLE, { id: cycle.id, to, v: cycle.version })).data.moveReviewCycle;
  });
  afterAll(() => server?.stop());

  /** A thread with a reply, a response and an action, on another of 商工課's indicators (KPIs and a KGI). */
  async function conversation() {
    const thread = (await council.gql(START_THREAD, { input: { cycleId: cycle.id, anchor: 'INDICATOR', anchorId: kpis.shift(), kind: 'RECOMMENDATION', body: '提言' } })).data.startThread;
    await shoko.gql(REPLY, { id: thread.id, body: '返信' });
    const response = (await shoko.gql(RESPOND, { input: { threadId: thread.id, stance: 'WILL_ADDRESS', body: '対応します' } })).data.respondToThread;
    const action = await shoko.gql(CREATE_ACTION, { input: { responseId: response.id, description: '改善', dueFiscalYear: 2025 } });
    expect(action.errors).toBeUndefined();
  }

  async function statements(session: ApiSession, query: string, vars: Record<string, unknown> = {}) {
    const before = server.db.statementCounter.statements;
    const res = await session.gql(query, vars);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return { statements: server.db.statementCounter.statements - before, res };
  }

  it('reads 1 and 5 threads with everything on them in the same number of statements', async () => {
    await conversation();
    const one = await statements(council, THREADS, { cycle: cycle.id });
    for (let i = 0; i < 4; i++) await conversation();
    const five = await statements(council, THREADS, { cycle: cycle.id });
    expect(one.res.data.reviewThreads).toHaveLength(1);
    expect(five.res.data.reviewThreads).toHaveLength(5);
    expect(five.res.data.reviewThreads[4]).toMatchObject({ viewerCan: { reply: true, respond: false, settle: false }, responses: [{ actions: [{}] }] });
    expect(five.statements).toBe(one.statements);
  });

  it('builds the inbox in a number of statements that does not grow with the threads', async () => {
    const five = await statements(shoko, INBOX);
    await council.gql(START_THREAD, { input: { cycleId: cycle.id, anchor: 'INDICATOR', anchorId: kpis.shift(), kind: 'QUESTION', body: '質問' } });
    const six = await statements(shoko, INBOX);
    expect(six.res.data.inbox.items.find((i: any) => i.kind === 'AWAITING_RESPONSE').count).toBe(1);
    expect(six.statements).toBe(five.statements);
  });
});
