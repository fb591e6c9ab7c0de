import fs from 'node:fs/promises';
import { Role } from '@kaizen/shared';
import { parse } from 'yaml';
import { z } from 'zod';
import { In, type DataSource } from 'typeorm';
import { hashPassword, normalizeEmail } from '../auth/auth.service.js';
import { Department } from '../department/department.entity.js';
import { User } from './user.entity.js';

const sampleUsersFile = z
  .object({
    municipality: z.string().min(1),
    password: z.string().min(12),
    users: z.array(
      z
        .object({
          email: z.email(),
          displayName: z.string().min(1),
          role: z.enum(Object.values(Role) as [Role, ...Role[]]),
          department: z.string().min(1).optional(),
        })
        .strict()
        .refine((u) => (u.role === Role.DEPARTMENT) === (u.department !== undefined), 'a DEPARTMENT user, and only one, names a department'),
    ),
  })
  .strict();

/** Creates the sample users of `file` when the database has no user yet; returns how many. */
export async function seedSampleUsers(dataSource: DataSource, file: string): Promise<number> {
  const users = dataSource.getRepository(User);
  if ((await users.count()) > 0) return 0;
  const parsed = sampleUsersFile.safeParse(parse(await fs.readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { municipality, password, users: entries } = parsed.data;
  const names = entries.flatMap((u) => (u.department ? [u.department] : []));
  const departments = await dataSource.getRepository(Department).findBy({ municipality, name: In(names) });
  const departmentId = new Map(departments.map((d) => [d.name, d.id]));
  const unknown = names.filter((n) => !departmentId.has(n));
  if (unknown.length > 0) throw new Error(`${file}: no department ${unknown.join(', ')} in ${municipality}`);
  const passwordHash = await hashPassword(password);
  await users.insert(
    entries.map((u) => ({
      email: normalizeEmail(u.email),
      displayName: u.displayName,
      role: u.role,
      departmentId: u.department ? departmentId.get(u.department)! : null,
      passwordHash,
    })),
  );
  return entries.length;
}
