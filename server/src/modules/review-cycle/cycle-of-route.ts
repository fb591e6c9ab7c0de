import type { Request } from 'express';
import type { Context } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { uuidParam } from '../../http/file-routes.js';
import type { ReviewCycle } from './review-cycle.entity.js';

/** The cycle a file route's `:cycleId` names; BAD_USER_INPUT for what cannot be an id, NOT_FOUND for none. */
export async function cycleOfRoute(req: Request, context: Context): Promise<ReviewCycle> {
  const id = uuidParam(req.params.cycleId, 'cycleId');
  const cycle = await context.loaders.reviewCycleById.load(id);
  if (!cycle) throw new NotFoundError('ReviewCycle', id);
  return cycle;
}
