import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase } from '../support/database.js';
import { spawnServer, servingUrl } from '../support/process.js';
import { plans } from '../support/server.js';
import { repoRoot } from '../../server/src/config.js';

const tempDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaizen-start-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => Promise.all(tempDirs.map((d) => fs.rm(d, { recursive: true, force: true }))));

async function strategyCount(url: string): Promise<number> {
  const res = await fetch(`${url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ strategies { id } }' }) });
  return ((await res.json()) as { data: { strategies: unknown[] } }).data.strategies.length;
}

describe('start-up', () => {
  it('imports the plan on first start only, and keeps the data across restarts', async () => {
    const serverUrl = process.env.DATABASE_URL;
    const throwaway = serverUrl ? await createThrowawayDatabase(serverUrl) : undefined;
    const env = { PORT: '0', DATA_DIR: await tempDir(), SEED_PLANS: plans.smallCity, DATABASE_URL: throwaway?.url };
    try {
      const first = spawnServer(env);
      const url = await servingUrl(first);
      expect(first.output()).toMatch(/Imported plan "sample-town-2025": 3 goals, 3 measures, 4 KPIs/);
      expect(first.output()).toMatch(serverUrl ? /on PostgreSQL \(/ : /on PGlite \(.*pglite\)/);
      expect(await strategyCount(url)).toBe(1);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = spawnServer(env);
      const again = await servingUrl(second);
      expect(second.output()).not.toMatch(/Imported plan/);
      expect(await strategyCount(again)).toBe(1);
      second.child.kill('SIGTERM');
      await second.exited;
    } finally {
      await throwaway?.drop();
    }
  });

  it('without sample users, the first start creates one administrator, its password in an owner-only file (not in the log), and no second one later', async () => {
    const serverUrl = process.env.DATABASE_URL;
    const throwaway = serverUrl ? await createThrowawayDatabase(serverUrl) : undefined;
    const dataDir = await tempDir();
    // SEED_USERS unset on 0.0.0.0 (as in docker compose): not the local demo, so no sample user.
    const env = { PORT: '0', HOST: '0.0.0.0', DATA_DIR: dataDir, SEED_PLANS: plans.smallCity, DATABASE_URL: throwaway?.url, SEED_USERS: undefined, ADMIN_EMAIL: 'kanri@city.example.jp' };
    try {
      const first = spawnServer(env);
      await servingUrl(first);
      const file = path.join(dataDir, 'initial-admin-password.txt');
      expect(first.output()).toContain(`Created the administrator kanri@city.example.jp: the initial password is in ${file} (readable by this OS user only)`);
      expect(first.output()).not.toMatch(/sample users/);
      expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
      const password = (await fs.readFile(file, 'utf8')).trim();
      expect(password).toMatch(/^[\w-]{24}$/);
      expect(first.output()).not.toContain(password);
      first.child.kill('SIGTERM');
      await first.exited;

      const second = spawnServer(env);
      await servingUrl(second);
      expect(second.output()).not.toMatch(/Created the administrator/);
      expect((await fs.readFile(file, 'utf8')).trim()).toBe(password);
      second.child.kill('SIGTERM');
      await second.exited;
    } finally {
      await throwaway?.drop();
    }
  });

  it('refuses a DATABASE_URL it cannot reach, naming it', async () => {
    const server = spawnServer({ DATABASE_URL: 'postgres://kaizen:secret@127.0.0.1:1/nowhere', PORT: '0' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/Cannot start: Cannot open the database PostgreSQL \(127\.0\.0\.1:1\/nowhere\): .*ECONNREFUSED/);
    expect(server.output()).not.toMatch(/secret/);
  });

  it('refuses a port in use, naming it', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const server = spawnServer({ PORT: String(port), DATA_DIR: await tempDir(), SEED_PLANS: plans.smallCity });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`Cannot start: Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('refuses a malformed plan on first start, naming the line, and serves nothing', async () => {
    const dir = await tempDir();
    const bad = path.join(dir, 'bad.yaml');
    await fs.writeFile(bad, (await fs.readFile(plans.smallCity, 'utf8')).replace('periodEndFY: 2029', 'periodEndFY: 二〇二九'));
    const server = spawnServer({ PORT: '0', DATA_DIR: dir, SEED_PLANS: bad });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/Cannot start: .*bad\.yaml is not a valid plan file:\n\s+.*bad\.yaml:8:3 strategy\.periodEndFY: .*number/);
  });

  it('serves the built client precompressed by Accept-Encoding, hashed assets immutable, index.html revalidated; prints the time to the first answer', async () => {
    const serverUrl = process.env.DATABASE_URL;
    const throwaway = serverUrl ? await createThrowawayDatabase(serverUrl) : undefined;
    const port = await freePort();
    const started = performance.now();
    const server = spawnServer({ PORT: String(port), DATA_DIR: await tempDir(), SEED_PLANS: plans.smallCity, DATABASE_URL: throwaway?.url });
    try {
      const url = `http://127.0.0.1:${port}/`;
      await firstHealthyAnswer(url, server.exited);
      // Reported, not asserted: a timed assertion would fail on a busy machine (target: < 1 s on PostgreSQL).
      console.log(`start-up to the first /healthz 200: ${Math.round(performance.now() - started)} ms on ${serverUrl ? 'PostgreSQL' : 'PGlite'} (first start, with the plan import)`);

      const index = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(index.status).toBe(200);
      expect(index.headers.get('cache-control')).toBe('no-cache');
      expect(index.headers.get('content-type')).toMatch(/^text\/html/);
      expect(index.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      const html = await index.text();
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
      expect(assets.length).toBeGreaterThan(0);
      const route = await fetch(`${url}cycles/some-client-route`);
      expect(route.headers.get('cache-control')).toBe('no-cache');
      expect(await route.text()).toBe(html);

      /** Bytes on the wire by Accept-Encoding sent. */
      const wire: Record<string, number> = {};
      for (const asset of assets) {
        const file = await fs.readFile(path.join(repoRoot, 'client/dist', asset));
        // client/build/precompress.ts leaves files under 1 KB as they are.
        const precompressed = file.length >= 1024;
        for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['gzip;q=1, br;q=0.5', 'gzip'], ['identity', null]] as const) {
          const res = await fetch(`${url}${asset.slice(1)}`, { headers: { 'accept-encoding': accept } });
          expect(res.status, `${asset} (${accept})`).toBe(200);
          expect(res.headers.get('content-encoding'), `${asset} (${accept})`).toBe(precompressed ? encoding : null);
          expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
          expect(res.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
          if (precompressed) expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
          expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
          wire[accept] = (wire[accept] ?? 0) + Number(res.headers.get('content-length'));
          // fetch decodes br and gzip: what arrives is the file, byte for byte.
          expect(Buffer.from(await res.arrayBuffer()).equals(file), `${asset} (${accept})`).toBe(true);
        }
      }
      expect(wire['br, gzip']).toBeLessThan(wire.identity / 2);
      console.log(`first load (index.html's ${assets.length} scripts and styles) on the wire: ${kb(wire['br, gzip'])} brotli, ${kb(wire.gzip)} gzip, ${kb(wire.identity)} uncompressed`);

      expect((await fetch(`${url}assets/no-such-chunk.js`)).status).toBe(404);
      expect((await fetch(`${url}${assets[0].slice(1)}.br`)).status).toBe(404);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await throwaway?.drop();
    }
  });
});

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls /healthz until it answers 200; fails if the process exits first. */
async function firstHealthyAnswer(url: string, exited: Promise<number | null>): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (exitCode !== undefined) throw new Error(`the server exited with ${exitCode}`);
    const ok = await fetch(`${url}healthz`).then((r) => r.status === 200, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no /healthz 200 within 60 s');
}
