import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { WHOLE_PLAN } from '../api/plan-query.graphql.js';
import { startTarget, type Target } from '../support/target.js';

const post = (url: string, query: string, variables?: Record<string, unknown>) =>
  fetch(`${url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });

/** Issue 9, row 16 and item 8: response headers, health probes, and a busy or absent database answered as such. */
describe('headers and health', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget();
  });
  afterAll(() => target?.stop());

  it('sends a CSP that forbids framing, no X-Powered-By, and no HTTPS-only hints over plain HTTP', async () => {
    for (const res of [await fetch(target.url), await post(target.url, '{ __typename }'), await fetch(`${target.url}healthz`)]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('reports the process on /livez and the database on /healthz', async () => {
    const live = await fetch(`${target.url}livez`);
    expect(live.status).toBe(200);
    const health = await fetch(`${target.url}healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, database: 'ok' });
  });

  it.runIf(process.env.DATABASE_URL)('answers 503 on /healthz and SERVICE_UNAVAILABLE with Retry-After while the database refuses connections, and recovers', async () => {
    const name = new URL(target.databaseUrl!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
      // Terminating is asynchronous: the pool notices its connections are gone a moment later.
      let health = await fetch(`${target.url}healthz`);
      for (let i = 0; i < 50 && health.status === 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        health = await fetch(`${target.url}healthz`);
      }
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ ok: false, database: 'unavailable' });
      expect((await fetch(`${target.url}livez`)).status).toBe(200);

      const res = await post(target.url, '{ strategies { id } }');
      const text = await res.clone().text();
      expect(res.status, text).toBe(503);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: expect.any(Number) });
      expect(body.errors[0].message).toMatch(/ \/ The server is busy/);
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    expect((await fetch(`${target.url}healthz`)).status).toBe(200);
    expect(await target.alive()).toBeLessThan(1000);
    expect(target.process.output()).not.toMatch(/Unexpected error/);
  });

  it('keeps COOKIE_SECURE=true in docker-compose (the app is meant to sit behind HTTPS there)', async () => {
    const compose = parse(await fs.readFile(path.join(repoRoot, 'docker-compose.yml'), 'utf8')) as { services: { app: { environment: Record<string, string> } } };
    expect(compose.services.app.environment.COOKIE_SECURE).toMatch(/^(true|\$\{COOKIE_SECURE:-true\})$/);
  });
});

/** When every request waits for the one embedded connection longer than the pool allows, they are told to retry, never INTERNAL_SERVER_ERROR. */
describe('a queue longer than the pool wait', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget({ embedded: true, env: { DB_POOL_WAIT_MS: '150' } });
  });
  afterAll(() => target?.stop());

  it('answers the requests that waited too long with SERVICE_UNAVAILABLE (503, Retry-After), and serves again once the queue drains', async () => {
    const { data } = (await (await post(target.url, '{ strategies { id } }')).json()) as { data: { strategies: { id: string }[] } };
    const id = data.strategies[0].id;
    const answers = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const res = await post(target.url, WHOLE_PLAN, { id });
        const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        return { status: res.status, retryAfter: res.headers.get('retry-after'), code: body.errors?.[0]?.extensions?.code ?? 'OK' };
      }),
    );
    // Each request reads in several statements, all queued behind one another: which of them wait too long is not fixed.
    for (const a of answers) expect(['OK', 'SERVICE_UNAVAILABLE']).toContain(a.code);
    const refused = answers.filter((x) => x.code === 'SERVICE_UNAVAILABLE');
    expect(refused.length).toBeGreaterThan(0);
    for (const a of refused) expect(a).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    // Once the queue has drained, the same request is served.
    const again = (await (await post(target.url, WHOLE_PLAN, { id })).json()) as { data?: { strategy?: unknown } };
    expect(again.data?.strategy).toBeTruthy();
    expect(await target.alive()).toBeLessThan(1000);
    expect(target.process.output()).not.toMatch(/Unexpected error/);
  });
});
