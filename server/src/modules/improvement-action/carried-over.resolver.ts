import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Goal } from '../goal/goal.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { actionsAsOf } from './action-as-of.js';
import { ImprovementAction } from './improvement-action.entity.js';

const DESCRIPTION = 'Improvement actions from reviews of years before `fiscalYear`: what this year’s review follows up (as they stood when it closed, once it has).';

/** The actions from before `fiscalYear`, as the review of that year shows them. */
async function carriedOver(ctx: Context, strategyId: string, actions: ImprovementAction[], fiscalYear: number): Promise<ImprovementAction[]> {
  const cycles = await ctx.loaders.reviewCyclesByStrategyId.load(strategyId);
  const closedAt = cycles.find((c) => c.fiscalYear === fiscalYear)?.closedAt;
  return actionsAsOf(ctx.loaders, actions.filter((a) => a.originCycle!.fiscalYear < fiscalYear), closedAt);
}

// Signed in only: improvement actions come from the review.
@Authorized()
@Resolver(() => Measure)
export class MeasureActionsResolver {
  @FieldResolver(() => [ImprovementAction], { description: DESCRIPTION })
  async carriedOverActions(@Root() measure: Measure, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() ctx: Context): Promise<ImprovementAction[]> {
    return carriedOver(ctx, measure.strategyId, await ctx.loaders.actionsByMeasureId.load(measure.id), fiscalYear);
  }
}

// Signed in only: improvement actions come from the review.
@Authorized()
@Resolver(() => Goal)
export class GoalActionsResolver {
  @FieldResolver(() => [ImprovementAction], { description: `${DESCRIPTION} Only those on the goal as a whole.` })
  async carriedOverActions(@Root() goal: Goal, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() ctx: Context): Promise<ImprovementAction[]> {
    return carriedOver(ctx, goal.strategyId, await ctx.loaders.goalActionsByGoalId.load(goal.id), fiscalYear);
  }
}
