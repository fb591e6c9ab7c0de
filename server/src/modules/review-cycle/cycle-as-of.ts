import type { Loaders } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import type { ReviewCycle } from './review-cycle.entity.js';

/**
 * The review cycle a field is read as of (its `cycleId` argument): one of `strategyId`'s, else
 * NOT_FOUND. Through the strategy's cycles, which carried-over actions read too: one statement for
 * every field of a page that asks.
 */
export async function cycleAsOf(loaders: Loaders, cycleId: string, strategyId: string): Promise<ReviewCycle> {
  const cycle = (await loaders.reviewCyclesByStrategyId.load(strategyId)).find((c) => c.id === cycleId);
  if (!cycle) throw new NotFoundError('ReviewCycle', cycleId);
  return cycle;
}
