import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { CycleSummary } from './cycle-summary.types.js';

// Signed in only, until closed cycles are published on purpose.
@Authorized()
@Resolver(() => ReviewCycle)
export class CycleSummaryResolver {
  @FieldResolver(() => CycleSummary, { description: 'Threads, responses and actions of the cycle in figures.' })
  summary(@Root() cycle: ReviewCycle, @Ctx() { services }: Context): Promise<CycleSummary> {
    return services.cycleSummaries.summary(cycle.id);
  }

  @FieldResolver(() => ReviewCycle, { nullable: true, description: 'The review of the year before, for “changed since last year”.' })
  previousCycle(@Root() cycle: ReviewCycle, @Ctx() { services }: Context): Promise<ReviewCycle | null> {
    return services.reviewCycles.ofYear(cycle.strategyId, cycle.fiscalYear - 1);
  }
}
