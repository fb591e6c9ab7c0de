import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Actual } from '../actual/actual.entity.js';
import { indicatorProgress } from './indicator-progress.js';
import { Indicator } from './indicator.entity.js';
import { IndicatorProgress } from './progress.types.js';

@Resolver(() => Indicator)
export class IndicatorProgressResolver {
  @FieldResolver(() => [Actual], { description: 'The indicator’s actuals, all years.' })
  actuals(@Root() indicator: Indicator, @Ctx() { loaders }: Context): Promise<Actual[]> {
    return loaders.actualsByIndicatorId.load(indicator.id);
  }

  @FieldResolver(() => IndicatorProgress, { description: 'Progress in a fiscal year, from submitted and accepted actuals.' })
  progress(@Root() indicator: Indicator, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { loaders }: Context): Promise<IndicatorProgress> {
    return indicatorProgress(loaders, indicator, fiscalYear);
  }
}
