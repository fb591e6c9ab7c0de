import { Role } from '@kaizen/shared';
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
