import { defaultProgressConfig, defaultReportConfig, JudgingBasis } from '@kaizen/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../server/src/graphql/schema.js';
import {
  ACCEPT_ACTUAL,
  ACCEPT_REPORT,
  CREATE_ACTION,
  EDIT_POST,
  LEAVE_THREAD,
  MARK_READ,
  MOVE_CYCLE,
  OPEN_CYCLE,
  PUBLISH,
  RETURN_ACTUAL,
  REOPEN_THREAD,
  REPLY,
  RESOLVE_THREAD,
  RESPOND,
  RETURN_REPORT,
  SAVE_ACTUAL,
  SAVE_REPORT,
  SUBMIT_ACTUAL,
  START_THREAD,
  SUBMIT_REPORT,
  UNPUBLISH,
  UPDATE_ACTION,
} from '../support/review-ops.js';
import { importPlanFile } from '../../server/src/modules/plan-import/plan-import.js';
import { plans, startTestServer, type ApiSession, type GraphQLResponse, type TestServer } from '../support/server.js';
import { EMAIL, ROLES, type RoleName } from '../support/matrix-roles.js';

/**
 * Every mutation × every role × own/other department: the exact outcome, and for a refusal,
 * proof that nothing changed (the rows the mutation touches and the audit log).
 */

type Case = {
  /** Who may: everyone else gets UNAUTHENTICATED (anonymous) or FORBIDDEN. */
  allowed: RoleName[];
  /** Runs once per mutation, before any role tries; returns what `run` needs. */
  prepare(): Promise<Record<string, any>>;
  run(session: ApiSession, prepared: Record<string, any>): Promise<GraphQLResponse>;
  /** The rows that must not change when the mutation is refused. */
  state(prepared: Record<string, any>): Promise<unknown>;
};

describe('authorization matrix', () => {
  let server: TestServer;
  const sessions = {} as Record<RoleName, ApiSession>;
  let strategyId: string;
  let cycle: { id: string; version: number };
  let shoko: string;
  const shokoKpis: string[] = [];
  /** Measures 商工課 answers for and 環境課 does not. */
  const shokoMeasures: string[] = [];
  /** A cycle in REVIEWING, for the council's threads, and a KPI 商工課 alone answers for. */
  let reviewing: { id: string };
  let shokoOnlyKpi: string;
  const sql = (q: string, p: unknown[] = []) => server.db.dataSource.query(q, p);

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    for (const role of ROLES) {
      sessions[role] = server.session();
      if (role !== 'anonymous') expect((await sessions[role].signIn(EMAIL[role])).errors).toBeUndefined();
    }
    const { data } = await server.gql(`{ strategies { id departments { id name } } }`);
    strategyId = data.strategies[0].id;
    shoko = data.strategies[0].departments.find((d: { name: string }) => d.name === '商工課').id;
    for (const row of await sql(`SELECT indicator_id FROM indicator_department WHERE department_id = $1 ORDER BY indicator_id`, [shoko])) shokoKpis.push(row.indicator_id);
    cycle = (await sessions.PLANNING.gql(OPEN_CYCLE, { strategyId, fiscalYear: 2024 })).data.openReviewCycle;
    cycle = (await sessions.PLANNING.gql(MOVE_CYCLE, { id: cycle.id, to: 'COLLECTING', v: cycle.version })).data.moveReviewCycle;
    const reports = await sessions['DEPARTMENT (own)'].gql(`query($id: ID!) { reviewCycle(id: $id) { reportAssignments { measure { id responsibleDepartments { name } } } } }`, { id: cycle.id });
    for (const { measure } of reports.data.reviewCycle.reportAssignments) {
      if (!measure.responsibleDepartments.some((d: { name: string }) => d.name === '環境課')) shokoMeasures.push(measure.id);
    }
    let later = (await sessions.PLANNING.gql(OPEN_CYCLE, { strategyId, fiscalYear: 2027 })).data.openReviewCycle;
    for (const to of ['COLLECTING', 'REVIEWING']) later = (await sessions.PLANNING.gql(MOVE_CYCLE, { id: later.id, to, v: later.version })).data.moveReviewCycle;
    reviewing = later;
    [{ indicator_id: shokoOnlyKpi }] = await sql(
      `SELECT indicator_id FROM indicator_department GROUP BY indicator_id HAVING count(*) = 1 AND bool_and(department_id = $1) ORDER BY indicator_id LIMIT 1`,
      [shoko],
    );
  });
  afterAll(() => server?.stop());

  /** A closed cycle of a second, small plan (Yonezawa's four years are the other cases'), closed directly: publishing needs nothing else of it. */
  let smallStrategy: string | undefined;
  let smallYear = 2025;
  const closedCycle = async () => {
    if (!smallStrategy) {
      await importPlanFile(server.db.dataSource, plans.smallCity);
      [{ id: smallStrategy }] = await sql(`SELECT id FROM strategy WHERE key = 'sample-town-2025'`);
    }
    const { id } = (await sessions.PLANNING.gql(OPEN_CYCLE, { strategyId: smallStrategy, fiscalYear: smallYear++ })).data.openReviewCycle;
    const [[row]] = await sql(`UPDATE review_cycle SET state = 'CLOSED', closed_at = now() WHERE id = $1 RETURNING id, version`, [id]);
    return row;
  };
  const publicationState = (p: Record<string, any>) => sql(`SELECT published_at, published_by, version FROM review_cycle WHERE id = $1`, [p.id]);

  const own = () => shokoKpis.shift()!;
  const actualState = (p: Record<string, any>) => sql(`SELECT value, status, version, return_reason FROM actual WHERE id = $1`, [p.id]);
  const draft = async () => {
    const res = await sessions['DEPARTMENT (own)'].gql(SAVE_ACTUAL, { input: { cycleId: cycle.id, indicatorId: own(), value: '10' } });
    return res.data.saveActual;
  };
  const submitted = async () => {
    const d = await draft();
    return (await sessions['DEPARTMENT (own)'].gql(SUBMIT_ACTUAL, { id: d.id, v: d.version })).data.submitActual;
  };

  const ownMeasure = () => shokoMeasures.shift()!;
  const reportState = (p: Record<string, any>) => sql(`SELECT what_was_done, status, version, return_reason FROM measure_report WHERE id = $1`, [p.id]);
  const reportDraft = async () => {
    const input = { cycleId: cycle.id, measureId: ownMeasure(), whatWasDone: '説明会を3回開催', nextDirection: 'CONTINUE', selfGrade: 'B' };
    return (await sessions['DEPARTMENT (own)'].gql(SAVE_REPORT, { input })).data.saveMeasureReport;
  };
  const reportSubmitted = async () => {
    const d = await reportDraft();
    return (await sessions['DEPARTMENT (own)'].gql(SUBMIT_REPORT, { id: d.id, v: d.version })).data.submitMeasureReport;
  };

  const thread = async () => {
    const input = { cycleId: reviewing.id, anchor: 'INDICATOR', anchorId: shokoOnlyKpi, kind: 'OPINION', body: '意見です' };
    return (await sessions.COUNCIL.gql(START_THREAD, { input })).data.startThread;
  };
  const threadState = (p: Record<string, any>) =>
    sql(`SELECT t.status, t.version, array_agg(p.body ORDER BY p.created_at) AS posts FROM review_thread t JOIN thread_post p ON p.thread_id = t.id WHERE t.id = $1 GROUP BY t.id`, [p.id]);
  const response = async () => {
    const t = await thread();
    return (await sessions['DEPARTMENT (own)'].gql(RESPOND, { input: { threadId: t.id, stance: 'WILL_ADDRESS', body: '対応します' } })).data.respondToThread;
  };
  const actionState = (p: Record<string, any>) => sql(`SELECT a.status, a.version, count(n.id) AS notes FROM improvement_action a LEFT JOIN action_progress_note n ON n.action_id = a.id WHERE a.id = $1 GROUP BY a.id`, [p.id]);

  const INVITE_USER = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { token user { id } } }`;
  const DISABLE_USER = `mutation($id: ID!, $reason: String!) { disableUser(id: $id, reason: $reason) { id status } }`;
  const ENABLE_USER = `mutation($id: ID!) { enableUser(id: $id) { id status } }`;
  const ACCEPT_INVITATION = `mutation($token: String!) { acceptInvitation(token: $token, password: "matrix passphrase") { id } }`;
  const inviteNew = async () => {
    const input = { email: `invitee-${crypto.randomUUID()}@example.jp`, displayName: '招待 太郎', role: 'COUNCIL' };
    return (await sessions.PLANNING.gql(INVITE_USER, { input })).data.inviteUser as { token: string; user: { id: string } };
  };
  /** A user who accepted an invitation and is signed in somewhere, so that disabling has sessions to end. */
  const activeUser = async () => {
    const { token, user } = await inviteNew();
    await server.session().gql(ACCEPT_INVITATION, { token });
    return user;
  };
  const userState = (p: Record<string, any>) =>
    sql(
      `SELECT u.disabled_at, u.disabled_reason, u.password_hash IS NULL AS invited,
        (SELECT count(*) FROM session s WHERE s.user_id = u.id) AS sessions,
        (SELECT array_agg(i.token_hash ORDER BY i.created_at) FROM user_invitation i WHERE i.user_id = u.id AND i.revoked_at IS NULL) AS invitations
      FROM app_user u WHERE u.id = $1`,
      [p.id],
    );
  const isDisabled = async (p: Record<string, any>) => !!(await userState(p))[0].disabled_at;
  const ISSUE_RESET = `mutation($id: ID!) { issuePasswordReset(userId: $id) { resetPath } }`;
  const SET_JUDGEMENT = `mutation($input: SetOverallJudgementInput!) { setOverallJudgement(input: $input) { id grade } }`;

  const REVISION_INPUT = { title: '第1次改訂', effectiveFiscalYear: 2026, reason: '実績が目標を上回ったため' };
  const CREATE_REVISION = `mutation($s: ID!, $input: PlanRevisionInput!) { createPlanRevision(strategyId: $s, input: $input) { id version } }`;
  const SET_CHANGE = `mutation($input: SetPlanChangeInput!) { setPlanChange(input: $input) { id } }`;
  /** The indicator the drafts revise: a KGI, which no other case touches. */
  const revisedIndicator = async () => (await sql(`SELECT id FROM indicator WHERE strategy_id = $1 AND kind = 'KGI' ORDER BY key LIMIT 1`, [strategyId]))[0].id as string;
  /** A fresh draft revision, drafted by the planning division. */
  const revisionDraft = async () => (await sessions.PLANNING.gql(CREATE_REVISION, { s: strategyId, input: REVISION_INPUT })).data.createPlanRevision as { id: string; version: number };
  /** A draft with one change: the KGI's note on its target, new each time (an adopted one is the plan's value then). */
  const revisionWithChange = async () => {
    const revision = await revisionDraft();
    const indicatorId = await revisedIndicator();
    const input = { revisionId: revision.id, subjectType: 'INDICATOR', subjectId: indicatorId, field: 'targetNote', value: JSON.stringify(`注記 ${crypto.randomUUID()}`) };
    const change = (await sessions.PLANNING.gql(SET_CHANGE, { input })).data.setPlanChange as { id: string };
    return { ...revision, indicatorId, changeId: change.id };
  };
  const revisionState = (p: Record<string, any>) => sql(`SELECT title, effective_fiscal_year, reason, state, adopted_seq, closed_by, version FROM plan_revision WHERE id = $1`, [p.id]);
  const changeState = (p: Record<string, any>) => sql(`SELECT id, subject_id, field, after FROM plan_change WHERE revision_id = $1 ORDER BY position`, [p.id]);
  const linkOp = (mutation: 'linkPlanRevision' | 'unlinkPlanRevision') => `mutation($r: ID!, $t: ID) { ${mutation}(revisionId: $r, threadId: $t) { id } }`;
  /** A draft and a council thread on the plan it could answer. */
  const revisionAndThread = async () => ({ ...(await revisionDraft()), threadId: (await thread()).id });
  const linkState = (p: Record<string, any>) => sql(`SELECT action_id, thread_id FROM plan_revision_link WHERE revision_id = $1 ORDER BY created_at`, [p.id]);

  const cases: Record<string, Case> = {
    signIn: {
      allowed: [...ROLES],
      prepare: async () => ({}),
      // On a copy of the role's cookie jar, so that the role's own session stays as it is.
      run: (s) => {
        const copy = server.session();
        copy.cookie = s.cookie;
        return copy.gql(`mutation { signIn(email: "council2@example.jp", password: "kaizen-review-demo") { id } }`);
      },
      state: () => sql(`SELECT count(*) FROM audit_entry`),
    },
    signOut: {
      allowed: [...ROLES],
      prepare: async () => ({}),
      // Signing out one's own session is always allowed; a throwaway session keeps the others signed in.
      run: async () => {
        const s = server.session();
        await s.signIn('council2@example.jp');
        return s.gql(`mutation { signOut }`);
      },
      state: () => sql(`SELECT count(*) FROM audit_entry`),
    },
    openReviewCycle: {
      allowed: ['PLANNING'],
      prepare: async () => ({ fiscalYear: 2026 }),
      run: (s, p) => s.gql(OPEN_CYCLE, { strategyId, fiscalYear: p.fiscalYear }),
      state: () => sql(`SELECT id, fiscal_year, state FROM review_cycle ORDER BY fiscal_year`),
    },
    moveReviewCycle: {
      allowed: ['PLANNING'],
      prepare: async () => (await sessions.PLANNING.gql(OPEN_CYCLE, { strategyId, fiscalYear: 2025 })).data.openReviewCycle,
      run: (s, p) => s.gql(MOVE_CYCLE, { id: p.id, to: 'COLLECTING', v: p.version }),
      state: (p) => sql(`SELECT state, version FROM review_cycle WHERE id = $1`, [p.id]),
    },
    publishReviewCycle: { allowed: ['PLANNING'], prepare: closedCycle, run: (s, p) => s.gql(PUBLISH, { id: p.id, v: p.version }), state: publicationState },
    unpublishReviewCycle: {
      allowed: ['PLANNING'],
      prepare: async () => {
        const closed = await closedCycle();
        return (await sessions.PLANNING.gql(PUBLISH, { id: closed.id, v: closed.version })).data.publishReviewCycle;
      },
      run: (s, p) => s.gql(UNPUBLISH, { id: p.id, v: p.version, reason: '誤りがあったため' }),
      state: publicationState,
    },
    saveActual: {
      allowed: ['DEPARTMENT (own)'],
      prepare: async () => ({ indicatorId: own() }),
      run: (s, p) => s.gql(SAVE_ACTUAL, { input: { cycleId: cycle.id, indicatorId: p.indicatorId, value: '42' } }),
      state: (p) => sql(`SELECT value, status, version FROM actual WHERE indicator_id = $1`, [p.indicatorId]),
    },
    submitActual: { allowed: ['DEPARTMENT (own)'], prepare: draft, run: (s, p) => s.gql(SUBMIT_ACTUAL, { id: p.id, v: p.version }), state: actualState },
    acceptActual: { allowed: ['PLANNING'], prepare: submitted, run: (s, p) => s.gql(ACCEPT_ACTUAL, { id: p.id, v: p.version }), state: actualState },
    returnActual: {
      allowed: ['PLANNING'],
      prepare: submitted,
      run: (s, p) => s.gql(RETURN_ACTUAL, { id: p.id, v: p.version, reason: '出典を添付してください' }),
      state: actualState,
    },
    startThread: {
      allowed: ['COUNCIL'],
      prepare: async () => ({}),
      run: (s) => s.gql(START_THREAD, { input: { cycleId: reviewing.id, anchor: 'INDICATOR', anchorId: shokoOnlyKpi, kind: 'QUESTION', body: '質問です' } }),
      state: () => sql(`SELECT count(*) FROM review_thread`),
    },
    replyToThread: {
      allowed: ['COUNCIL', 'DEPARTMENT (own)', 'PLANNING'],
      prepare: thread,
      run: (s, p) => s.gql(REPLY, { id: p.id, body: '返信です' }),
      state: threadState,
    },
    editThreadPost: {
      allowed: ['COUNCIL'],
      prepare: async () => {
        const t = await thread();
        return { id: t.id, postId: t.posts[0].id };
      },
      run: (s, p) => s.gql(EDIT_POST, { id: p.postId, body: '訂正した意見です' }),
      state: threadState,
    },
    resolveThread: { allowed: ['PLANNING'], prepare: thread, run: (s, p) => s.gql(RESOLVE_THREAD, { id: p.id, v: p.version }), state: threadState },
    reopenThread: {
      allowed: ['PLANNING'],
      prepare: async () => {
        const t = await thread();
        return (await sessions.PLANNING.gql(RESOLVE_THREAD, { id: t.id, v: t.version })).data.resolveThread;
      },
      run: (s, p) => s.gql(REOPEN_THREAD, { id: p.id, v: p.version }),
      state: threadState,
    },
    leaveThread: {
      allowed: ['PLANNING'],
      prepare: thread,
      run: (s, p) => s.gql(LEAVE_THREAD, { id: p.id, v: p.version, reason: '計画外の論点' }),
      state: threadState,
    },
    markThreadRead: {
      allowed: ['COUNCIL', 'ADMIN', 'DEPARTMENT (other)', 'DEPARTMENT (own)', 'PLANNING'],
      prepare: thread,
      run: (s, p) => s.gql(MARK_READ, { id: p.id }),
      state: (p) => sql(`SELECT user_id, read_at FROM thread_read WHERE thread_id = $1 ORDER BY user_id`, [p.id]),
    },
    respondToThread: {
      allowed: ['DEPARTMENT (own)'],
      prepare: thread,
      run: (s, p) => s.gql(RESPOND, { input: { threadId: p.id, stance: 'WILL_ADDRESS', body: '対応します' } }),
      state: (p) => sql(`SELECT stance, version FROM thread_response WHERE thread_id = $1`, [p.id]),
    },
    createImprovementAction: {
      allowed: ['DEPARTMENT (own)', 'PLANNING'],
      prepare: response,
      run: (s, p) => s.gql(CREATE_ACTION, { input: { responseId: p.id, description: '改善します', dueFiscalYear: 2028 } }),
      state: (p) => sql(`SELECT count(*) FROM improvement_action WHERE response_id = $1`, [p.id]),
    },
    updateImprovementAction: {
      allowed: ['DEPARTMENT (own)', 'PLANNING'],
      prepare: async () => {
        const r = await response();
        const input = { responseId: r.id, description: '改善します', dueFiscalYear: 2028 };
        return (await sessions['DEPARTMENT (own)'].gql(CREATE_ACTION, { input })).data.createImprovementAction;
      },
      // Each allowed role sends the version it reads, as the UI does.
      run: async (s, p) => {
        const [{ version }] = await sql(`SELECT version FROM improvement_action WHERE id = $1`, [p.id]);
        return s.gql(UPDATE_ACTION, { input: { id: p.id, status: 'IN_PROGRESS', note: '着手しました', expectedVersion: version } });
      },
      state: actionState,
    },
    saveMeasureReport: {
      allowed: ['DEPARTMENT (own)'],
      prepare: async () => ({ measureId: ownMeasure() }),
      run: (s, p) => s.gql(SAVE_REPORT, { input: { cycleId: cycle.id, measureId: p.measureId, whatWasDone: '取組' } }),
      state: (p) => sql(`SELECT what_was_done, status, version FROM measure_report WHERE measure_id = $1`, [p.measureId]),
    },
    submitMeasureReport: { allowed: ['DEPARTMENT (own)'], prepare: reportDraft, run: (s, p) => s.gql(SUBMIT_REPORT, { id: p.id, v: p.version }), state: reportState },
    acceptMeasureReport: { allowed: ['PLANNING'], prepare: reportSubmitted, run: (s, p) => s.gql(ACCEPT_REPORT, { id: p.id, v: p.version }), state: reportState },
    returnMeasureReport: {
      allowed: ['PLANNING'],
      prepare: reportSubmitted,
      run: (s, p) => s.gql(RETURN_REPORT, { id: p.id, v: p.version, reason: '課題を具体的に' }),
      state: reportState,
    },
    inviteUser: {
      allowed: ['ADMIN', 'PLANNING'],
      prepare: async () => ({}),
      run: (s) => s.gql(INVITE_USER, { input: { email: `invitee-${crypto.randomUUID()}@example.jp`, displayName: '招待 太郎', role: 'COUNCIL' } }),
      state: () => sql(`SELECT id, email FROM app_user ORDER BY email`),
    },
    reissueInvitation: {
      allowed: ['ADMIN', 'PLANNING'],
      prepare: async () => (await inviteNew()).user,
      run: (s, p) => s.gql(`mutation($id: ID!) { reissueInvitation(userId: $id) { token } }`, { id: p.id }),
      state: userState,
    },
    acceptInvitation: {
      allowed: [...ROLES],
      prepare: async () => ({}),
      // Public: whoever holds a link may use it, on a copy of the role's cookie jar (it signs the copy in).
      run: async (s) => {
        const { token } = await inviteNew();
        const copy = server.session();
        copy.cookie = s.cookie;
        return copy.gql(ACCEPT_INVITATION, { token });
      },
      state: () => sql(`SELECT count(*) FROM audit_entry`),
    },
    disableUser: {
      allowed: ['ADMIN', 'PLANNING'],
      prepare: activeUser,
      // Each allowed role finds the user enabled, as the UI offers it.
      run: async (s, p) => {
        if (await isDisabled(p)) await sessions.ADMIN.gql(ENABLE_USER, { id: p.id });
        return s.gql(DISABLE_USER, { id: p.id, reason: '異動のため' });
      },
      state: userState,
    },
    updateUser: {
      allowed: ['ADMIN', 'PLANNING'],
      prepare: async () => (await inviteNew()).user,
      // Each allowed role finds the user as invited (a council member) and changes their name back and forth.
      run: async (s, p) => {
        const [{ display_name, version }] = await sql(`SELECT display_name, version FROM app_user WHERE id = $1`, [p.id]);
        return s.gql(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { id displayName } }`, {
          input: { id: p.id, displayName: display_name === '招待 太郎' ? '招待 次郎' : '招待 太郎', role: 'COUNCIL', departmentId: null, expectedVersion: version },
        });
      },
      state: (p) => sql(`SELECT display_name, role, department_id FROM app_user WHERE id = $1`, [p.id]),
    },
    enableUser: {
      allowed: ['ADMIN', 'PLANNING'],
      prepare: async () => {
        const user = await activeUser();
        return (await sessions.PLANNING.gql(DISABLE_USER, { id: user.id, reason: '休職のため' })).data.disableUser;
      },
      // Each allowed role finds the user disabled, as the UI offers it.
      run: async (s, p) => {
        if (!(await isDisabled(p))) await sessions.ADMIN.gql(DISABLE_USER, { id: p.id, reason: '休職のため' });
        return s.gql(ENABLE_USER, { id: p.id });
      },
      state: userState,
    },
    changePassword: {
      allowed: ['COUNCIL', 'ADMIN', 'DEPARTMENT (other)', 'DEPARTMENT (own)', 'PLANNING'],
      prepare: async () => ({}),
      // One's own password, once per role: the role's session is the one kept.
      run: (s) => s.gql(`mutation { changePassword(currentPassword: "kaizen-review-demo", newPassword: "matrix changed passphrase") { id } }`),
      state: () => sql(`SELECT count(*) FROM audit_entry`),
    },
    updateMyNotificationPreferences: {
      allowed: ['COUNCIL', 'ADMIN', 'DEPARTMENT (other)', 'DEPARTMENT (own)', 'PLANNING'],
      prepare: async () => ({}),
      // One's own choices, once per role: a refused caller leaves every user's as they were.
      run: (s) => s.gql(`mutation { updateMyNotificationPreferences(input: [{ kind: DUE_SOON, enabled: false }]) { kinds { kind enabled } } }`),
      state: () => sql(`SELECT user_id, kind FROM notification_opt_out ORDER BY user_id, kind`),
    },
    issuePasswordReset: {
      allowed: ['ADMIN', 'PLANNING'],
      prepare: activeUser,
      run: (s, p) => s.gql(ISSUE_RESET, { id: p.id }),
      state: (p) => sql(`SELECT token_hash, revoked_at FROM password_reset WHERE user_id = $1 ORDER BY created_at`, [p.id]),
    },
    resetPassword: {
      allowed: [...ROLES],
      prepare: async () => ({}),
      // Public: whoever holds a link may use it, on a copy of the role's cookie jar (it signs the copy in).
      run: async (s) => {
        const user = await activeUser();
        const { resetPath } = (await sessions.PLANNING.gql(ISSUE_RESET, { id: user.id })).data.issuePasswordReset;
        const copy = server.session();
        copy.cookie = s.cookie;
        return copy.gql(`mutation($t: String!) { resetPassword(token: $t, password: "matrix reset passphrase") { id } }`, { t: resetPath.split('/').pop() });
      },
      state: () => sql(`SELECT count(*) FROM audit_entry`),
    },
    setOverallJudgement: {
      allowed: ['PLANNING'],
      prepare: async () => ({ measureId: (await sql(`SELECT id FROM measure WHERE strategy_id = $1 ORDER BY code LIMIT 1`, [strategyId]))[0].id }),
      run: (s, p) => s.gql(SET_JUDGEMENT, { input: { cycleId: cycle.id, measureId: p.measureId, grade: 'B', reason: '総合的に勘案して' } }),
      state: (p) => sql(`SELECT grade, reason, version FROM overall_judgement WHERE measure_id = $1`, [p.measureId]),
    },
    clearOverallJudgement: {
      allowed: ['PLANNING'],
      prepare: async () => {
        const [{ id: goalId }] = await sql(`SELECT id FROM goal WHERE strategy_id = $1 ORDER BY number LIMIT 1`, [strategyId]);
        expect((await sessions.PLANNING.gql(SET_JUDGEMENT, { input: { cycleId: cycle.id, goalId, grade: 'C', reason: '遅れている' } })).errors).toBeUndefined();
        return { goalId };
      },
      run: (s, p) => s.gql(`mutation($c: ID!, $g: ID!, $r: String!) { clearOverallJudgement(cycleId: $c, goalId: $g, reason: $r) }`, { c: cycle.id, g: p.goalId, r: '算定どおりとする' }),
      state: (p) => sql(`SELECT grade, reason, version FROM overall_judgement WHERE goal_id = $1`, [p.goalId]),
    },
    updateProgressConfig: {
      allowed: ['PLANNING'],
      prepare: async () => ({}),
      run: (s) =>
        s.gql(`mutation($s: ID!, $config: ProgressConfigInput!) { updateProgressConfig(strategyId: $s, config: $config) { id } }`, {
          s: strategyId,
          config: { ...defaultProgressConfig, basis: JudgingBasis.FINAL_TARGET },
        }),
      state: () => sql(`SELECT progress_config, closed_year_configs FROM strategy WHERE id = $1`, [strategyId]),
    },
    updateReportConfig: {
      allowed: ['PLANNING'],
      prepare: async () => ({}),
      run: (s) =>
        s.gql(`mutation($s: ID!, $config: ReportConfigInput!) { updateReportConfig(strategyId: $s, config: $config) { id } }`, {
          s: strategyId,
          config: { ...defaultReportConfig, effectiveness: true },
        }),
      state: () => sql(`SELECT report_config FROM strategy WHERE id = $1`, [strategyId]),
    },
    createPlanRevision: {
      allowed: ['PLANNING'],
      prepare: async () => ({}),
      run: (s) => s.gql(CREATE_REVISION, { s: strategyId, input: REVISION_INPUT }),
      state: () => sql(`SELECT id, number, state FROM plan_revision WHERE strategy_id = $1 ORDER BY number`, [strategyId]),
    },
    updatePlanRevision: {
      allowed: ['PLANNING'],
      prepare: revisionDraft,
      run: (s, p) =>
        s.gql(`mutation($id: ID!, $v: Int!, $input: PlanRevisionInput!) { updatePlanRevision(id: $id, expectedVersion: $v, input: $input) { id version } }`, {
          id: p.id,
          v: p.version,
          input: { ...REVISION_INPUT, title: '第1次改訂（修正）', decidedBy: '行政経営市民会議', decidedOn: '2026-05-30' },
        }),
      state: revisionState,
    },
    setPlanChange: {
      allowed: ['PLANNING'],
      prepare: async () => ({ ...(await revisionDraft()), indicatorId: await revisedIndicator() }),
      run: (s, p) => s.gql(SET_CHANGE, { input: { revisionId: p.id, subjectType: 'INDICATOR', subjectId: p.indicatorId, field: 'targetValue', value: '999' } }),
      state: changeState,
    },
    proposeIndicator: {
      allowed: ['PLANNING'],
      prepare: async () => ({ ...(await revisionDraft()), measureId: (await sql(`SELECT id FROM measure WHERE strategy_id = $1 ORDER BY code LIMIT 1`, [strategyId]))[0].id }),
      run: (s, p) =>
        s.gql(`mutation($input: ProposeIndicatorInput!) { proposeIndicator(input: $input) { id } }`, {
          input: { revisionId: p.id, measureId: p.measureId, key: '9-9-9', name: '新しい指標', unit: '件', targetKind: 'LEVEL', direction: 'HIGHER_IS_BETTER', targetValue: 10, targetText: '10 件', baselineText: '–', departmentIds: [] },
        }),
      state: changeState,
    },
    proposePlanItem: {
      allowed: ['PLANNING'],
      prepare: async () => ({ ...(await revisionDraft()), measureId: (await sql(`SELECT id FROM measure WHERE strategy_id = $1 ORDER BY code LIMIT 1`, [strategyId]))[0].id }),
      run: (s, p) => s.gql(`mutation($input: ProposePlanItemInput!) { proposePlanItem(input: $input) { id } }`, { input: { revisionId: p.id, subjectType: 'POLICY', parentId: p.measureId, title: '新しい具体的な施策' } }),
      state: changeState,
    },
    removePlanChange: {
      allowed: ['PLANNING'],
      prepare: revisionWithChange,
      run: (s, p) => s.gql(`mutation($id: ID!) { removePlanChange(id: $id) }`, { id: p.changeId }),
      state: changeState,
    },
    adoptPlanRevision: {
      allowed: ['PLANNING'],
      prepare: revisionWithChange,
      run: (s, p) => s.gql(`mutation($id: ID!, $v: Int!) { adoptPlanRevision(id: $id, expectedVersion: $v) { id state } }`, { id: p.id, v: p.version }),
      // The revision, and the plan it would change.
      state: async (p) => [await revisionState(p), await sql(`SELECT target_note, target_value FROM indicator WHERE id = $1`, [p.indicatorId])],
    },
    discardPlanRevision: {
      allowed: ['PLANNING'],
      prepare: revisionWithChange,
      run: (s, p) => s.gql(`mutation($id: ID!, $v: Int!) { discardPlanRevision(id: $id, expectedVersion: $v) { id state } }`, { id: p.id, v: p.version }),
      state: async (p) => [await revisionState(p), await changeState(p)],
    },
    linkPlanRevision: {
      allowed: ['PLANNING'],
      prepare: revisionAndThread,
      run: (s, p) => s.gql(linkOp('linkPlanRevision'), { r: p.id, t: p.threadId }),
      state: linkState,
    },
    unlinkPlanRevision: {
      allowed: ['PLANNING'],
      prepare: async () => {
        const p = await revisionAndThread();
        expect((await sessions.PLANNING.gql(linkOp('linkPlanRevision'), { r: p.id, t: p.threadId })).errors).toBeUndefined();
        return p;
      },
      run: (s, p) => s.gql(linkOp('unlinkPlanRevision'), { r: p.id, t: p.threadId }),
      state: linkState,
    },
  };

  it('covers every mutation of the schema', async () => {
    const mutations = Object.keys((await createSchema()).getMutationType()!.getFields()).sort();
    expect(Object.keys(cases).sort()).toEqual(mutations);
  });

  for (const [mutation, c] of Object.entries(cases)) {
    it(`${mutation}: ${ROLES.map((r) => `${r} ${c.allowed.includes(r) ? '✓' : '✗'}`).join(', ')}`, async () => {
      const prepared = await c.prepare();
      // Refused roles first, so that the allowed one finds the record as prepared.
      const order = [...ROLES].sort((a, b) => Number(c.allowed.includes(a)) - Number(c.allowed.includes(b)));
      for (const role of order) {
        const before = { rows: await c.state(prepared), audit: await sql(`SELECT count(*) FROM audit_entry`) };
        const res = await c.run(sessions[role], prepared);
        if (c.allowed.includes(role)) {
          expect(res.errors, `${mutation} as ${role}`).toBeUndefined();
          expect(res.data?.[mutation], `${mutation} as ${role}`).toBeTruthy();
        } else {
          expect(res.errors?.[0]?.extensions?.code, `${mutation} as ${role}`).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(res.data ?? null, `${mutation} as ${role}`).toBeNull();
          expect({ rows: await c.state(prepared), audit: await sql(`SELECT count(*) FROM audit_entry`) }, `${mutation} as ${role} changed nothing`).toEqual(before);
        }
      }
    });
  }
});
