import { Role } from '@kaizen/shared';
import type { User } from './user.entity.js';

/** The planning division and administrators see users' status and manage them. */
export function mayManageUsers(viewer: User | null): boolean {
  return viewer?.role === Role.PLANNING || viewer?.role === Role.ADMIN;
}

/** Only an administrator grants, or acts on, administrator rights. */
export function mayManageRole(viewer: User | null, role: Role): boolean {
  return mayManageUsers(viewer) && (role !== Role.ADMIN || viewer!.role === Role.ADMIN);
}

/** Nobody disables (or otherwise manages) their own account: it would lock them out. */
export function mayManageUser(viewer: User | null, target: User): boolean {
  return mayManageRole(viewer, target.role) && viewer!.id !== target.id;
}
