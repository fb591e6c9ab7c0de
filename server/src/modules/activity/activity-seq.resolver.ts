import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';

@Resolver(() => ReviewCycle)
export class ActivitySeqResolver {
  @FieldResolver(() => String, {
    description: 'The position of the cycle’s live feed when this was read: pass it as `after` to the `activity` subscription, so that nothing written since is missed.',
  })
  activitySeq(@Root() cycle: ReviewCycle, @Ctx() { loaders }: Context): Promise<string> {
    return loaders.activitySeqByCycleId.load(cycle.id);
  }
}
