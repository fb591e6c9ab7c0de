import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Goal } from '../goal/goal.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { rolledUpProgress } from './indicator-progress.js';
import { RollUpProgress } from './progress.types.js';

const DESCRIPTION = 'Progress of its KPIs together in a fiscal year, from submitted and accepted actuals (accepted ones only when signed out).';

@Resolver(() => Measure)
export class MeasureProgressResolver {
  @FieldResolver(() => RollUpProgress, { description: DESCRIPTION })
  async progress(@Root() measure: Measure, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { loaders, viewer }: Context): Promise<RollUpProgress> {
    const listings = await loaders.listingsByMeasureId.load(measure.id);
    return rolledUpProgress(loaders, viewer, measure.strategyId, listings.map((l) => l.indicator!), fiscalYear);
  }
}

@Resolver(() => Goal)
export class GoalProgressResolver {
  @FieldResolver(() => RollUpProgress, { description: `${DESCRIPTION} A 【再掲】 KPI counts once; KGIs have their own progress.` })
  async progress(@Root() goal: Goal, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { loaders, viewer }: Context): Promise<RollUpProgress> {
    const measures = await loaders.measuresByGoalId.load(goal.id);
    const listings = (await Promise.all(measures.map((m) => loaders.listingsByMeasureId.load(m.id)))).flat();
    return rolledUpProgress(loaders, viewer, goal.strategyId, listings.map((l) => l.indicator!), fiscalYear);
  }
}
