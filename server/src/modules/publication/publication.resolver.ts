import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { publicResults, publishedCycleOf, publishedIndicator, publishedMeasure, rootOf, type PublishedCycleRoot } from './published-cycle.js';
import { PublishedCycle, PublishedIndicatorResult, PublishedMeasureReport } from './published.types.js';

@Resolver(() => PublishedCycle)
export class PublicationResolver {
  @Authorized(Role.PLANNING)
  @Mutation(() => ReviewCycle, { description: 'Publishes a closed cycle’s results (公開, 政策企画課): from then on they read signed out. INVALID_STATE unless CLOSED; CONFLICT on a stale version. Audited.' })
  publishReviewCycle(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) v: number, @Ctx() { services, viewer }: Context): Promise<ReviewCycle> {
    return services.publication.publish(viewer!, id, v);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => ReviewCycle, { description: 'Withdraws a publication, with a reason (政策企画課): signed out, the cycle and its year’s figures read as unpublished again. Audited.' })
  unpublishReviewCycle(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<ReviewCycle> {
    return services.publication.unpublish(viewer!, id, v, reason);
  }

  // Public: what the planning division published, and nothing else.
  @Query(() => [PublishedCycle], { description: 'The strategy’s published cycles, newest first (public).' })
  async publishedCycles(@Arg('strategyId', () => ID) strategyId: string, @Ctx() { loaders }: Context): Promise<PublishedCycleRoot[]> {
    const cycles = await loaders.reviewCyclesByStrategyId.load(strategyId);
    return cycles
      .filter((c) => c.publishedAt !== null && c.closedAt !== null)
      .sort((a, b) => b.fiscalYear - a.fiscalYear)
      .map(rootOf);
  }

  @Query(() => PublishedCycle, { description: 'A published cycle’s results (public); NOT_FOUND for one not published, as for none.' })
  publishedCycle(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<PublishedCycleRoot> {
    return publishedCycleOf(loaders, id);
  }

  @FieldResolver(() => Strategy)
  async strategy(@Root() root: PublishedCycleRoot, @Ctx() { loaders }: Context): Promise<Strategy> {
    return (await loaders.strategyById.load(root.cycle.strategyId))!;
  }

  @FieldResolver(() => [PublishedIndicatorResult])
  async indicators(@Root() root: PublishedCycleRoot, @Ctx() { loaders, services }: Context): Promise<PublishedIndicatorResult[]> {
    return (await publicResults(loaders, services.reviewThreads, root.cycle)).indicators.map(publishedIndicator);
  }

  @FieldResolver(() => [PublishedMeasureReport], { description: 'Per measure (and per goal with threads on it as a whole), in the plan’s order.' })
  async measures(@Root() root: PublishedCycleRoot, @Ctx() { loaders, services }: Context): Promise<PublishedMeasureReport[]> {
    const results = await publicResults(loaders, services.reviewThreads, root.cycle);
    return Promise.all(results.measures.map((m) => publishedMeasure(loaders, root.cycle, m)));
  }

  @FieldResolver(() => PublishedMeasureReport, { description: 'One measure’s row; NOT_FOUND when the measure is not one of the cycle’s.' })
  async measure(@Root() root: PublishedCycleRoot, @Arg('measureId', () => ID) measureId: string, @Ctx() { loaders, services }: Context): Promise<PublishedMeasureReport> {
    const row = (await publicResults(loaders, services.reviewThreads, root.cycle)).measures.find((m) => m.measureId === measureId);
    if (!row) throw new NotFoundError('Measure', measureId);
    return publishedMeasure(loaders, root.cycle, row);
  }

  @FieldResolver(() => PublishedMeasureReport, { description: 'The threads on a goal as a whole (measureId null); NOT_FOUND when the council raised none on it.' })
  async goal(@Root() root: PublishedCycleRoot, @Arg('goalNumber', () => Int) goalNumber: number, @Ctx() { loaders, services }: Context): Promise<PublishedMeasureReport> {
    const row = (await publicResults(loaders, services.reviewThreads, root.cycle)).measures.find((m) => m.measureId === null && m.goalNumber === goalNumber);
    if (!row) throw new NotFoundError('Goal', String(goalNumber));
    return publishedMeasure(loaders, root.cycle, row);
  }
}
