import { Role } from '@kaizen/shared';
import type { User } from '../user/user.entity.js';

/** The owner department carries an action forward; the planning division oversees them all. */
export function mayUpdateAction(viewer: User, ownerDepartmentId: string | null): boolean {
  if (viewer.role === Role.PLANNING) return true;
  return viewer.role === Role.DEPARTMENT && viewer.departmentId !== null && viewer.departmentId === ownerDepartmentId;
}
