import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Role } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import { hashPassword, normalizeEmail } from '../auth/auth.service.js';
import { User } from './user.entity.js';

/**
 * On a first start without sample users (no user in the database), one administrator with a
 * random password. The password goes to `file` only — readable by the server's OS user alone,
 * never to the log — and must be changed at the first sign-in. Returns the file, or null when the
 * database already has users.
 */
export async function createFirstAdmin(dataSource: DataSource, opts: { email: string; file: string }): Promise<string | null> {
  const users = dataSource.getRepository(User);
  if ((await users.count()) > 0) return null;
  const password = randomBytes(18).toString('base64url');
  const passwordHash = await hashPassword(password);
  await fs.mkdir(path.dirname(opts.file), { recursive: true, mode: 0o700 });
  // A file left by an earlier database holds a password that no longer signs anyone in.
  await fs.rm(opts.file, { force: true });
  // 'wx' with 0600: created here, by this process, for its owner only (a file someone planted would make this fail).
  await fs.writeFile(opts.file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await users.insert({ email: normalizeEmail(opts.email), displayName: '管理者', role: Role.ADMIN, departmentId: null, passwordHash, mustChangePassword: true });
  } catch (error) {
    await fs.rm(opts.file, { force: true });
    throw error;
  }
  return opts.file;
}
