import { GraphQLLocalDate } from 'graphql-scalars';
import { CycleState, Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
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

  @Query(() => ReviewCycle)
  reviewCycle(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<ReviewCycle> {
    return services.reviewCycles.get(id);
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
