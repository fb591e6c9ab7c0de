import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from '../../client/src/gql/graphql.js';
import type { LoggedStatement } from '../../server/src/db/statement-counter.js';
import { generateCities } from '../support/cities.js';
import { CREATE_ACTION, REPLY, RESPOND, START_THREAD, openCycleAt } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

/** The "dashboard" read of issue 10: one strategy's tree with progress and actuals, reports and threads. */
const DASHBOARD = `query Dashboard($strategyId: ID!, $cycleId: ID!, $fiscalYear: Int!) {
  strategy(id: $strategyId) { id title goals { id number title progress(fiscalYear: $fiscalYear) { grade }
    kgis { id name progress(fiscalYear: $fiscalYear) { grade } actuals { fiscalYear value status } }
    measures { id code title progress(fiscalYear: $fiscalYear) { grade } report(cycleId: $cycleId) { id status selfGrade }
      indicators { id name progress(fiscalYear: $fiscalYear) { grade } actuals { fiscalYear value status } } } } }
  reviewThreads(cycleId: $cycleId) { id status anchor } }`;

/** A statement's bind parameters: a few ids and scalars. An `IN ($1 … $n)` list of Yonezawa's 49 KPIs would pass it. */
const MAX_PARAMETERS = 8;

type Ids = { strategyId: string; cycleId: string; previousId: string; measureId: string };
type Role = 'council' | 'shoko' | 'planning';

/**
 * The review pages' operations, as the web client sends them (client/src/gql), with Yonezawa's
 * variables, read by a council member; the inbox by each role that has one, the audit log by the
 * planning division.
 */
const operations = (ids: Ids): [name: string, query: string, variables: Record<string, unknown>, as: Role][] => {
  const doc = (d: DocumentNode) => print(d);
  const year = { fiscalYear: 2025 };
  return [
    ['ReviewIndex', doc(client.ReviewIndexDocument), { cycleId: ids.cycleId, ...year }, 'council'],
    ['ReviewCycleHead', doc(client.ReviewCycleHeadDocument), { id: ids.cycleId }, 'council'],
    ['MeasureReview', doc(client.MeasureReviewDocument), { cycleId: ids.cycleId, measureId: ids.measureId, ...year }, 'council'],
    ['GoalReview', doc(client.GoalReviewDocument), { cycleId: ids.cycleId, ...year }, 'council'],
    ['CycleSummary', doc(client.CycleSummaryDocument), { id: ids.cycleId }, 'council'],
    ['CycleGrades', doc(client.CycleGradesDocument), { cycleId: ids.cycleId, ...year }, 'council'],
    ['CycleThreads', doc(client.CycleThreadsDocument), { cycleId: ids.cycleId }, 'council'],
    ['ChangesCycle', doc(client.ChangesCycleDocument), { id: ids.cycleId }, 'council'],
    ['CycleChanges', doc(client.CycleChangesDocument), { strategyId: ids.strategyId, cycleId: ids.cycleId, previousId: ids.previousId, fiscalYear: 2025, previousYear: 2024 }, 'council'],
    ['Dashboard', DASHBOARD, { strategyId: ids.strategyId, cycleId: ids.cycleId, ...year }, 'council'],
    ['Inbox (COUNCIL)', doc(client.InboxDocument), {}, 'council'],
    ['Inbox (DEPARTMENT)', doc(client.InboxDocument), {}, 'shoko'],
    ['Inbox (PLANNING)', doc(client.InboxDocument), {}, 'planning'],
    ['AuditLog', doc(client.AuditLogDocument), { first: 100 }, 'planning'],
  ];
};

/**
 * Reads of each operation. Eight, not five: on CI, MeasureReview read five times with one city gave
 * 25–26 statements and five times with 200 cities 27 each (the same batches, split by timing: authors,
 * departments, reports, actions), so the two spreads did not meet.
 */
const READS = 8;

type Profile = { statements: number; most: number; parameters: number[]; texts: string[]; data: unknown };

describe('the review pages at 200 cities: flat statement counts, no growing parameter lists', () => {
  let server: TestServer;
  let as: Record<Role, ApiSession>;
  let ids: Ids;

  /**
   * Statements of each operation: how many, each one's parameter count and text. On PostgreSQL the
   * loaders' statements run over several connections, so a batch can split when its parents' rows
   * arrive in different ticks (timing, not data): of READS reads, the fewest is the operation’s
   * count and `most` the spread. On PGlite (one connection) every read issues the same statements.
   */
  async function profiles(): Promise<Record<string, Profile>> {
    const out: Record<string, Profile> = {};
    for (const [name, query, variables, role] of operations(ids)) {
      for (let run = 0; run < READS; run++) {
        const recording = server.db.statementCounter.record();
        const res = await as[role].gql(query, variables);
        const statements: LoggedStatement[] = recording.stop();
        expect(res.errors, `${name}: ${JSON.stringify(res.errors)}`).toBeUndefined();
        const most = Math.max(out[name]?.most ?? 0, statements.length);
        if (out[name]) out[name].most = most;
        if (out[name] && out[name].statements <= statements.length) continue;
        out[name] = { statements: statements.length, most, parameters: statements.map((s) => s.parameters), texts: statements.map((s) => s.sql), data: res.data };
      }
    }
    return out;
  }

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    as = { council: server.session(), shoko: server.session(), planning: server.session() };
    const { council, shoko, planning } = as;
    await planning.signIn('planning@example.jp');
    await council.signIn('council@example.jp');
    await shoko.signIn('shoko@example.jp');
    const sql = server.db.dataSource.query.bind(server.db.dataSource);
    const [{ id: strategyId }] = await sql(`SELECT id FROM strategy WHERE key = 'yonezawa-dgc-2024'`);
    const previous = await openCycleAt(planning, strategyId, 2024, 'CLOSED');
    const cycle = await openCycleAt(planning, strategyId, 2025, 'REVIEWING');
    // Both years' figures and reports as departments would have handed them in (written directly: the API path is tested elsewhere).
    for (const [c, fiscalYear] of [[previous, 2024], [cycle, 2025]] as const) {
      await sql(
        `INSERT INTO actual (cycle_id, indicator_id, fiscal_year, value, status, version)
         SELECT $1, i.id, $2, 10 + (row_number() OVER (ORDER BY i.key)) % 7, 'ACCEPTED', 1 FROM indicator i WHERE i.strategy_id = $3`,
        [c.id, fiscalYear, strategyId],
      );
      await sql(
        `INSERT INTO measure_report (cycle_id, measure_id, what_was_done, issues, status, version)
         SELECT $1, m.id, '実施しました。', '課題', 'SUBMITTED', 1 FROM measure m WHERE m.strategy_id = $2`,
        [c.id, strategyId],
      );
    }
    const [{ goal_id: goalId, measure_id: measureId, indicator_id: kpiId }] = await sql(
      `SELECT m.goal_id, m.id AS measure_id, mi.indicator_id FROM measure m JOIN measure_indicator mi ON mi.measure_id = m.id
        WHERE m.strategy_id = $1 AND m.code = '1-1' ORDER BY mi.position LIMIT 1`,
      [strategyId],
    );
    // A thread on each kind of anchor; the KPI's with a reply, a response and an action.
    for (const [anchor, anchorId] of [['GOAL', goalId], ['MEASURE', measureId], ['INDICATOR', kpiId]]) {
      const thread = (await council.gql(START_THREAD, { input: { cycleId: cycle.id, anchor, anchorId, kind: 'QUESTION', body: `${anchor}について` } })).data.startThread;
      if (anchor !== 'INDICATOR') continue;
      await shoko.gql(REPLY, { id: thread.id, body: '回答します' });
      const response = (await shoko.gql(RESPOND, { input: { threadId: thread.id, stance: 'WILL_ADDRESS', body: '対応します' } })).data.respondToThread;
      expect((await shoko.gql(CREATE_ACTION, { input: { responseId: response.id, description: '改善', dueFiscalYear: 2026 } })).errors).toBeUndefined();
    }
    // Entries to hand in for the inboxes: this year's (FY2026) figures, past their due date.
    await openCycleAt(planning, strategyId, 2026, 'COLLECTING');
    ids = { strategyId, cycleId: cycle.id, previousId: previous.id, measureId };
  }, 120_000);
  afterAll(() => server?.stop());

  it('issues the same statements with 1 city and with 200 beside it, none with a growing parameter list', async () => {
    await profiles(); // the first read of a session warms what is cached per process, not per request
    const one = await profiles();
    // Half the cities under review, half collecting: every inbox has each city's cycle to pass over.
    const reviewing = await generateCities(server.db.dataSource, 100);
    const collecting = await generateCities(server.db.dataSource, 100, { from: 101, cycle: { fiscalYear: 2024, state: 'COLLECTING' } });
    expect(reviewing.kpis + collecting.kpis).toBe(20_000);
    const many = await profiles();

    const counts = (p: Record<string, Profile>) => Object.fromEntries(Object.entries(p).map(([name, { statements }]) => [name, statements]));
    const widest = Math.max(...Object.values(many).flatMap((p) => p.parameters));
    console.log(`statements per operation (1 city → 201): ${JSON.stringify(counts(one))}; widest parameter list ${widest}; 200 cities generated in ${reviewing.ms + collecting.ms} ms`);
    if (!process.env.DATABASE_URL) expect(counts(many)).toEqual(counts(one));
    // On PostgreSQL the fewest with 200 cities lies within what one city gave, and the reverse.
    for (const name of Object.keys(one)) {
      expect(many[name].statements, name).toBeLessThanOrEqual(one[name].most);
      expect(one[name].statements, name).toBeLessThanOrEqual(many[name].most);
    }
    // The same statements (text and parameter count): PostgreSQL sees what it saw with one city, and plans it once.
    const statements = (p: Profile) => [...new Set(p.texts.map((sql, i) => `${p.parameters[i]} ${sql}`))].sort();
    for (const [name, profile] of Object.entries(many)) {
      expect(statements(profile), name).toEqual(statements(one[name]));
      // None carries a list: a few ids and scalars, whatever the data.
      const widest = Math.max(0, ...profile.parameters);
      expect(widest, `${name}: ${profile.texts[profile.parameters.indexOf(widest)]?.slice(0, 200)}`).toBeLessThanOrEqual(MAX_PARAMETERS);
    }
    // Nothing of the other cities waits for Yonezawa's council member or department.
    const inbox = (p: Profile) => (p.data as { inbox: { total: number } }).inbox;
    for (const name of ['Inbox (COUNCIL)', 'Inbox (DEPARTMENT)']) {
      expect(inbox(one[name]).total, name).toBeGreaterThan(0);
      expect(inbox(many[name]), name).toEqual(inbox(one[name]));
    }
    // Nor does the header follow another city's cycles for a department (a socket holds 10 subscriptions).
    const followed = (p: Profile) => (p.data as { reviewCyclesIn: unknown[] }).reviewCyclesIn;
    expect(followed(one['Inbox (DEPARTMENT)']).length).toBeGreaterThan(0);
    expect(followed(many['Inbox (DEPARTMENT)'])).toEqual(followed(one['Inbox (DEPARTMENT)']));
  }, 120_000);
});
