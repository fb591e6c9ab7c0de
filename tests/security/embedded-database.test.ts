import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget, type Target } from '../support/target.js';

/** The processes of the tree rooted at `root` (the server and any process it starts). */
async function processTree(root: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await fs.readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(entry), ppid);
  }
  const tree = [root];
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) if (tree.includes(ppid) && !tree.includes(pid)) grew = tree.push(pid) > 0;
  }
  return tree;
}

/** The TCP ports the processes listen on, from /proc: their socket inodes matched with the kernel's tables. */
async function listeningPorts(pids: number[]): Promise<number[]> {
  const inodes = new Set<string>();
  for (const pid of pids) {
    const fds = await fs.readdir(`/proc/${pid}/fd`).catch(() => []);
    for (const fd of fds) {
      const link = await fs.readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
      if (inode) inodes.add(inode);
    }
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const rows = (await fs.readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const row of rows) {
      const cols = row.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex, st 0A is LISTEN, the inode is the tenth column.
      if (cols[3] === '0A' && inodes.has(cols[9])) ports.push(parseInt(cols[1].split(':')[1], 16));
    }
  }
  return [...new Set(ports)];
}

/** Issue 9, row 6: the embedded database answers as superuser without a password, so nothing but its owner may reach it. */
describe('the embedded database', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget({ embedded: true });
  });
  afterAll(() => target?.stop());

  it('listens on no TCP port: the only one the server opens is its HTTP port', async () => {
    const httpPort = Number(new URL(target.url).port);
    const pids = await processTree(target.process.child.pid!);
    expect(pids.length).toBeGreaterThan(0);
    expect(await listeningPorts(pids)).toEqual([httpPort]);
  });

  it('serves its Unix socket from a directory of the data directory that only its owner can enter', async () => {
    const dir = path.join(target.dataDir, 'run');
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
    expect((await fs.stat(path.join(dir, '.s.PGSQL.5432'))).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.join(target.dataDir, 'pglite'))).mode & 0o077).toBe(0);
  });

  it.runIf(process.getuid?.() === 0)('refuses another local user who tries to connect to it', async () => {
    const socket = path.join(target.dataDir, 'run', '.s.PGSQL.5432');
    // As `nobody`, what another local process of another account would do.
    const probe = spawn(process.execPath, ['-e', `require('net').connect(${JSON.stringify(socket)}).on('connect', () => { console.log('connected'); process.exit(0) }).on('error', (e) => { console.log(e.code); process.exit(0) })`], {
      uid: 65534,
      gid: 65534,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    probe.stdout.on('data', (d) => (out += d));
    await new Promise((resolve) => probe.on('exit', resolve));
    expect(out.trim()).toBe('EACCES');
    expect(await target.alive()).toBeLessThan(1000);
  });
});
