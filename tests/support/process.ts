import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../server/src/config.js';

export type ServerProcess = { child: ChildProcess; output(): string; exited: Promise<number | null> };

/** The compiled entry point `npm start` runs; tests/support/build.ts (vitest globalSetup) builds it first. */
export const serverEntry = path.join(repoRoot, 'server/dist/main.js');

/** Runs the server's compiled entry point as `npm start` does, with the given environment. */
export function spawnServer(env: Record<string, string | undefined>): ServerProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', serverEntry], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: undefined, SEED_USERS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Resolves with the URL the server prints once it serves, or rejects with its output if it exits. */
export function servingUrl(server: ServerProcess, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within ${timeoutMs} ms:\n${server.output()}`)), timeoutMs);
    const check = () => {
      const match = /is serving (http:\/\/\S+\/) /.exec(server.output());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.child.stdout!.on('data', check);
    void server.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${server.output()}`));
    });
  });
}
