import { GraphQLLocalDate } from 'graphql-scalars';
import { CycleState, Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { ReviewCycle } from './review-cycle.entity.js';

@InputType()
class OpenReviewCycleInput {
  @Field(() => ID)
  strategyId: string;

  @Field(() => Int, { description: 'The fiscal year whose results are reviewed.' })
  fiscalYear: number;

  @Field(() => GraphQLLocalDate, { nullable: true })
  collectingDue?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  reviewingDue?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  respondingDue?: string;
}

// Signed in only: the review (cycles, their dialogue, drafts) is not public (README "Security"); mutations keep their own roles.
@Authorized()
@Resolver(() => ReviewCycle)
export class ReviewCycleResolver {
  @Query(() => [ReviewCycle], { description: 'The strategy’s review cycles, newest first.' })
  reviewCycles(@Arg('strategyId', () => ID) strategyId: string, @Ctx() { services }: Context): Promise<ReviewCycle[]> {
    return services.reviewCycles.list(strategyId);
  }

  // One request instead of every strategy's cycles: what the header follows while reviews are open.
  @Query(() => [ReviewCycle], { description: 'The cycles that stand in one of `states`, newest first: of any strategy, or for a department of its own municipality’s.' })
  reviewCyclesIn(@Arg('states', () => [CycleState]) states: CycleState[], @Ctx() { services, viewer }: Context): Promise<ReviewCycle[]> {
    return services.reviewCycles.inStates(states, viewer!);
  }

  @Query(() => ReviewCycle)
  reviewCycle(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<ReviewCycle> {
    return services.reviewCycles.get(id);
  }

  // A review page reads its cycle's strategy here instead of listing every strategy (issue 10): one
  // batched lookup per request however many cycles are asked for.
  @FieldResolver(() => Strategy, { description: 'The strategy whose results this cycle reviews.' })
  async strategy(@Root() cycle: ReviewCycle, @Ctx() { loaders }: Context): Promise<Strategy> {
    return (await loaders.strategyById.load(cycle.strategyId))!;
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => ReviewCycle, { description: 'Opens the review of a fiscal year’s results (政策企画課).' })
  openReviewCycle(@Arg('input', () => OpenReviewCycleInput) input: OpenReviewCycleInput, @Ctx() { services, viewer }: Context): Promise<ReviewCycle> {
    const { strategyId, fiscalYear, ...due } = input;
    return services.reviewCycles.open(viewer!, strategyId, fiscalYear, due);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => ReviewCycle, { description: 'Moves a cycle one step forward, or back with a reason (政策企画課).' })
  moveReviewCycle(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => CycleState) to: CycleState,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<ReviewCycle> {
    return services.reviewCycles.move(viewer!, id, to, expectedVersion, reason ?? null);
  }
}
