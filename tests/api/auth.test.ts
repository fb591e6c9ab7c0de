import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans, startTestServer, type TestServer } from '../support/server.js';

const VIEWER = `{ viewer { email role displayName department { name } } }`;
const USERS = `{ users { email role } }`;

describe('sign-in and sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
  });
  afterAll(() => server?.stop());

  it('requires authentication for protected queries, and says so', async () => {
    const res = await server.gql(USERS);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'SIGNED_OUT' } });
    expect((await server.gql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('signs in with an HttpOnly, SameSite session cookie and knows the viewer and their department', async () => {
    const s = server.session();
    const res = await s.signIn('Shoko@Example.jp');
    expect(res.errors).toBeUndefined();
    expect(s.lastSetCookie).toMatch(/^kaizen_session=[\w-]{40,};/);
    expect(s.lastSetCookie).toMatch(/HttpOnly/);
    expect(s.lastSetCookie).toMatch(/SameSite=Lax/);
    expect((await s.gql(VIEWER)).data.viewer).toEqual({ email: 'shoko@example.jp', role: 'DEPARTMENT', displayName: '商工課 商工 一郎', department: { name: '商工課' } });
  });

  it('answers a wrong password and an unknown address alike, without a cookie', async () => {
    const s = server.session();
    const wrong = await s.signIn('council@example.jp', 'not-the-password');
    expect(s.lastSetCookie).toBeNull();
    const unknown = await s.signIn('nobody@example.jp', 'not-the-password');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' } });
    expect(JSON.stringify(wrong)).not.toMatch(/not-the-password|argon2/);
  });

  it('enforces roles declared on the schema', async () => {
    const council = server.session();
    await council.signIn('council@example.jp');
    expect((await council.gql(USERS)).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const planning = server.session();
    await planning.signIn('planning@example.jp');
    const { data } = await planning.gql(USERS);
    expect(data.users).toHaveLength(24);
    expect(Object.keys(data.users[0])).toEqual(['email', 'role']);
  });

  it('signs out: the cookie is cleared and the old token no longer works', async () => {
    const s = server.session();
    await s.signIn('planning@example.jp');
    const stolen = s.cookie;
    await s.gql(`mutation { signOut }`);
    expect(s.lastSetCookie).toMatch(/^kaizen_session=;/);
    const replay = server.session();
    replay.cookie = stolen;
    expect((await replay.gql(USERS)).errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } });
  });

  it('treats an expired session as signed out, saying it expired', async () => {
    const s = server.session();
    await s.signIn('admin@example.jp');
    await server.db.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 minute'`);
    expect((await s.gql(USERS)).errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } });
    expect((await s.gql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('rate-limits repeated failures for an address, even with the right password afterwards', async () => {
    const s = server.session();
    for (let i = 0; i < 5; i += 1) await s.signIn('kankyo@example.jp', `wrong-${i}`);
    const res = await s.signIn('kankyo@example.jp');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(res.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(s.lastSetCookie).toBeNull();
  });

  it('keeps Apollo’s CSRF prevention on: a simple cross-site form post is refused', async () => {
    const res = await fetch(`${server.app.url}graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"mutation { signOut }"}' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });
});
