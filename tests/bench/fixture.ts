// The bench's data, written through the API as people would: Yonezawa's plan, FY2024 reviewed,
// closed and published, FY2025 under review, an actual for each indicator and a report for each measure a year,
// ~50 threads a year, a revision of a few KPIs' targets from FY2026 (改訂, adopted); one signed-in user for each of the plan's departments (invited by 政策企画課).
import { apiSession, type ApiSession } from '../support/server.js';
import { ACCEPT_ACTUAL, ACCEPT_REPORT, MOVE_CYCLE, openCycleAt, PUBLISH, REPLY, RESOLVE_THREAD, SAVE_ACTUAL, SAVE_REPORT, START_THREAD, SUBMIT_ACTUAL, SUBMIT_REPORT } from '../support/review-ops.js';

const PLAN = `query($id: ID!) { strategy(id: $id) { departments { id name }
  goals { id kgis { id departments { id } } measures { id responsibleDepartments { id } indicators { id departments { id } } } } } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { token } }`;
const ACCEPT_INVITATION = `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { id } }`;

export type Fixture = {
  strategyId: string;
  council: ApiSession;
  planning: ApiSession;
  closed: { id: string; fiscalYear: number };
  reviewing: { id: string; fiscalYear: number };
  /** Adopted, in force from the year after the one under review: that year's plan folds it back. */
  revision: { id: string };
  /** Who enters each indicator's actual: a session of its department (the planning division when none). */
  writers: { indicatorId: string; session: ApiSession }[];
  counts: { actuals: number; threads: number; reports: number };
};

async function ok<T = any>(s: ApiSession, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await s.gql(query, variables);
  if (res.errors) throw new Error(`${query.slice(0, 60)}…: ${res.errors[0].message}`);
  return res.data;
}

export async function writeFixture(baseUrl: string, strategyId: string): Promise<Fixture> {
  const signedIn = async (email: string) => {
    const s = apiSession(baseUrl);
    const res = await s.signIn(email);
    if (res.errors) throw new Error(res.errors[0].message);
    return s;
  };
  const planning = await signedIn('planning@example.jp');
  const council = await signedIn('council@example.jp');
  const plan = (await ok(planning, PLAN, { id: strategyId })).strategy;
  const byDepartment = new Map<string, ApiSession>();
  for (const [n, d] of (plan.departments as { id: string }[]).entries()) {
    const { token } = (await ok(planning, INVITE, { input: { email: `bench-${n}@example.jp`, displayName: `bench ${n}`, role: 'DEPARTMENT', departmentId: d.id } })).inviteUser;
    const s = apiSession(baseUrl);
    await ok(s, ACCEPT_INVITATION, { token, password: 'bench-password-long-enough' });
    byDepartment.set(d.id, s);
  }
  const sessionOf = (departments: { id: string }[]) => (departments.length ? byDepartment.get(departments[0].id)! : planning);
  const indicators = new Map<string, ApiSession>();
  const measures: { id: string; session: ApiSession }[] = [];
  const anchors: { anchor: string; anchorId: string }[] = [];
  for (const g of plan.goals) {
    anchors.push({ anchor: 'GOAL', anchorId: g.id });
    for (const k of g.kgis) indicators.set(k.id, sessionOf(k.departments));
    for (const m of g.measures) {
      measures.push({ id: m.id, session: sessionOf(m.responsibleDepartments) });
      anchors.push({ anchor: 'MEASURE', anchorId: m.id });
      for (const i of m.indicators) {
        indicators.set(i.id, sessionOf(i.departments));
        anchors.push({ anchor: 'INDICATOR', anchorId: i.id });
      }
    }
  }
  const writers = [...indicators].map(([indicatorId, session]) => ({ indicatorId, session }));
  const counts = { actuals: 0, threads: 0, reports: 0 };

  const yearOf = async (fiscalYear: number, close: boolean) => {
    const cycle = await openCycleAt(planning, strategyId, fiscalYear, 'COLLECTING');
    await Promise.all(
      writers.map(async ({ indicatorId, session }, n) => {
        const saved = (await ok(session, SAVE_ACTUAL, { input: { cycleId: cycle.id, indicatorId, value: String(50 + ((n * 7) % 60)) } })).saveActual;
        const submitted = (await ok(session, SUBMIT_ACTUAL, { id: saved.id, v: saved.version })).submitActual;
        await ok(planning, ACCEPT_ACTUAL, { id: saved.id, v: submitted.version });
        counts.actuals += 1;
      }),
    );
    await Promise.all(
      measures.map(async ({ id, session }) => {
        const input = { cycleId: cycle.id, measureId: id, whatWasDone: '実施しました。', nextDirection: 'CONTINUE', selfGrade: 'B' };
        const saved = (await ok(session, SAVE_REPORT, { input })).saveMeasureReport;
        const submitted = (await ok(session, SUBMIT_REPORT, { id: saved.id, v: saved.version })).submitMeasureReport;
        await ok(planning, ACCEPT_REPORT, { id: saved.id, v: submitted.version });
        counts.reports += 1;
      }),
    );
    let moved = (await ok(planning, MOVE_CYCLE, { id: cycle.id, to: 'REVIEWING', v: cycle.version })).moveReviewCycle;
    const threads = [];
    for (const [n, a] of anchors.slice(0, 50).entries()) {
      const kind = ['QUESTION', 'OPINION', 'RECOMMENDATION'][n % 3];
      const thread = (await ok(council, START_THREAD, { input: { cycleId: cycle.id, ...a, kind, body: `論点 ${n} について` } })).startThread;
      threads.push(thread);
      counts.threads += 1;
    }
    if (close) {
      for (const t of threads) {
        await ok(planning, REPLY, { id: t.id, body: '承知しました。' });
        await ok(planning, RESOLVE_THREAD, { id: t.id, v: t.version + 1 });
      }
      for (const to of ['RESPONDING', 'CLOSED']) moved = (await ok(planning, MOVE_CYCLE, { id: cycle.id, to, v: moved.version })).moveReviewCycle;
      // As the city does with a closed year: its results are published (公開).
      await ok(planning, PUBLISH, { id: cycle.id, v: moved.version });
    }
    return { id: cycle.id as string, fiscalYear };
  };
  const closed = await yearOf(2024, true);
  const reviewing = await yearOf(2025, false);

  const input = { title: '第1次改訂', effectiveFiscalYear: reviewing.fiscalYear + 1, reason: '実績が目標を上回ったため' };
  const revision = (await ok(planning, `mutation($s: ID!, $input: PlanRevisionInput!) { createPlanRevision(strategyId: $s, input: $input) { id version } }`, { s: strategyId, input })).createPlanRevision;
  for (const [n, { indicatorId }] of writers.slice(0, 5).entries()) {
    const change = { revisionId: revision.id, subjectType: 'INDICATOR', subjectId: indicatorId, field: 'targetText', value: JSON.stringify(`改訂後の目標 ${n + 1}`) };
    await ok(planning, `mutation($input: SetPlanChangeInput!) { setPlanChange(input: $input) { id } }`, { input: change });
  }
  await ok(planning, `mutation($id: ID!, $v: Int!) { adoptPlanRevision(id: $id, expectedVersion: $v) { id } }`, { id: revision.id, v: revision.version });
  return { strategyId, council, planning, closed, reviewing, revision: { id: revision.id as string }, writers, counts };
}
