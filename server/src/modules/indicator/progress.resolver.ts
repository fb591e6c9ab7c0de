import { computeProgress, defaultProgressConfig, SubmissionStatus } from '@kaizen/shared';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Actual } from '../actual/actual.entity.js';
import { Indicator } from './indicator.entity.js';
import { IndicatorProgress } from './progress.types.js';

/** Values the department has handed in count; drafts and returned values do not. */
const counts = (a: Actual) => a.status === SubmissionStatus.SUBMITTED || a.status === SubmissionStatus.ACCEPTED;

@Resolver(() => Indicator)
export class IndicatorProgressResolver {
  @FieldResolver(() => [Actual], { description: 'The indicator’s actuals, all years.' })
  actuals(@Root() indicator: Indicator, @Ctx() { loaders }: Context): Promise<Actual[]> {
    return loaders.actualsByIndicatorId.load(indicator.id);
  }

  @FieldResolver(() => IndicatorProgress, { description: 'Progress in a fiscal year, from submitted and accepted actuals.' })
  async progress(@Root() indicator: Indicator, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { loaders }: Context): Promise<IndicatorProgress> {
    const [actuals, strategy] = await Promise.all([
      loaders.actualsByIndicatorId.load(indicator.id),
      loaders.strategyById.load(indicator.strategyId),
    ]);
    return computeProgress(
      { ...indicator, periodStartFY: strategy!.periodStartFY },
      actuals.filter(counts).map((a) => ({ fiscalYear: a.fiscalYear, value: a.value })),
      fiscalYear,
      strategy!.progressConfig ?? defaultProgressConfig,
    );
  }
}
