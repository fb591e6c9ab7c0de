import { Role } from '@kaizen/shared';
import type { User } from '../user/user.entity.js';

/** 総合評価 is the planning division's to record (政策企画課), in any cycle not yet closed. */
export function mayJudge(viewer: User): boolean {
  return viewer.role === Role.PLANNING;
}
