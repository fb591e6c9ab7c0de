import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Goal } from '../goal/goal.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { User } from '../user/user.entity.js';
import { OverallJudgement } from './overall-judgement.entity.js';
import { SetOverallJudgementInput } from './overall-judgement.inputs.js';

const DESCRIPTION = '総合評価 by the planning division in a review cycle, beside the computed `progress` grade (which it never replaces); null until one is recorded.';

// Signed in only: the review (cycles, their judgements) is not public (README "Security"); mutations keep their own roles.
@Authorized()
@Resolver(() => OverallJudgement)
export class OverallJudgementResolver {
  @Authorized(Role.PLANNING)
  @Mutation(() => OverallJudgement, { description: 'Records or changes the overall judgement of a measure or a goal (政策企画課), while the cycle is open. CONFLICT when expectedVersion is stale.' })
  setOverallJudgement(@Arg('input', () => SetOverallJudgementInput) input: SetOverallJudgementInput, @Ctx() { services, viewer }: Context): Promise<OverallJudgement> {
    return services.overallJudgements.set(viewer!, input);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => Boolean, { description: 'Removes the overall judgement of a measure or a goal, with a reason for the audit log (政策企画課); NOT_FOUND when there is none.' })
  clearOverallJudgement(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('measureId', () => ID, { nullable: true }) measureId: string | null,
    @Arg('goalId', () => ID, { nullable: true }) goalId: string | null,
    @Arg('reason', () => String) reason: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<boolean> {
    return services.overallJudgements.clear(viewer!, cycleId, measureId ?? null, goalId ?? null, reason);
  }

  @FieldResolver(() => User, { description: 'Who decided it last (政策企画課).' })
  async decidedBy(@Root() judgement: OverallJudgement, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.userById.load(judgement.decidedById))!;
  }
}

// Signed in only: judgements are the review's.
@Authorized()
@Resolver(() => Measure)
export class MeasureJudgementResolver {
  @FieldResolver(() => OverallJudgement, { nullable: true, description: DESCRIPTION })
  async overallJudgement(@Root() measure: Measure, @Arg('cycleId', () => ID) cycleId: string, @Ctx() { loaders }: Context): Promise<OverallJudgement | null> {
    return (await loaders.overallJudgementsByCycleId.load(cycleId)).find((j) => j.measureId === measure.id) ?? null;
  }
}

// Signed in only: judgements are the review's.
@Authorized()
@Resolver(() => Goal)
export class GoalJudgementResolver {
  @FieldResolver(() => OverallJudgement, { nullable: true, description: DESCRIPTION })
  async overallJudgement(@Root() goal: Goal, @Arg('cycleId', () => ID) cycleId: string, @Ctx() { loaders }: Context): Promise<OverallJudgement | null> {
    return (await loaders.overallJudgementsByCycleId.load(cycleId)).find((j) => j.goalId === goal.id) ?? null;
  }
}
