import { Role } from '@kaizen/shared';
import type { User } from '../user/user.entity.js';

/**
 * Who may enter an indicator's actual: a department user for an indicator of their department;
 * the planning division for an indicator no department holds (e.g. a KGI of 各課等).
 */
export function mayEnterActual(viewer: User, indicatorDepartmentIds: string[]): boolean {
  if (viewer.role === Role.DEPARTMENT) return viewer.departmentId !== null && indicatorDepartmentIds.includes(viewer.departmentId);
  if (viewer.role === Role.PLANNING) return indicatorDepartmentIds.length === 0;
  return false;
}
