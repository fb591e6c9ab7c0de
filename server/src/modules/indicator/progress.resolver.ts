import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Actual } from '../actual/actual.entity.js';
import { readableActualsOf } from '../actual/actual.policy.js';
import { cycleAsOf } from '../review-cycle/cycle-as-of.js';
import { indicatorProgress } from './indicator-progress.js';
import { Indicator } from './indicator.entity.js';
import { IndicatorProgress } from './progress.types.js';

@Resolver(() => Indicator)
export class IndicatorProgressResolver {
  @FieldResolver(() => [Actual], {
    description:
      'The indicator’s actuals, all years: drafts and returned ones only for its departments, the planning division and administrators; signed out, accepted ones of the years whose review is published. With `cycleId`, as that review reads them: its year and earlier ones, never a later cycle’s entries.',
  })
  async actuals(
    @Root() indicator: Indicator,
    @Arg('cycleId', () => ID, { nullable: true }) cycleId: string | null,
    @Ctx() { loaders, viewer }: Context,
  ): Promise<Actual[]> {
    const [actuals, cycle] = await Promise.all([loaders.actualsByIndicatorId.load(indicator.id), cycleId ? cycleAsOf(loaders, cycleId, indicator.strategyId) : null]);
    // A closed review stays as the council read it: the years after its own are not its figures (nor is a late figure for its year entered in a later cycle).
    return readableActualsOf(viewer, loaders, indicator.strategyId, cycle ? actuals.filter((a) => a.fiscalYear <= cycle.fiscalYear) : actuals);
  }

  @FieldResolver(() => IndicatorProgress, { description: 'Progress in a fiscal year, from submitted and accepted actuals (signed out: accepted ones of the years whose review is published).' })
  progress(@Root() indicator: Indicator, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { loaders, viewer }: Context): Promise<IndicatorProgress> {
    return indicatorProgress(loaders, viewer, indicator, fiscalYear);
  }
}
