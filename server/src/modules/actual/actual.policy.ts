import type { Loaders } from '../../graphql/context.js';
import { readableEntries } from '../review-cycle/submission.policy.js';
import type { User } from '../user/user.entity.js';
import type { Actual } from './actual.entity.js';

/** The actuals `viewer` may read (see `mayRead`), in their order; their indicators' departments batched through the request's loaders. */
export function readableActuals(viewer: User | null, loaders: Loaders, actuals: Actual[]): Promise<Actual[]> {
  return readableEntries(viewer, actuals, async (a) => (await loaders.departmentsByIndicatorId.load(a.indicatorId)).map((d) => d.id));
}
