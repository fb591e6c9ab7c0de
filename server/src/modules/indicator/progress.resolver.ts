import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Actual } from '../actual/actual.entity.js';
import { readableActuals } from '../actual/actual.policy.js';
import { indicatorProgress } from './indicator-progress.js';
import { Indicator } from './indicator.entity.js';
import { IndicatorProgress } from './progress.types.js';

@Resolver(() => Indicator)
export class IndicatorProgressResolver {
  @FieldResolver(() => [Actual], {
    description: 'The indicator’s actuals, all years: drafts and returned ones only for its departments, the planning division and administrators; signed out, accepted ones only.',
  })
  async actuals(@Root() indicator: Indicator, @Ctx() { loaders, viewer }: Context): Promise<Actual[]> {
    return readableActuals(viewer, loaders, await loaders.actualsByIndicatorId.load(indicator.id));
  }

  @FieldResolver(() => IndicatorProgress, { description: 'Progress in a fiscal year, from submitted and accepted actuals (accepted ones only when signed out).' })
  progress(@Root() indicator: Indicator, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { loaders, viewer }: Context): Promise<IndicatorProgress> {
    return indicatorProgress(loaders, viewer, indicator, fiscalYear);
  }
}
