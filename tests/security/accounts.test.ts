import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow, liveClient } from '../support/live.js';
import type { ApiSession, GraphQLResponse } from '../support/server.js';
import { startTarget, type Target } from '../support/target.js';

// Issue 9, rows 7 and 13, and the password changes that row 7 called for, against the real server process.

const SAMPLE_EMAILS = ['planning', 'council', 'shoko', 'kankyo', 'admin'].map((n) => `${n}@example.jp`);
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
const fieldOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.field;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id mustChangePassword } }`;

async function auditEntries(session: ApiSession, action: string) {
  const res = await session.gql<{ auditLog: { action: string; before: unknown; after: unknown }[] }>('{ auditLog(first: 200) { action before after } }');
  return res.data!.auditLog.filter((e) => e.action === action);
}

describe('row 7: a first start reachable from outside (HOST=0.0.0.0, or DATABASE_URL) creates no sample user but one administrator', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget({ env: { HOST: '0.0.0.0', SEED_USERS: undefined } });
  }, 60_000);
  afterAll(() => target?.stop());

  it('writes the administrator’s password to an owner-only file, never to the log; no sample user signs in', async () => {
    const output = target.process.output();
    const [, file] = /Created the administrator admin@localhost: the initial password is in (\S+) /.exec(output) ?? [];
    expect(file).toMatch(/initial-admin-password\.txt$/);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    const password = (await fs.readFile(file, 'utf8')).trim();
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(output).not.toContain(password);
    expect(output).not.toMatch(/sample users/);
    for (const email of SAMPLE_EMAILS) expect(codeOf(await target.session().signIn(email)), email).toBe('UNAUTHENTICATED');
  });

  it('the administrator must change the password first: everything else is PASSWORD_CHANGE_REQUIRED until then', async () => {
    const file = /the initial password is in (\S+) /.exec(target.process.output())![1];
    const password = (await fs.readFile(file, 'utf8')).trim();
    const admin = target.session();
    expect(codeOf(await admin.signIn('admin@localhost', password))).toBeUndefined();
    expect((await admin.gql('{ viewer { email role mustChangePassword } }')).data).toEqual({ viewer: { email: 'admin@localhost', role: 'ADMIN', mustChangePassword: true } });
    for (const op of ['{ users { id } }', '{ strategies { id } }', '{ auditLog(first: 1) { id } }', 'mutation { issuePasswordReset(userId: "00000000-0000-4000-8000-000000000000") { resetPath } }']) {
      const res = await admin.gql(op);
      expect(codeOf(res), op).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(res.data ?? null, op).toBeNull();
    }
    // Nor does the live feed serve them: over the WebSocket they count as signed out.
    const live = liveClient(target.url, admin.cookie);
    const feed = follow(live, { cycleId: '00000000-0000-4000-8000-000000000000' });
    await expect.poll(() => feed.ended, { timeout: 5000 }).toBeTruthy();
    expect(feed.events()).toEqual([]);
    expect(JSON.stringify([feed.results, feed.ended])).toContain('UNAUTHENTICATED');
    await live.dispose();
    expect(fieldOf(await admin.gql(CHANGE, { c: password, n: 'short' }))).toBe('newPassword');
    expect(fieldOf(await admin.gql(CHANGE, { c: 'not-the-password', n: 'a-new-admin-passphrase' }))).toBe('currentPassword');
    expect((await admin.gql(CHANGE, { c: password, n: 'a-new-admin-passphrase' })).data).toMatchObject({ changePassword: { mustChangePassword: false } });
    expect((await admin.gql('{ users { email } }')).data).toEqual({ users: [{ email: 'admin@localhost' }] });
    const [entry] = await auditEntries(admin, 'user.changePassword');
    expect(entry).toMatchObject({ before: { mustChangePassword: true }, after: { mustChangePassword: false } });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|passwordHash/);
    expect(codeOf(await target.session().signIn('admin@localhost', password))).toBe('UNAUTHENTICATED');
    expect(await target.alive()).toBeLessThan(1000);
  });
});

describe('passwords with the sample users', () => {
  let target: Target;
  const signedIn = async (email: string, password?: string) => {
    const session = target.session();
    const res = await session.signIn(email, password);
    if (res.errors) throw new Error(`${email}: ${res.errors[0].message}`);
    return session;
  };
  const userId = async (manager: ApiSession, email: string) => (await manager.gql<{ users: { id: string; email: string }[] }>('{ users { id email } }')).data!.users.find((u) => u.email === email)!.id;

  beforeAll(async () => {
    target = await startTarget();
  }, 60_000);
  afterAll(() => target?.stop());

  it('row 13: 50 simultaneous invitation acceptances all succeed (hashing happens outside the transaction)', async () => {
    const planning = await signedIn('planning@example.jp');
    const tokens: string[] = [];
    for (let i = 0; i < 50; i++) {
      const res = await planning.gql<{ inviteUser: { token: string } }>(`mutation($e: String!) { inviteUser(input: { email: $e, displayName: "招待 ${i}", role: COUNCIL }) { token } }`, { e: `invitee-${i}@example.jp` });
      tokens.push(res.data!.inviteUser.token);
    }
    const accepted = await Promise.all(
      tokens.map((token, i) => target.session().gql(`mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }`, { t: token, p: `invitee-passphrase-${i}` })),
    );
    expect(accepted.map(codeOf).filter(Boolean)).toEqual([]);
    expect(accepted.every((r) => r.data?.acceptInvitation.id)).toBe(true);
    expect(await target.alive()).toBeLessThan(1000);
    expect(codeOf(await target.session().signIn('invitee-7@example.jp', 'invitee-passphrase-7'))).toBeUndefined();
  }, 120_000);

  it('changing one’s password ends one’s other sessions; the old password stops working', async () => {
    const here = await signedIn('shoko@example.jp');
    const elsewhere = await signedIn('shoko@example.jp');
    expect(fieldOf(await here.gql(CHANGE, { c: 'kaizen-review-demo', n: 'shoko@example.jp' }))).toBe('newPassword');
    expect(fieldOf(await here.gql(CHANGE, { c: 'kaizen-review-demo', n: 'kaizen-review-demo' }))).toBe('newPassword');
    expect(codeOf(await target.session().gql(CHANGE, { c: 'kaizen-review-demo', n: 'a-shoko-passphrase' }))).toBe('UNAUTHENTICATED');
    expect((await here.gql(CHANGE, { c: 'kaizen-review-demo', n: 'a-shoko-passphrase' })).data).toMatchObject({ changePassword: { mustChangePassword: false } });
    expect((await here.gql('{ viewer { email } }')).data).toEqual({ viewer: { email: 'shoko@example.jp' } });
    expect((await elsewhere.gql('{ viewer { email } }')).data).toEqual({ viewer: null });
    expect(codeOf(await target.session().signIn('shoko@example.jp'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await target.session().signIn('shoko@example.jp', 'a-shoko-passphrase'))).toBeUndefined();
    const [entry] = await auditEntries(await signedIn('planning@example.jp'), 'user.changePassword');
    expect(entry.after).toMatchObject({ email: 'shoko@example.jp', sessionsEnded: 1 });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|passwordHash|a-shoko-passphrase/);
  });

  it('a reset link from 政策企画課: once, ends the user’s sessions, audited without the token; only an administrator resets an administrator', async () => {
    const planning = await signedIn('planning@example.jp');
    const kankyo = await signedIn('kankyo@example.jp');
    const ISSUE = `mutation($id: ID!) { issuePasswordReset(userId: $id) { resetPath expiresAt user { email } } }`;
    expect(codeOf(await kankyo.gql(ISSUE, { id: await userId(planning, 'planning@example.jp') }))).toBe('FORBIDDEN');
    expect(codeOf(await planning.gql(ISSUE, { id: await userId(planning, 'admin@example.jp') }))).toBe('FORBIDDEN');
    expect(codeOf(await planning.gql(ISSUE, { id: await userId(planning, 'planning@example.jp') }))).toBe('FORBIDDEN');

    // What the UI may offer: an active user that planning manages, not an administrator, not oneself.
    const offered = await planning.gql<{ users: { email: string; viewerCan: { issuePasswordReset: boolean } }[] }>('{ users { email viewerCan { issuePasswordReset } } }');
    const may = Object.fromEntries(offered.data!.users.map((u) => [u.email, u.viewerCan.issuePasswordReset]));
    expect(may).toMatchObject({ 'kankyo@example.jp': true, 'admin@example.jp': false, 'planning@example.jp': false });
    const first = await planning.gql(ISSUE, { id: await userId(planning, 'kankyo@example.jp') });
    const issued = await planning.gql(ISSUE, { id: await userId(planning, 'kankyo@example.jp') });
    const { resetPath, expiresAt } = issued.data.issuePasswordReset;
    expect(resetPath).toMatch(/^\/password-reset\/[\w-]{43}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    const token = resetPath.split('/').pop();
    const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { email } }`;
    const anonymous = target.session();
    // The replaced link is void; a weak password leaves the link usable.
    expect(fieldOf(await anonymous.gql(RESET, { t: first.data.issuePasswordReset.resetPath.split('/').pop(), p: 'a-kankyo-passphrase' }))).toBe('token');
    expect(fieldOf(await anonymous.gql(RESET, { t: token, p: 'short' }))).toBe('password');
    expect((await anonymous.gql(RESET, { t: token, p: 'a-kankyo-passphrase' })).data).toEqual({ resetPassword: { email: 'kankyo@example.jp' } });
    expect((await anonymous.gql('{ viewer { email } }')).data).toEqual({ viewer: { email: 'kankyo@example.jp' } });
    expect((await kankyo.gql('{ viewer { email } }')).data).toEqual({ viewer: null });
    expect(fieldOf(await target.session().gql(RESET, { t: token, p: 'another-kankyo-passphrase' }))).toBe('token');
    expect(codeOf(await target.session().signIn('kankyo@example.jp', 'a-kankyo-passphrase'))).toBeUndefined();

    const admin = await signedIn('admin@example.jp');
    expect(codeOf(await admin.gql(ISSUE, { id: await userId(admin, 'planning@example.jp') }))).toBeUndefined();
    const entries = [...(await auditEntries(admin, 'user.issuePasswordReset')), ...(await auditEntries(admin, 'user.resetPassword'))];
    expect(entries.map((e) => e.action).sort()).toEqual(['user.issuePasswordReset', 'user.issuePasswordReset', 'user.issuePasswordReset', 'user.resetPassword']);
    expect(entries.find((e) => e.action === 'user.resetPassword')!.after).toMatchObject({ email: 'kankyo@example.jp', sessionsEnded: 1 });
    expect(JSON.stringify(entries)).not.toMatch(new RegExp(`argon2|passwordHash|${token}`));
  });
});
