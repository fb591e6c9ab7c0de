import { isHandedIn, Role, SubmissionStatus } from '@kaizen/shared';
import type { User } from '../user/user.entity.js';

/**
 * Who may enter and submit an actual or a measure report: a department user for what their
 * department is responsible for; the planning division for what no department holds (e.g. a KGI
 * of 各課等).
 */
export function mayHandIn(viewer: User, responsibleDepartmentIds: string[]): boolean {
  if (viewer.role === Role.DEPARTMENT) return viewer.departmentId !== null && responsibleDepartmentIds.includes(viewer.departmentId);
  if (viewer.role === Role.PLANNING) return responsibleDepartmentIds.length === 0;
  return false;
}

/**
 * What a figure counts from for `viewer`: what was handed in (submitted or accepted) for anyone
 * signed in; signed out, only what the planning division accepted, so that the public never reads
 * a value still under check.
 */
export function countsFor(viewer: User | null, status: SubmissionStatus): boolean {
  return viewer ? isHandedIn(status) : status === SubmissionStatus.ACCEPTED;
}

/**
 * Who may read an entry that is not handed in (a draft, or returned and not yet submitted again):
 * work in progress stays with those who hand it in and those who check it (the planning division,
 * administrators). Everyone else signed in reads what was handed in; signed out, what was accepted.
 */
export function mayRead(viewer: User | null, status: SubmissionStatus, responsibleDepartmentIds: string[]): boolean {
  if (countsFor(viewer, status)) return true;
  if (viewer?.role === Role.PLANNING || viewer?.role === Role.ADMIN) return true;
  return viewer !== null && mayHandIn(viewer, responsibleDepartmentIds);
}

/**
 * The entries `viewer` may read (see `mayRead`), in their order. `departmentIdsOf` is asked only
 * where it can change the answer (an entry not handed in, a signed-in viewer): pass one that goes
 * through the request's loaders, so a list costs one batch whatever its length.
 */
export async function readableEntries<T extends { status: SubmissionStatus }>(
  viewer: User | null,
  entries: T[],
  departmentIdsOf: (entry: T) => Promise<string[]>,
): Promise<T[]> {
  const departmentIds = async (e: T) => (isHandedIn(e.status) || !viewer ? [] : departmentIdsOf(e));
  const readable = await Promise.all(entries.map(async (e) => mayRead(viewer, e.status, await departmentIds(e))));
  return entries.filter((_, i) => readable[i]);
}

/** `entry` if `viewer` may read it (see `mayRead`), else null: for rows whose departments are already at hand. */
export function readableOrNull<T extends { status: SubmissionStatus }>(viewer: User | null, entry: T | null, responsibleDepartmentIds: string[]): T | null {
  return entry && mayRead(viewer, entry.status, responsibleDepartmentIds) ? entry : null;
}
