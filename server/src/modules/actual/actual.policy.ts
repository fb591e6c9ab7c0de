import { isHandedIn } from '@kaizen/shared';
import type { Loaders } from '../../graphql/context.js';
import { mayRead } from '../review-cycle/submission.policy.js';
import type { User } from '../user/user.entity.js';
import type { Actual } from './actual.entity.js';

/**
 * The actuals `viewer` may read (see `mayRead`), in their order. Responsible departments are
 * batched through the request's loaders, and read only where they can change the answer.
 */
export async function readableActuals(viewer: User | null, loaders: Loaders, actuals: Actual[]): Promise<Actual[]> {
  const departmentIds = async (a: Actual) =>
    isHandedIn(a.status) || !viewer ? [] : (await loaders.departmentsByIndicatorId.load(a.indicatorId)).map((d) => d.id);
  const readable = await Promise.all(actuals.map(async (a) => mayRead(viewer, a.status, await departmentIds(a))));
  return actuals.filter((_, i) => readable[i]);
}
