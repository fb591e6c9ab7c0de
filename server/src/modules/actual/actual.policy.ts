import type { Loaders } from '../../graphql/context.js';
import { readableEntries } from '../review-cycle/submission.policy.js';
import type { User } from '../user/user.entity.js';
import type { Actual } from './actual.entity.js';

/** The actuals `viewer` may read (see `mayRead`), in their order; their indicators' departments batched through the request's loaders. */
export function readableActuals(viewer: User | null, loaders: Loaders, actuals: Actual[]): Promise<Actual[]> {
  return readableEntries(viewer, actuals, async (a) => (await loaders.departmentsByIndicatorId.load(a.indicatorId)).map((d) => d.id));
}

/**
 * Signed out, the figures of the fiscal years whose review the planning division has published
 * (公開) only: a figure accepted in a review still under way, or closed and not yet published, is
 * not the city's published result. Signed in, all of them (then `readableActuals` decides).
 */
export async function publishedFor<T extends { fiscalYear: number }>(viewer: User | null, loaders: Loaders, strategyId: string, actuals: T[]): Promise<T[]> {
  if (viewer) return actuals;
  const cycles = await loaders.reviewCyclesByStrategyId.load(strategyId);
  const published = new Set(cycles.filter((c) => c.publishedAt !== null).map((c) => c.fiscalYear));
  return actuals.filter((a) => published.has(a.fiscalYear));
}

/** An indicator's actuals `viewer` may read: `readableActuals` of those `publishedFor` gives them. */
export async function readableActualsOf(viewer: User | null, loaders: Loaders, strategyId: string, actuals: Actual[]): Promise<Actual[]> {
  return readableActuals(viewer, loaders, await publishedFor(viewer, loaders, strategyId, actuals));
}
