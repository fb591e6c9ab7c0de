import { Role } from '@kaizen/shared';
import type { User } from '../user/user.entity.js';

/** Council members and the planning division join any thread; a department those it answers. */
export function mayReply(viewer: User, threadDepartmentIds: string[]): boolean {
  if (viewer.role === Role.COUNCIL || viewer.role === Role.PLANNING) return true;
  return viewer.role === Role.DEPARTMENT && viewer.departmentId !== null && threadDepartmentIds.includes(viewer.departmentId);
}
