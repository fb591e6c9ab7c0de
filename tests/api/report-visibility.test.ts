import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_REPORT, RETURN_REPORT, SAVE_REPORT, SUBMIT_REPORT, openCycleAt } from '../support/review-ops.js';
import { type ApiSession, plans, sampleSessions, startTestServer, type TestServer } from '../support/server.js';

/**
 * Draft and returned measure reports are work in progress: read by the measure's departments, 政策企画課 and admins only.
 * Reports are the review's, not the plan's: signed out, none.
 */
describe('who reads which measure reports', () => {
  let server: TestServer;
  let as: Record<string, ApiSession>;
  let strategyId: string;
  let cycleId: string;
  let shokoDepartmentId: string;
  /** Measures 商工課 answers for and 環境課 does not, by what is written on them. */
  const measure = { draft: '', returned: '', submitted: '', accepted: '', later: [] as string[] };

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    as = await sampleSessions(server, ['shoko', 'kankyo', 'council', 'planning', 'admin']);
    const { data } = await server.gql(`{ strategies { id goals { measures { id code responsibleDepartments { id name } } } } }`);
    strategyId = data.strategies[0].id;
    const measures = data.strategies[0].goals.flatMap((g: any) => g.measures);
    const names = (m: any) => m.responsibleDepartments.map((d: any) => d.name);
    const shokos = measures.filter((m: any) => names(m).includes('商工課') && !names(m).includes('環境課'));
    shokoDepartmentId = shokos[0].responsibleDepartments.find((d: any) => d.name === '商工課').id;
    [measure.draft, measure.returned, measure.submitted, measure.accepted, ...measure.later] = shokos.map((m: any) => m.id);
    expect(measure.later.length).toBeGreaterThanOrEqual(2);

    cycleId = (await openCycleAt(as.planning, strategyId, 2024, 'COLLECTING')).id;

    await write(measure.draft, 'DRAFT');
    const returned = await write(measure.returned, 'RETURNED', true);
    await as.planning.gql(RETURN_REPORT, { id: returned.id, v: returned.version, reason: '課題をもう少し具体的に' });
    await write(measure.submitted, 'SUBMITTED', true);
    const accepted = await write(measure.accepted, 'ACCEPTED', true);
    expect((await as.planning.gql(ACCEPT_REPORT, { id: accepted.id, v: accepted.version })).data.acceptMeasureReport.status).toBe('ACCEPTED');
  });
  afterAll(() => server?.stop());

  /** Writes a complete report whose 取組内容 names the status it is meant to end in. */
  async function write(measureId: string, whatWasDone: string, submit = false) {
    const input = { cycleId, measureId, whatWasDone, issues: '課題', nextDirection: 'CONTINUE', selfGrade: 'B' };
    const saved = (await as.shoko.gql(SAVE_REPORT, { input })).data.saveMeasureReport;
    return submit ? (await as.shoko.gql(SUBMIT_REPORT, { id: saved.id, v: saved.version })).data.submitMeasureReport : saved;
  }

  const ALL = ['DRAFT', 'RETURNED', 'SUBMITTED', 'ACCEPTED'];
  const HANDED_IN = ['SUBMITTED', 'ACCEPTED'];
  const readers: [string, string[]][] = [
    ['shoko', ALL],
    ['planning', ALL],
    ['admin', ALL],
    ['kankyo', HANDED_IN],
    ['council', HANDED_IN],
  ];

  it('refuses every report signed out, however asked', async () => {
    for (const Q of [
      `query($id: ID!, $c: ID!) { measure(id: $id) { report(cycleId: $c) { status whatWasDone } } }`,
      `query($c: ID!) { measureReports(cycleId: $c) { status whatWasDone } }`,
      `query($c: ID!, $d: ID!) { reviewCycle(id: $c) { reportAssignments(departmentId: $d) { report { status whatWasDone } } } }`,
    ]) {
      const res = await as.anonymous.gql(Q, { id: measure.accepted, c: cycleId, d: shokoDepartmentId });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(res.data ?? null)).not.toMatch(/ACCEPTED|SUBMITTED/);
    }
  });

  it.each(readers)('%s reads %j through Measure.report', async (who, statuses) => {
    const Q = `query($id: ID!, $c: ID!) { measure(id: $id) { report(cycleId: $c) { status whatWasDone } } }`;
    const seen = [];
    for (const id of [measure.draft, measure.returned, measure.submitted, measure.accepted]) {
      const res = await as[who].gql(Q, { id, c: cycleId });
      expect(res.errors).toBeUndefined();
      const report = res.data.measure.report;
      if (report) {
        expect(report.whatWasDone).toBe(report.status);
        seen.push(report.status);
      }
    }
    expect(seen).toEqual(statuses);
  });

  it.each(readers)('%s reads %j through measureReports(cycleId)', async (who, statuses) => {
    const res = await as[who].gql(`query($c: ID!) { measureReports(cycleId: $c) { status whatWasDone measure { id } } }`, { c: cycleId });
    expect(res.errors).toBeUndefined();
    expect(res.data.measureReports.map((r: any) => r.whatWasDone).sort()).toEqual([...statuses].sort());
  });

  it.each(readers)('%s reads %j through the cycle’s reportAssignments of 商工課', async (who, statuses) => {
    const Q = `query($c: ID!, $d: ID!) { reviewCycle(id: $c) { reportAssignments(departmentId: $d) { measure { id } report { status whatWasDone } } } }`;
    const res = await as[who].gql(Q, { c: cycleId, d: shokoDepartmentId });
    expect(res.errors).toBeUndefined();
    const written = res.data.reviewCycle.reportAssignments.filter((a: any) => a.report).map((a: any) => a.report.whatWasDone);
    expect(written.sort()).toEqual([...statuses].sort());
  });

  it('still counts every report on the board, whoever reads it', async () => {
    const Q = `query($c: ID!) { reviewCycle(id: $c) { board { department { name } reports { drafts returned submitted accepted } } } }`;
    const res = await as.council.gql(Q, { c: cycleId });
    expect(res.errors).toBeUndefined();
    const row = res.data.reviewCycle.board.find((r: any) => r.department?.name === '商工課');
    expect(row.reports).toEqual({ drafts: 1, returned: 1, submitted: 1, accepted: 1 });
  });

  it('reads the whole plan’s reports in as many statements with two drafts as with many', async () => {
    const PLAN = `query($s: ID!, $c: ID!) { strategy(id: $s) { goals { measures { report(cycleId: $c) { status } responsibleDepartments { name } } } } }`;
    const LIST = `query($c: ID!) { measureReports(cycleId: $c) { status measure { code } } }`;
    const statements = async (query: string) => {
      const before = server.db.statementCounter.statements;
      const res = await as.shoko.gql(query, { s: strategyId, c: cycleId });
      expect(res.errors).toBeUndefined();
      return server.db.statementCounter.statements - before;
    };
    const few = [await statements(PLAN), await statements(LIST)];
    for (const id of measure.later) await write(id, 'DRAFT');
    expect([await statements(PLAN), await statements(LIST)]).toEqual(few);
  });
});
