import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVE_CYCLE, OPEN_CYCLE, START_THREAD } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type GraphQLResponse, type TestServer } from '../support/server.js';

const USER_FIELDS = `id email displayName role status disabledAt disabledReason invitationExpiresAt department { name } viewerCan { disable enable reissueInvitation }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { token acceptPath expiresAt user { ${USER_FIELDS} } } }`;
const REISSUE = `mutation($id: ID!) { reissueInvitation(userId: $id) { token acceptPath expiresAt user { id status } } }`;
const ACCEPT = `mutation($token: String!, $password: String!, $name: String) { acceptInvitation(token: $token, password: $password, displayName: $name) { ${USER_FIELDS} } }`;
const DISABLE = `mutation($id: ID!, $reason: String!) { disableUser(id: $id, reason: $reason) { ${USER_FIELDS} } }`;
const ENABLE = `mutation($id: ID!) { enableUser(id: $id) { ${USER_FIELDS} } }`;
const VIEWER = `{ viewer { id email role displayName department { name } } }`;
const USERS = `{ users { ${USER_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} viewerCan { update } } }`;

const PREVIEW = `query($token: String!) { invitation(token: $token) { displayName email expiresAt } }`;

const GOOD_PASSWORD = 'correct horse battery staple';

describe('inviting and disabling users', () => {
  let server: TestServer;
  let planning: ApiSession;
  let admin: ApiSession;
  let shoko: string;
  let goalId: string;
  let strategyId: string;
  /** Every secret the tests see, to prove none reaches the audit log. */
  const secrets: string[] = [GOOD_PASSWORD];
  const sql = (q: string, p: unknown[] = []) => server.db.dataSource.query(q, p);
  const idOf = async (email: string): Promise<string> => (await sql(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
  const versionOf = async (id: string): Promise<number> => (await sql(`SELECT version FROM app_user WHERE id = $1`, [id]))[0].version;
  const signedIn = async (email: string) => {
    const s = server.session();
    expect((await s.signIn(email)).errors).toBeUndefined();
    return s;
  };
  const invite = async (by: ApiSession, input: Record<string, unknown>) => {
    const res = await by.gql(INVITE, { input: { displayName: '招待 花子', role: 'COUNCIL', ...input } });
    if (res.data?.inviteUser) secrets.push(res.data.inviteUser.token);
    return res;
  };
  const accept = (s: ApiSession, token: string, password = GOOD_PASSWORD, name?: string) => s.gql(ACCEPT, { token, password, name });
  const errorOf = (res: GraphQLResponse) => res.errors?.[0];

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    planning = await signedIn('planning@example.jp');
    admin = await signedIn('admin@example.jp');
    const { data } = await server.gql(`{ strategies { id departments { id name } goals { id } } }`);
    strategyId = data.strategies[0].id;
    shoko = data.strategies[0].departments.find((d: { name: string }) => d.name === '商工課').id;
    goalId = data.strategies[0].goals[0].id;
  });
  afterAll(() => server?.stop());

  it('invites a user, who chooses a password, is signed in, and signs in again later', async () => {
    const before = Date.now();
    const res = await invite(planning, { email: ' New.Staff@Example.JP ', displayName: '商工課 新人', role: 'DEPARTMENT', departmentId: shoko });
    expect(res.errors).toBeUndefined();
    const invitation = res.data.inviteUser;
    expect(invitation.token).toMatch(/^[\w-]{43}$/);
    expect(invitation.acceptPath).toBe(`/invitation/${invitation.token}`);
    const expiresIn = Date.parse(invitation.expiresAt) - before;
    expect(expiresIn).toBeGreaterThan(7 * 24 * 3600 * 1000 - 60_000);
    expect(expiresIn).toBeLessThan(7 * 24 * 3600 * 1000 + 60_000);
    expect(invitation.user).toMatchObject({
      email: 'new.staff@example.jp',
      role: 'DEPARTMENT',
      status: 'INVITED',
      disabledAt: null,
      invitationExpiresAt: invitation.expiresAt,
      department: { name: '商工課' },
      viewerCan: { disable: true, enable: false, reissueInvitation: true },
    });
    // Only the hash is stored.
    const [row] = await sql(`SELECT token_hash FROM user_invitation WHERE user_id = $1`, [invitation.user.id]);
    expect(row.token_hash).not.toBe(invitation.token);
    expect(JSON.stringify(await sql(`SELECT * FROM user_invitation`))).not.toContain(invitation.token);
    expect((await sql(`SELECT password_hash FROM app_user WHERE id = $1`, [invitation.user.id]))[0].password_hash).toBeNull();

    // The link's page greets the invitee by the name entered, signed out.
    expect((await server.session().gql(PREVIEW, { token: invitation.token })).data.invitation).toEqual({ displayName: '商工課 新人', email: 'new.staff@example.jp', expiresAt: invitation.expiresAt });

    // No password yet: signing in fails like any wrong password.
    const early = server.session();
    expect(errorOf(await early.signIn('new.staff@example.jp', GOOD_PASSWORD))).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' } });

    const invitee = server.session();
    const accepted = await accept(invitee, invitation.token, GOOD_PASSWORD, '商工課 新人 三郎');
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptInvitation).toMatchObject({ email: 'new.staff@example.jp', displayName: '商工課 新人 三郎' });
    expect(invitee.lastSetCookie).toMatch(/^kaizen_session=[\w-]{40,};.*HttpOnly/);
    expect((await invitee.gql(`{ viewer { email role status department { name } } }`)).data.viewer).toEqual({
      email: 'new.staff@example.jp',
      role: 'DEPARTMENT',
      status: 'ACTIVE',
      department: { name: '商工課' },
    });
    expect(JSON.stringify(accepted)).not.toContain(GOOD_PASSWORD);

    // A used link shows nothing any more.
    expect((await server.session().gql(PREVIEW, { token: invitation.token })).data).toEqual({ invitation: null });

    const later = server.session();
    expect((await later.signIn('New.Staff@example.jp', GOOD_PASSWORD)).errors).toBeUndefined();
    const listed = (await planning.gql(USERS)).data.users.find((u: { email: string }) => u.email === 'new.staff@example.jp');
    expect(listed).toMatchObject({ status: 'ACTIVE', viewerCan: { disable: true, enable: false, reissueInvitation: false } });
  });

  it('refuses an unknown, used, replaced or expired link with one answer and no cookie', async () => {
    const unknown = server.session();
    const answer = errorOf(await accept(unknown, 'not-a-token'));
    expect(answer).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'token' } });
    expect(unknown.lastSetCookie).toBeNull();

    const first = (await invite(admin, { email: 'links@example.jp' })).data.inviteUser;
    expect((await accept(server.session(), first.token)).errors).toBeUndefined();
    const used = server.session();
    expect(errorOf(await accept(used, first.token, 'another good passphrase'))).toEqual(answer);
    expect(used.lastSetCookie).toBeNull();

    const replaced = (await invite(planning, { email: 'replaced@example.jp' })).data.inviteUser;
    const reissued = await planning.gql(REISSUE, { id: replaced.user.id });
    expect(reissued.errors).toBeUndefined();
    secrets.push(reissued.data.reissueInvitation.token);
    expect(reissued.data.reissueInvitation.token).not.toBe(replaced.token);
    expect(errorOf(await accept(server.session(), replaced.token))).toEqual(answer);
    expect((await accept(server.session(), reissued.data.reissueInvitation.token)).errors).toBeUndefined();
    // An accepted invitation is not reissued.
    expect(errorOf(await planning.gql(REISSUE, { id: replaced.user.id }))).toMatchObject({ extensions: { code: 'INVALID_STATE' } });

    const expired = (await invite(planning, { email: 'expired@example.jp' })).data.inviteUser;
    await sql(`UPDATE user_invitation SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [expired.user.id]);
    expect(errorOf(await accept(server.session(), expired.token))).toEqual(answer);
    // Its page reads no one's name: unknown, replaced and expired alike.
    for (const token of ['not-a-token', replaced.token, expired.token]) expect((await server.session().gql(PREVIEW, { token })).data).toEqual({ invitation: null });
    // Still listed as invited, with the past expiry, so that the UI offers a new link.
    const listed = (await planning.gql(USERS)).data.users.find((u: { email: string }) => u.email === 'expired@example.jp');
    expect(listed.status).toBe('INVITED');
    expect(Date.parse(listed.invitationExpiresAt)).toBeLessThan(Date.now());
    expect(listed.viewerCan.reissueInvitation).toBe(true);
  });

  it('holds the password to the policy, and a refused password leaves the link usable', async () => {
    const { token } = (await invite(planning, { email: 'long.address@example.jp' })).data.inviteUser;
    for (const password of ['short-pass1', 'Long.Address@Example.jp', 'long.address', 'kaizen-review-demo', 'x'.repeat(257)]) {
      const s = server.session();
      const res = await accept(s, token, password);
      expect(errorOf(res), password).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
      expect(s.lastSetCookie).toBeNull();
    }
    expect(errorOf(await accept(server.session(), token, GOOD_PASSWORD, '  '))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'displayName' } });
    // Twelve characters are enough.
    expect((await accept(server.session(), token, '12characters')).errors).toBeUndefined();
  });

  it('lets only one of two simultaneous acceptances of a link through', async () => {
    const { token } = (await invite(planning, { email: 'twice@example.jp' })).data.inviteUser;
    const results = await Promise.all([accept(server.session(), token, 'first passphrase here'), accept(server.session(), token, 'second passphrase here')]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.field === 'token')).toHaveLength(1);
  });

  it('validates an invitation field by field, and creates nothing when refusing', async () => {
    const count = async () => (await sql(`SELECT count(*)::int AS n FROM app_user`))[0].n;
    const users = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'Planning@Example.jp' }, 'email'],
      [{ email: 'not an address' }, 'email'],
      [{ email: 'ok1@example.jp', displayName: ' ' }, 'displayName'],
      [{ email: 'ok2@example.jp', role: 'DEPARTMENT' }, 'departmentId'],
      [{ email: 'ok3@example.jp', role: 'COUNCIL', departmentId: shoko }, 'departmentId'],
      [{ email: 'ok4@example.jp', role: 'DEPARTMENT', departmentId: '00000000-0000-4000-8000-000000000000' }, 'departmentId'],
      [{ email: 'ok5@example.jp', role: 'DEPARTMENT', departmentId: 'nope' }, 'departmentId'],
    ];
    for (const [input, field] of cases) {
      expect(errorOf(await invite(planning, input)), JSON.stringify(input)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect(errorOf(await invite(planning, { email: 'PLANNING@example.jp' }))?.message).toMatch(/planning@example\.jp/);
    expect(await count()).toBe(users);
  });

  it('leaves administrators to administrators', async () => {
    expect(errorOf(await invite(planning, { email: 'new.admin@example.jp', role: 'ADMIN' }))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const invited = await invite(admin, { email: 'new.admin@example.jp', role: 'ADMIN' });
    expect(invited.errors).toBeUndefined();
    const newAdmin = invited.data.inviteUser.user.id;
    expect(errorOf(await planning.gql(REISSUE, { id: newAdmin }))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const adminId = await idOf('admin@example.jp');
    expect(errorOf(await planning.gql(DISABLE, { id: adminId, reason: '異動' }))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await sql(`SELECT disabled_at FROM app_user WHERE id = $1`, [adminId]))[0].disabled_at).toBeNull();
    const asSeenByPlanning = (await planning.gql(USERS)).data.users.find((u: { id: string }) => u.id === adminId);
    expect(asSeenByPlanning.viewerCan).toEqual({ disable: false, enable: false, reissueInvitation: false });
    // An administrator may disable and enable another administrator.
    expect((await admin.gql(DISABLE, { id: newAdmin, reason: '誤って招待' })).errors).toBeUndefined();
    expect(errorOf(await planning.gql(ENABLE, { id: newAdmin }))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await admin.gql(ENABLE, { id: newAdmin })).errors).toBeUndefined();
  });

  it('does not let anyone disable themselves', async () => {
    for (const [s, email] of [
      [planning, 'planning@example.jp'],
      [admin, 'admin@example.jp'],
    ] as const) {
      const id = await idOf(email);
      expect(errorOf(await s.gql(DISABLE, { id, reason: 'テスト' }))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect((await s.gql(USERS)).data.users.find((u: { id: string }) => u.id === id).viewerCan.disable).toBe(false);
      expect((await s.gql(VIEWER)).data.viewer.email).toBe(email);
    }
  });

  it('disabling ends the user’s sessions at once and refuses sign-in like a wrong password; enabling restores sign-in', async () => {
    const id = await idOf('kanko@example.jp');
    const [laptop, phone] = [await signedIn('kanko@example.jp'), await signedIn('kanko@example.jp')];
    expect((await laptop.gql(VIEWER)).data.viewer.email).toBe('kanko@example.jp');

    expect(errorOf(await planning.gql(DISABLE, { id, reason: '  ' }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    const res = await planning.gql(DISABLE, { id, reason: '退職のため' });
    expect(res.errors).toBeUndefined();
    expect(res.data.disableUser).toMatchObject({ status: 'DISABLED', disabledReason: '退職のため', viewerCan: { disable: false, enable: true, reissueInvitation: false } });
    expect(Date.parse(res.data.disableUser.disabledAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await sql(`SELECT count(*)::int AS n FROM session WHERE user_id = $1`, [id]))[0].n).toBe(0);
    for (const s of [laptop, phone]) {
      expect((await s.gql(VIEWER)).data.viewer).toBeNull();
      expect(errorOf(await s.gql(`{ inbox { __typename } }`))).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }

    const disabled = server.session();
    const refused = await disabled.signIn('kanko@example.jp');
    const wrong = await server.session().signIn('nobody@example.jp', 'not-the-password');
    expect(errorOf(refused)).toEqual(errorOf(wrong));
    expect(errorOf(refused)).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' } });
    expect(disabled.lastSetCookie).toBeNull();
    expect(errorOf(await planning.gql(DISABLE, { id, reason: '二重' }))).toMatchObject({ extensions: { code: 'INVALID_STATE' } });

    const enabled = await planning.gql(ENABLE, { id });
    expect(enabled.errors).toBeUndefined();
    expect(enabled.data.enableUser).toMatchObject({ status: 'ACTIVE', disabledAt: null, disabledReason: null });
    expect(errorOf(await planning.gql(ENABLE, { id }))).toMatchObject({ extensions: { code: 'INVALID_STATE' } });
    expect((await laptop.gql(VIEWER)).data.viewer).toBeNull();
    const again = server.session();
    expect((await again.signIn('kanko@example.jp')).errors).toBeUndefined();
    expect((await again.gql(VIEWER)).data.viewer.email).toBe('kanko@example.jp');
  });

  it('disabling an invitee withdraws the link; once enabled, they need a new one', async () => {
    const { token, user } = (await invite(planning, { email: 'withdrawn@example.jp' })).data.inviteUser;
    expect((await planning.gql(DISABLE, { id: user.id, reason: '宛先の誤り' })).errors).toBeUndefined();
    expect(errorOf(await accept(server.session(), token))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'token' } });
    expect(errorOf(await planning.gql(REISSUE, { id: user.id }))).toMatchObject({ extensions: { code: 'INVALID_STATE' } });
    const enabled = (await planning.gql(ENABLE, { id: user.id })).data.enableUser;
    expect(enabled).toMatchObject({ status: 'INVITED', invitationExpiresAt: null, viewerCan: { reissueInvitation: true } });
    expect(errorOf(await accept(server.session(), token))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'token' } });
    const fresh = (await planning.gql(REISSUE, { id: user.id })).data.reissueInvitation;
    secrets.push(fresh.token);
    expect((await accept(server.session(), fresh.token)).errors).toBeUndefined();
  });

  it('changes a user’s name, role and department under the invitation’s rules, field by field', async () => {
    const { user } = (await invite(planning, { email: 'mover@example.jp', displayName: '異動 予定', role: 'DEPARTMENT', departmentId: shoko })).data.inviteUser;
    expect(user.viewerCan).toMatchObject({ disable: true });
    const kankyo = (await server.gql(`{ strategies { departments { id name } } }`)).data.strategies[0].departments.find((d: { name: string }) => d.name === '環境課').id;
    const update = async (by: ApiSession, input: Record<string, unknown>) =>
      by.gql(UPDATE, { input: { id: user.id, displayName: '異動 予定', role: 'DEPARTMENT', departmentId: shoko, expectedVersion: await versionOf(user.id), ...input } });
    const auditCount = async () => (await sql(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'user.update'`))[0].n;

    const moved = await update(planning, { displayName: ' 異動 済み ', departmentId: kankyo });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateUser).toMatchObject({ displayName: '異動 済み', role: 'DEPARTMENT', department: { name: '環境課' }, status: 'INVITED', viewerCan: { update: true } });
    const [entry] = await sql(`SELECT user_id, before, after FROM audit_entry WHERE action = 'user.update' AND entity_id = $1`, [user.id]);
    expect(entry).toMatchObject({ user_id: await idOf('planning@example.jp'), before: { displayName: '異動 予定', departmentId: shoko }, after: { displayName: '異動 済み', departmentId: kankyo } });

    // Someone else changed the user since it was read: refused, with the user as it is now.
    const read = await versionOf(user.id);
    expect((await update(admin, { displayName: '異動 済み', departmentId: kankyo, expectedVersion: read })).errors).toBeUndefined();
    const stale = errorOf(await update(planning, { displayName: '異動 予定', departmentId: kankyo, expectedVersion: read - 1 }));
    expect(stale).toMatchObject({ extensions: { code: 'CONFLICT', current: { displayName: '異動 済み', version: read } } });
    expect((await sql(`SELECT display_name FROM app_user WHERE id = $1`, [user.id]))[0].display_name).toBe('異動 済み');

    // Nothing to change: nothing is written or audited.
    const audited = await auditCount();
    expect((await update(planning, { displayName: '異動 済み', departmentId: kankyo })).errors).toBeUndefined();
    expect(await auditCount()).toBe(audited);

    const before = (await sql(`SELECT display_name, role, department_id FROM app_user WHERE id = $1`, [user.id]))[0];
    const cases: [Record<string, unknown>, string][] = [
      [{ displayName: '  ' }, 'displayName'],
      [{ displayName: 'x'.repeat(101) }, 'displayName'],
      [{ departmentId: null }, 'departmentId'],
      [{ role: 'COUNCIL' }, 'departmentId'],
      [{ departmentId: '00000000-0000-4000-8000-000000000000' }, 'departmentId'],
    ];
    for (const [input, field] of cases) {
      expect(errorOf(await update(planning, input)), JSON.stringify(input)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect((await sql(`SELECT display_name, role, department_id FROM app_user WHERE id = $1`, [user.id]))[0]).toEqual(before);
    expect(await auditCount()).toBe(audited);

    // Only an administrator grants ADMIN, or changes an administrator.
    expect(errorOf(await update(planning, { role: 'ADMIN', departmentId: null }))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const asCouncil = await update(planning, { role: 'COUNCIL', departmentId: null });
    expect(asCouncil.data.updateUser).toMatchObject({ role: 'COUNCIL', department: null });
    expect((await update(admin, { role: 'ADMIN', departmentId: null })).data.updateUser.role).toBe('ADMIN');
    expect(errorOf(await update(planning, { role: 'PLANNING', departmentId: null }))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await planning.gql(USERS)).data.users.find((u: { id: string }) => u.id === user.id).viewerCan).toMatchObject({ disable: false });
    expect((await update(admin, { role: 'DEPARTMENT', departmentId: shoko })).data.updateUser).toMatchObject({ role: 'DEPARTMENT', department: { name: '商工課' } });

    // Nobody changes their own role or department; their own name they may.
    const planningId = await idOf('planning@example.jp');
    const self = async (input: Record<string, unknown>) =>
      planning.gql(UPDATE, { input: { id: planningId, displayName: '政策企画課 企画 太郎', role: 'PLANNING', departmentId: null, expectedVersion: await versionOf(planningId), ...input } });
    expect(errorOf(await self({ role: 'COUNCIL' }))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(errorOf(await self({ role: 'DEPARTMENT', departmentId: shoko }))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await sql(`SELECT role FROM app_user WHERE id = $1`, [planningId]))[0].role).toBe('PLANNING');
    expect((await planning.gql(`{ viewer { viewerCan { update } } }`)).data.viewer.viewerCan.update).toBe(false);

    // The new role applies at once, in the user's existing session.
    const byoinId = await idOf('byoin@example.jp');
    const byoin = await signedIn('byoin@example.jp');
    expect((await planning.gql(UPDATE, { input: { id: byoinId, displayName: '市立病院総務課 病院 六花', role: 'DEPARTMENT', departmentId: kankyo, expectedVersion: await versionOf(byoinId) } })).errors).toBeUndefined();
    expect((await byoin.gql(VIEWER)).data.viewer.department).toEqual({ name: '環境課' });
  });

  it('shows other roles who wrote, but not anyone’s account status', async () => {
    let cycle = (await planning.gql(OPEN_CYCLE, { strategyId, fiscalYear: 2024 })).data.openReviewCycle;
    for (const to of ['COLLECTING', 'REVIEWING']) cycle = (await planning.gql(MOVE_CYCLE, { id: cycle.id, to, v: cycle.version })).data.moveReviewCycle;
    const council = await signedIn('council@example.jp');
    const started = await council.gql(START_THREAD, { input: { cycleId: cycle.id, anchor: 'GOAL', anchorId: goalId, kind: 'QUESTION', body: '質問です' } });
    expect(started.errors).toBeUndefined();
    const query = `query($id: ID!) { reviewThreads(cycleId: $id) { createdByUser { displayName status disabledAt disabledReason invitationExpiresAt viewerCan { disable enable reissueInvitation } } } }`;
    const department = await signedIn('shoko@example.jp');
    const [asDepartment] = (await department.gql(query, { id: cycle.id })).data.reviewThreads;
    expect(asDepartment.createdByUser).toEqual({
      displayName: expect.any(String),
      status: null,
      disabledAt: null,
      disabledReason: null,
      invitationExpiresAt: null,
      viewerCan: { disable: false, enable: false, reissueInvitation: false },
    });
    const [asPlanning] = (await planning.gql(query, { id: cycle.id })).data.reviewThreads;
    expect(asPlanning.createdByUser).toMatchObject({ status: 'ACTIVE', viewerCan: { disable: true } });
    // One's own status is one's own business.
    expect((await council.gql(`{ viewer { status } }`)).data.viewer.status).toBe('ACTIVE');
    expect(errorOf(await council.gql(USERS))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('audits every write, without password hashes or tokens', async () => {
    const entries = await sql(`SELECT user_id, action, entity_id, before, after FROM audit_entry WHERE entity_type = 'User' ORDER BY at`);
    const actions = new Set(entries.map((e: { action: string }) => e.action));
    expect([...actions].sort()).toEqual(['user.acceptInvitation', 'user.disable', 'user.enable', 'user.invite', 'user.reissueInvitation', 'user.update']);
    const text = JSON.stringify(entries);
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const { token_hash } of await sql(`SELECT token_hash FROM user_invitation`)) expect(text).not.toContain(token_hash);
    for (const { password_hash } of await sql(`SELECT password_hash FROM app_user WHERE password_hash IS NOT NULL`)) expect(text).not.toContain(password_hash);
    expect(text).not.toMatch(/passwordHash|password_hash|tokenHash|\$argon2/);

    const kanko = await idOf('kanko@example.jp');
    const planningId = await idOf('planning@example.jp');
    const disable = entries.find((e: { action: string; entity_id: string }) => e.action === 'user.disable' && e.entity_id === kanko);
    expect(disable).toMatchObject({ user_id: planningId, before: { status: 'ACTIVE', disabledAt: null }, after: { status: 'DISABLED', disabledReason: '退職のため', sessionsEnded: 2 } });
    const accepted = entries.find((e: { action: string }) => e.action === 'user.acceptInvitation');
    expect(accepted.user_id).toBe(accepted.entity_id);
    expect(accepted).toMatchObject({ before: { status: 'INVITED' }, after: { status: 'ACTIVE' } });

    // Readable by the planning division through the API too.
    const log = await planning.gql(`{ auditLog(first: 500) { action before after user { email } } }`);
    const userEntries = log.data.auditLog.filter((e: { action: string }) => e.action.startsWith('user.'));
    expect(userEntries.length).toBe(entries.length);
    expect(JSON.stringify(userEntries)).not.toMatch(/passwordHash|\$argon2/);
  });
});
