import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase } from '../support/database.js';
import { spawnServer, servingUrl } from '../support/process.js';
import { plans } from '../support/server.js';

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
      expect(first.output()).toMatch(/Imported plan "sample-town-2025": 2 goals, 2 measures, 2 KPIs/);
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
});
