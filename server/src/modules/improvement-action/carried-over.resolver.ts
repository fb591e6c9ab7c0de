import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Goal } from '../goal/goal.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { ImprovementAction } from './improvement-action.entity.js';

const DESCRIPTION = 'Improvement actions from reviews of years before `fiscalYear`: what this year’s review follows up.';
const before = (fiscalYear: number) => (a: ImprovementAction) => a.originCycle!.fiscalYear < fiscalYear;

// Signed in only: improvement actions come from the review.
@Authorized()
@Resolver(() => Measure)
export class MeasureActionsResolver {
  @FieldResolver(() => [ImprovementAction], { description: DESCRIPTION })
  async carriedOverActions(@Root() measure: Measure, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { loaders }: Context): Promise<ImprovementAction[]> {
    return (await loaders.actionsByMeasureId.load(measure.id)).filter(before(fiscalYear));
  }
}

// Signed in only: improvement actions come from the review.
@Authorized()
@Resolver(() => Goal)
export class GoalActionsResolver {
  @FieldResolver(() => [ImprovementAction], { description: `${DESCRIPTION} Only those on the goal as a whole.` })
  async carriedOverActions(@Root() goal: Goal, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { loaders }: Context): Promise<ImprovementAction[]> {
    return (await loaders.goalActionsByGoalId.load(goal.id)).filter(before(fiscalYear));
  }
}
