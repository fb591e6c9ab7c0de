import { defaultProgressConfig } from '@kaizen/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../server/src/graphql/schema.js';
import { ACCEPT_ACTUAL, MOVE_CYCLE, RESPOND, SAVE_ACTUAL, SAVE_REPORT, START_THREAD, SUBMIT_ACTUAL, SUBMIT_REPORT, openCycleAt } from '../support/review-ops.js';
import { importPlanFile } from '../../server/src/modules/plan-import/plan-import.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type GraphQLResponse, type TestServer } from '../support/server.js';

/**
 * Reads × roles, as authorization-matrix.test.ts does for writes: every Query field, the fields
 * under the public plan that are not public, and every field that carries personal data, also
 * where it is reached through nesting. Allowed: data and no error; refused: UNAUTHENTICATED signed
 * out, FORBIDDEN signed in, and the data not in the answer.
 */
const ROLES = ['anonymous', 'COUNCIL', 'ADMIN', 'DEPARTMENT', 'PLANNING'] as const;
type RoleName = (typeof ROLES)[number];
const SIGNED_IN: RoleName[] = ['COUNCIL', 'ADMIN', 'DEPARTMENT', 'PLANNING'];
const MANAGERS: RoleName[] = ['ADMIN', 'PLANNING'];
/**
 * Who plays each role. The authors of what is read are others (a thread by council2, answered by
 * 商工課, whose entries these are), so that no role reads its own e-mail here except as the viewer.
 */
const USER: Record<Exclude<RoleName, 'anonymous'>, string> = { COUNCIL: 'council', ADMIN: 'admin', DEPARTMENT: 'kankyo', PLANNING: 'planning' };
const refusal = (role: RoleName) => (role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

describe('read matrix', () => {
  let server: TestServer;
  let as: Record<string, ApiSession>;
  const ids = { strategy: '', goal: '', measure: '', indicator: '', cycle: '', shoko: '', thread: '', invitation: '', revision: '', published: '', smallStrategy: '' };

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    as = await sampleSessions(server, ['council', 'council2', 'admin', 'kankyo', 'shoko', 'planning']);
    const { data } = await as.planning.gql(`{ strategies { id goals { id measures { id responsibleDepartments { id name } indicators { id departments { id name } } } } } }`);
    const strategy = data.strategies[0];
    ids.strategy = strategy.id;
    const measures = strategy.goals.flatMap((g: any) => g.measures.map((m: any) => ({ ...m, goalId: g.id })));
    const only = (ds: { name: string }[]) => ds.length === 1 && ds[0].name === '商工課';
    const measure = measures.find((m: any) => only(m.responsibleDepartments) && m.indicators.some((i: any) => only(i.departments)));
    const [indicator] = measure.indicators.filter((i: any) => only(i.departments));
    Object.assign(ids, { goal: measure.goalId, measure: measure.id, indicator: indicator.id, shoko: indicator.departments[0].id });

    // 商工課 hands in an actual (accepted) and a report (submitted); council2 then opens a thread on the KPI and 商工課 answers.
    const cycle = await openCycleAt(as.planning, ids.strategy, 2024, 'COLLECTING');
    ids.cycle = cycle.id;
    const saved = (await as.shoko.gql(SAVE_ACTUAL, { input: { cycleId: ids.cycle, indicatorId: ids.indicator, value: '12', note: '商工課の集計', evidenceLinks: ['https://example.jp/a'] } })).data.saveActual;
    const submitted = (await as.shoko.gql(SUBMIT_ACTUAL, { id: saved.id, v: saved.version })).data.submitActual;
    expect((await as.planning.gql(ACCEPT_ACTUAL, { id: submitted.id, v: submitted.version })).errors).toBeUndefined();
    const report = (await as.shoko.gql(SAVE_REPORT, { input: { cycleId: ids.cycle, measureId: ids.measure, whatWasDone: '説明会', nextDirection: 'CONTINUE', selfGrade: 'B' } })).data.saveMeasureReport;
    expect((await as.shoko.gql(SUBMIT_REPORT, { id: report.id, v: report.version })).errors).toBeUndefined();
    expect((await as.planning.gql(MOVE_CYCLE, { id: ids.cycle, to: 'REVIEWING', v: cycle.version })).errors).toBeUndefined();
    const thread = await as.council2.gql(START_THREAD, { input: { cycleId: ids.cycle, anchor: 'INDICATOR', anchorId: ids.indicator, kind: 'QUESTION', body: '集計方法は？' } });
    expect(thread.errors).toBeUndefined();
    ids.thread = thread.data.startThread.id;
    expect((await as.shoko.gql(RESPOND, { input: { threadId: thread.data.startThread.id, stance: 'WILL_ADDRESS', body: '次回から公表します' } })).errors).toBeUndefined();
    // 政策企画課 records its overall judgement of the measure and of its goal.
    for (const subject of [{ measureId: ids.measure }, { goalId: ids.goal }]) {
      const input = { cycleId: ids.cycle, ...subject, grade: 'B', reason: '総合的に勘案して' };
      expect((await as.planning.gql(`mutation($input: SetOverallJudgementInput!) { setOverallJudgement(input: $input) { id } }`, { input })).errors).toBeUndefined();
    }
    // An open invitation: its link's page reads whose it is, whoever holds the link.
    const invited = await as.planning.gql(`mutation { inviteUser(input: { email: "read-matrix@example.jp", displayName: "招待 花子", role: COUNCIL }) { token } }`);
    ids.invitation = invited.data.inviteUser.token;
    // 政策企画課 revises the KPI's note on its target from FY2026 and adopts the revision.
    const revision = await as.planning.gql(`mutation($s: ID!) { createPlanRevision(strategyId: $s, input: { title: "第1次改訂", effectiveFiscalYear: 2026, reason: "注記の補足" }) { id version } }`, { s: ids.strategy });
    ids.revision = revision.data.createPlanRevision.id;
    const change = { revisionId: ids.revision, subjectType: 'INDICATOR', subjectId: ids.indicator, field: 'targetNote', value: '"R8年度から注記を補足"' };
    expect((await as.planning.gql(`mutation($input: SetPlanChangeInput!) { setPlanChange(input: $input) { id } }`, { input: change })).errors).toBeUndefined();
    const adopt = `mutation($id: ID!, $v: Int!) { adoptPlanRevision(id: $id, expectedVersion: $v) { id } }`;
    expect((await as.planning.gql(adopt, { id: ids.revision, v: revision.data.createPlanRevision.version })).errors).toBeUndefined();
    // A published cycle (公開) of a second plan, closed and published directly: what signed-out readers may read of a review.
    await importPlanFile(server.db.dataSource, plans.smallCity);
    [{ id: ids.smallStrategy }] = await server.db.dataSource.query(`SELECT id FROM strategy WHERE key = 'sample-town-2025'`);
    ids.published = (await openCycleAt(as.planning, ids.smallStrategy, 2025, 'PREPARING')).id;
    await server.db.dataSource.query(`UPDATE review_cycle SET state = 'CLOSED', closed_at = now(), published_at = now() WHERE id = $1`, [ids.published]);
    // Signed out, an actual is read only in a published year: FY2024's is marked so (directly, as no
    // open cycle can be published), for the fields of an actual the public reads to be there to refuse.
    await server.db.dataSource.query(`UPDATE review_cycle SET published_at = now() WHERE id = $1`, [ids.cycle]);
  });
  afterAll(() => server?.stop());

  const session = (role: RoleName) => (role === 'anonymous' ? as.anonymous : as[USER[role]]);
  // `config`: the default rules judged against the final target (the grading preview).
  const vars = () => ({ s: ids.strategy, g: ids.goal, m: ids.measure, i: ids.indicator, c: ids.cycle, d: ids.shoko, t: ids.invitation, r: ids.revision, p: ids.published, ps: ids.smallStrategy, config: { ...defaultProgressConfig, basis: 'FINAL_TARGET' } });
  const codes = (res: GraphQLResponse) => [...new Set((res.errors ?? []).map((e) => e.extensions?.code))];

  type QueryCase = { allowed: readonly RoleName[]; query: string };
  const queries: Record<string, QueryCase> = {
    strategies: { allowed: ROLES, query: `{ strategies { id title } }` },
    strategy: { allowed: ROLES, query: `query($s: ID!) { strategy(id: $s) { id reportConfig { directions { code label } } goals { id progress(fiscalYear: 2024) { rate } } } }` },
    measure: { allowed: ROLES, query: `query($m: ID!) { measure(id: $m) { id code progress(fiscalYear: 2024) { indicators } } }` },
    indicator: { allowed: ROLES, query: `query($i: ID!) { indicator(id: $i) { id actuals { value status } progress(fiscalYear: 2024) { value } } }` },
    viewer: { allowed: ROLES, query: `{ viewer { id role } }` },
    reviewCycles: { allowed: SIGNED_IN, query: `query($s: ID!) { reviewCycles(strategyId: $s) { id state } }` },
    reviewCycle: { allowed: SIGNED_IN, query: `query($c: ID!) { reviewCycle(id: $c) { id state fiscalYear lastMoveBackReason lastMovedBackAt publishedAt strategy { id } } }` },
    reviewCyclesIn: { allowed: SIGNED_IN, query: `{ reviewCyclesIn(states: [PREPARING, COLLECTING, REVIEWING, RESPONDING, CLOSED]) { id state } }` },
    reviewThreads: { allowed: SIGNED_IN, query: `query($c: ID!) { reviewThreads(cycleId: $c) { id kind posts { body } } }` },
    actuals: { allowed: SIGNED_IN, query: `query($c: ID!) { actuals(cycleId: $c) { id value status } }` },
    measureReports: { allowed: SIGNED_IN, query: `query($c: ID!) { measureReports(cycleId: $c) { id status whatWasDone } }` },
    inbox: { allowed: SIGNED_IN, query: `{ inbox { total } }` },
    auditLog: { allowed: MANAGERS, query: `{ auditLog(first: 5) { id action } }` },
    progressConfigPreview: {
      allowed: MANAGERS,
      query: `query($s: ID!, $config: ProgressConfigInput!) { progressConfigPreview(strategyId: $s, fiscalYear: 2024, config: $config) { label before after } }`,
    },
    users: { allowed: MANAGERS, query: `{ users { id displayName } }` },
    invitation: { allowed: ROLES, query: `query($t: String!) { invitation(token: $t) { displayName expiresAt } }` },
    myNotificationPreferences: { allowed: SIGNED_IN, query: `{ myNotificationPreferences { mailConfigured kinds { kind enabled } } }` },
    // 公開: the published cycles' results, for everyone; an unpublished one is NOT_FOUND for everyone (publication.test.ts).
    publishedCycles: { allowed: ROLES, query: `query($ps: ID!) { publishedCycles(strategyId: $ps) { id fiscalYear } }` },
    publishedCycle: { allowed: ROLES, query: `query($p: ID!) { publishedCycle(id: $p) { id indicators { indicatorId progress { rate grade } } measures { measureCode threads { posts { author { role departmentName } } } } } }` },
    planRevision: { allowed: SIGNED_IN, query: `query($r: ID!) { planRevision(id: $r) { id number state changes { field } } }` },
  };

  it('covers every Query field of the schema', async () => {
    const fields = Object.keys((await createSchema()).getQueryType()!.getFields()).sort();
    expect(Object.keys(queries).sort()).toEqual(fields);
  });

  for (const [field, c] of Object.entries(queries)) {
    it(`Query.${field}: ${ROLES.map((r) => `${r} ${c.allowed.includes(r) ? '✓' : '✗'}`).join(', ')}`, async () => {
      for (const role of ROLES) {
        const res = await session(role).gql(c.query, vars());
        if (c.allowed.includes(role)) {
          expect(res.errors, `${field} as ${role}`).toBeUndefined();
          // The viewer of a signed-out caller is nobody: an answer, and an empty one.
          if (field === 'viewer' && role === 'anonymous') expect(res.data).toEqual({ viewer: null });
          else expect(res.data?.[field], `${field} as ${role}`).toBeTruthy();
        } else {
          expect(codes(res), `${field} as ${role}`).toEqual([refusal(role)]);
          expect(res.data ?? null, `${field} as ${role}`).toBeNull();
        }
      }
    });
  }

  /**
   * Fields under the public plan that belong to the review: signed in only. A refused field that
   * cannot be null takes its parents with it (GraphQL's null propagation), up to the answer.
   */
  const reviewFieldsOfThePlan: Record<string, { query: string; value: (data: any) => unknown }> = {
    'Measure.report': { query: `query($m: ID!, $c: ID!) { measure(id: $m) { report(cycleId: $c) { status } } }`, value: (d) => d?.measure.report },
    'Measure.carriedOverActions': { query: `query($m: ID!) { measure(id: $m) { carriedOverActions(fiscalYear: 2025) { id } } }`, value: (d) => d?.measure.carriedOverActions },
    'Measure.overallJudgement': { query: `query($m: ID!, $c: ID!) { measure(id: $m) { overallJudgement(cycleId: $c) { grade reason } } }`, value: (d) => d?.measure.overallJudgement },
    'Goal.overallJudgement': {
      query: `query($s: ID!, $c: ID!) { strategy(id: $s) { goals { id overallJudgement(cycleId: $c) { grade reason } } } }`,
      value: (d) => d?.strategy.goals.find((g: any) => g.id === ids.goal).overallJudgement,
    },
    'Goal.carriedOverActions': { query: `query($s: ID!) { strategy(id: $s) { goals { carriedOverActions(fiscalYear: 2025) { id } } } }`, value: (d) => d?.strategy.goals[0].carriedOverActions },
    'Actual.note': { query: `query($i: ID!) { indicator(id: $i) { actuals { note } } }`, value: (d) => d?.indicator.actuals[0].note },
    'Actual.evidenceLinks': { query: `query($i: ID!) { indicator(id: $i) { actuals { evidenceLinks } } }`, value: (d) => d?.indicator.actuals[0].evidenceLinks },
    'Actual.returnReason': { query: `query($i: ID!) { indicator(id: $i) { actuals { returnReason } } }`, value: (d) => d?.indicator.actuals[0].returnReason },
    'Actual.updatedByUser': { query: `query($i: ID!) { indicator(id: $i) { actuals { updatedByUser { displayName } } } }`, value: (d) => d?.indicator.actuals[0].updatedByUser },
    // The plan's revisions: drafts are the planning division's working material.
    'Strategy.revisions': { query: `query($s: ID!) { strategy(id: $s) { revisions { id number state } } }`, value: (d) => d?.strategy.revisions },
    'Strategy.planInForce': {
      query: `query($s: ID!) { strategy(id: $s) { planInForce(version: { fiscalYear: 2026 }) { fiscalYear strategy { periodEndFY } indicators { id target { note } } } } }`,
      value: (d) => d?.strategy.planInForce,
    },
    'Strategy.planComparison': {
      query: `query($s: ID!) { strategy(id: $s) { planComparison(from: { fiscalYear: 2024 }, to: {}) { subject before after reason } } }`,
      value: (d) => d?.strategy.planComparison,
    },
    'Indicator.history': { query: `query($i: ID!) { indicator(id: $i) { history { field before after } } }`, value: (d) => d?.indicator.history },
    'PlanRevision.changes': { query: `query($s: ID!) { strategy(id: $s) { revisions { changes { field afterText } } } }`, value: (d) => d?.strategy.revisions[0].changes },
    'PlanRevision.createdBy': { query: `query($s: ID!) { strategy(id: $s) { revisions { createdBy { displayName } } } }`, value: (d) => d?.strategy.revisions[0].createdBy },
    'PlanRevision.closedBy': { query: `query($s: ID!) { strategy(id: $s) { revisions { closedBy { displayName } } } }`, value: (d) => d?.strategy.revisions[0].closedBy },
    'PlanChange.revision': { query: `query($i: ID!) { indicator(id: $i) { history { revision { number title } } } }`, value: (d) => d?.indicator.history[0].revision },
  };

  for (const [field, c] of Object.entries(reviewFieldsOfThePlan)) {
    it(`${field}: signed in only`, async () => {
      for (const role of ROLES) {
        const res = await session(role).gql(c.query, vars());
        if (role === 'anonymous') {
          expect(codes(res), `${field} as ${role}`).toEqual(['UNAUTHENTICATED']);
          expect(c.value(res.data) ?? null, `${field} as ${role}`).toBeNull();
        } else {
          expect(res.errors, `${field} as ${role}`).toBeUndefined();
          expect(c.value(res.data), `${field} as ${role}`).toBeDefined();
        }
      }
    });
  }

  /**
   * What is still open in a cycle names every department's drafts and returned entries: the
   * planning division and administrators only. Refused, the non-null field takes its cycle with it.
   */
  it(`ReviewCycle.openItems: ${ROLES.map((r) => `${r} ${MANAGERS.includes(r) ? '✓' : '✗'}`).join(', ')}`, async () => {
    const query = `query($c: ID!) { reviewCycle(id: $c) { id openItems { actualsMissing { total items { id title } } threadsUnresolved { total items { id } } } } }`;
    for (const role of ROLES) {
      const res = await session(role).gql(query, vars());
      if (MANAGERS.includes(role)) {
        expect(res.errors, `openItems as ${role}`).toBeUndefined();
        expect(res.data.reviewCycle.openItems.threadsUnresolved, `openItems as ${role}`).toEqual({ total: 1, items: [{ id: ids.thread }] });
      } else {
        expect(codes(res), `openItems as ${role}`).toEqual([refusal(role)]);
        expect(res.data?.reviewCycle ?? null, `openItems as ${role}`).toBeNull();
      }
    }
  });

  /** The grades a draft would change: the planning division's alone. Refused, the non-null field takes its revision with it. */
  const PLANNING_ONLY: RoleName[] = ['PLANNING'];
  it(`PlanRevision.gradeEffects: ${ROLES.map((r) => `${r} ${PLANNING_ONLY.includes(r) ? '✓' : '✗'}`).join(', ')}`, async () => {
    const query = `query($r: ID!) { planRevision(id: $r) { id gradeEffects { fiscalYear subject gradeBefore gradeAfter } } }`;
    for (const role of ROLES) {
      const res = await session(role).gql(query, vars());
      if (PLANNING_ONLY.includes(role)) {
        expect(res.errors, `gradeEffects as ${role}`).toBeUndefined();
        expect(res.data.planRevision.gradeEffects, `gradeEffects as ${role}`).toEqual([]);
      } else {
        expect(codes(res), `gradeEffects as ${role}`).toEqual([refusal(role)]);
        expect(res.data?.planRevision ?? null, `gradeEffects as ${role}`).toBeNull();
      }
    }
  });

  /**
   * Personal data × role. `expected` is what an allowed role reads; a refused role gets the error
   * and `secret` appears nowhere in its answer.
   */
  type PersonalCase = { query: string; allowed: readonly RoleName[]; secret: string; read: (data: any) => unknown; expected: (role: RoleName) => unknown };
  const COUNCIL2 = 'council2@example.jp';
  const SHOKO = 'shoko@example.jp';
  /** Who last wrote the accepted actual: the planning division, by accepting it. */
  const PLANNING = 'planning@example.jp';
  const personal: Record<string, PersonalCase> = {
    'User.email of oneself: viewer { email }': {
      query: `{ viewer { email } }`,
      allowed: ROLES,
      secret: '@example.jp',
      read: (d) => d.viewer?.email ?? null,
      expected: (role) => (role === 'anonymous' ? null : `${USER[role]}@example.jp`),
    },
    'User.email of a thread’s author: reviewThreads { createdByUser { email } }': {
      query: `query($c: ID!) { reviewThreads(cycleId: $c) { createdByUser { email } } }`,
      allowed: MANAGERS,
      secret: COUNCIL2,
      read: (d) => d.reviewThreads.map((t: any) => t.createdByUser.email),
      expected: () => [COUNCIL2],
    },
    'User.email of a post’s author: reviewThreads { posts { author { email } } }': {
      query: `query($c: ID!) { reviewThreads(cycleId: $c) { posts { author { email } } } }`,
      allowed: MANAGERS,
      secret: COUNCIL2,
      read: (d) => d.reviewThreads.flatMap((t: any) => t.posts.map((p: any) => p.author.email)),
      expected: () => [COUNCIL2],
    },
    'User.email of a response’s author: reviewThreads { responses { author { email } } }': {
      query: `query($c: ID!) { reviewThreads(cycleId: $c) { responses { author { email } } } }`,
      allowed: MANAGERS,
      secret: SHOKO,
      read: (d) => d.reviewThreads.flatMap((t: any) => t.responses.map((r: any) => r.author.email)),
      expected: () => [SHOKO],
    },
    'who wrote a post: reviewThreads { posts { author { displayName role department } } }': {
      query: `query($c: ID!) { reviewThreads(cycleId: $c) { posts { author { displayName role department { name } } } responses { author { displayName role department { name } } } } }`,
      allowed: SIGNED_IN,
      secret: '商工課 商工',
      read: (d) => d.reviewThreads.map((t: any) => [t.posts[0].author.role, t.responses[0].author]),
      expected: () => [['COUNCIL', { displayName: expect.stringContaining('商工'), role: 'DEPARTMENT', department: { name: '商工課' } }]],
    },
    'account status of an author: createdByUser { status disabledAt disabledReason invitationExpiresAt }': {
      query: `query($c: ID!) { reviewThreads(cycleId: $c) { createdByUser { status disabledAt disabledReason invitationExpiresAt } } }`,
      allowed: SIGNED_IN,
      secret: 'ACTIVE',
      read: (d) => d.reviewThreads[0].createdByUser,
      // Those who manage users read it; the others read nulls (the fields say so).
      expected: (role) => ({ status: MANAGERS.includes(role) ? 'ACTIVE' : null, disabledAt: null, disabledReason: null, invitationExpiresAt: null }),
    },
    'what the viewer may do to an author: createdByUser { viewerCan { update disable issuePasswordReset } }': {
      query: `query($c: ID!) { reviewThreads(cycleId: $c) { createdByUser { viewerCan { update disable issuePasswordReset } } } }`,
      allowed: SIGNED_IN,
      secret: 'true',
      read: (d) => d.reviewThreads[0].createdByUser.viewerCan,
      // Only those who manage users may change, disable or reset another user (the author is a council member).
      expected: (role) => ({ update: MANAGERS.includes(role), disable: MANAGERS.includes(role), issuePasswordReset: MANAGERS.includes(role) }),
    },
    'User.email in the audit log: auditLog { user { email } }': {
      query: `{ auditLog(first: 500) { user { email } } }`,
      allowed: MANAGERS,
      secret: SHOKO,
      read: (d) => d.auditLog.some((e: any) => e.user?.email === SHOKO),
      expected: () => true,
    },
    'User.email of users: users { email }': {
      query: `{ users { email } }`,
      allowed: MANAGERS,
      secret: SHOKO,
      read: (d) => d.users.some((u: any) => u.email === SHOKO),
      expected: () => true,
    },
    'User.email of who entered an actual: indicator { actuals { updatedByUser { email } } }': {
      query: `query($i: ID!) { indicator(id: $i) { actuals { value updatedByUser { email } } } }`,
      allowed: MANAGERS,
      secret: PLANNING,
      read: (d) => d.indicator.actuals.map((a: any) => a.updatedByUser.email),
      expected: () => [PLANNING],
    },
    'User.email of who wrote a report: measure { report { updatedByUser { email } } }': {
      query: `query($m: ID!, $c: ID!) { measure(id: $m) { report(cycleId: $c) { updatedByUser { email } } } }`,
      allowed: MANAGERS,
      secret: SHOKO,
      read: (d) => d.measure.report.updatedByUser.email,
      expected: () => SHOKO,
    },
    'User.email of who judged a measure: measure { overallJudgement { decidedBy { email } } }': {
      query: `query($m: ID!, $c: ID!) { measure(id: $m) { overallJudgement(cycleId: $c) { decidedBy { displayName email } } } }`,
      allowed: MANAGERS,
      secret: PLANNING,
      read: (d) => d.measure.overallJudgement.decidedBy.email,
      expected: () => PLANNING,
    },
    'User.email of who drafted and adopted a revision: strategy { revisions { createdBy { email } closedBy { email } } }': {
      query: `query($s: ID!) { strategy(id: $s) { revisions { createdBy { email } closedBy { email } } } }`,
      allowed: MANAGERS,
      secret: PLANNING,
      read: (d) => d.strategy.revisions.map((r: any) => [r.createdBy.email, r.closedBy.email]),
      expected: () => [[PLANNING, PLANNING]],
    },
    'User.email through the cycle: reviewCycle { assignments { actual { updatedByUser { email } } } }': {
      query: `query($c: ID!, $d: ID!) { reviewCycle(id: $c) { assignments(departmentId: $d) { actual { updatedByUser { email } } } } }`,
      allowed: MANAGERS,
      secret: PLANNING,
      read: (d) => d.reviewCycle.assignments.filter((a: any) => a.actual).map((a: any) => a.actual.updatedByUser.email),
      expected: () => [PLANNING],
    },
  };

  for (const [name, c] of Object.entries(personal)) {
    it(`${name}: ${ROLES.map((r) => `${r} ${c.allowed.includes(r) ? '✓' : '✗'}`).join(', ')}`, async () => {
      for (const role of ROLES) {
        const res = await session(role).gql(c.query, vars());
        if (c.allowed.includes(role)) {
          expect(res.errors, `${name} as ${role}`).toBeUndefined();
          expect(c.read(res.data), `${name} as ${role}`).toEqual(c.expected(role));
        } else {
          expect(codes(res), `${name} as ${role}`).toEqual([refusal(role)]);
          expect(JSON.stringify(res.data ?? null), `${name} as ${role}`).not.toContain(c.secret);
        }
      }
    });
  }

  it('the authors read their own e-mail wherever it is, and sign in reading it', async () => {
    const Q = `query($c: ID!) { reviewThreads(cycleId: $c) { createdByUser { email } posts { author { email } } responses { author { email } } } }`;
    const asAuthor = (await as.council2.gql(`query($c: ID!) { reviewThreads(cycleId: $c) { createdByUser { email } posts { author { email } } } }`, vars())).data;
    expect(asAuthor.reviewThreads).toEqual([{ createdByUser: { email: COUNCIL2 }, posts: [{ author: { email: COUNCIL2 } }] }]);
    // 商工課 reads its own e-mail on its answer, but not the council member's on the thread.
    const asResponder = await as.shoko.gql(Q, vars());
    expect(codes(asResponder)).toEqual(['FORBIDDEN']);
    const own = await as.shoko.gql(`query($c: ID!) { reviewThreads(cycleId: $c) { responses { author { email } } } }`, vars());
    expect(own.data.reviewThreads[0].responses).toEqual([{ author: { email: SHOKO } }]);
    const signIn = await server.session().gql(`mutation { signIn(email: "kanko@example.jp", password: "kaizen-review-demo") { email displayName } }`);
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data.signIn.email).toBe('kanko@example.jp');
    // Signing in answers as the user, but the operation's other fields stay the anonymous caller's.
    const along = await server.session().gql(`mutation($t: ID!) { signIn(email: "kanko@example.jp", password: "kaizen-review-demo") { id } markThreadRead(id: $t) { id } }`, { t: ids.thread });
    expect(along.errors?.map((e) => [(e as { path?: string[] }).path?.[0], e.extensions?.code])).toEqual([['markThreadRead', 'UNAUTHENTICATED']]);
  });
});
