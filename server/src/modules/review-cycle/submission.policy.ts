import { isHandedIn, Role, type SubmissionStatus } from '@kaizen/shared';
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
 * Who may read an entry that is not handed in (a draft, or returned and not yet submitted again):
 * work in progress stays with those who hand it in and those who check it (the planning division,
 * administrators). Everyone else reads only what was handed in.
 */
export function mayRead(viewer: User | null, status: SubmissionStatus, responsibleDepartmentIds: string[]): boolean {
  if (isHandedIn(status)) return true;
  if (viewer?.role === Role.PLANNING || viewer?.role === Role.ADMIN) return true;
  return viewer !== null && mayHandIn(viewer, responsibleDepartmentIds);
}
