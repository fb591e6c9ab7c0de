import { computeProgress, configForYear, rollUp, type Progress, type ProgressConfig, type RollUp } from '@kaizen/shared';
import type { Loaders } from '../../graphql/context.js';
import { countsFor } from '../review-cycle/submission.policy.js';
import type { User } from '../user/user.entity.js';
import type { Indicator } from './indicator.entity.js';

/**
 * An indicator's progress in `fiscalYear` as `viewer` may know it, by its strategy's rules (or by
 * `config`, to preview other rules); batched through the request's loaders.
 */
export async function indicatorProgress(loaders: Loaders, viewer: User | null, indicator: Indicator, fiscalYear: number, config?: ProgressConfig): Promise<Progress> {
  const [actuals, strategy] = await Promise.all([loaders.actualsByIndicatorId.load(indicator.id), loaders.strategyById.load(indicator.strategyId)]);
  return computeProgress(
    { ...indicator, periodStartFY: strategy!.periodStartFY },
    // Only handed-in values count (accepted ones signed out): progress never reveals what `readableActuals` hides from the viewer.
    actuals.filter((a) => countsFor(viewer, a.status)).map((a) => ({ fiscalYear: a.fiscalYear, value: a.value, periodFiscalYear: a.periodFiscalYear, notGraded: a.notGraded })),
    fiscalYear,
    config ?? configForYear(strategy!.progressConfig, strategy!.closedYearConfigs, fiscalYear),
  );
}

/** How a set of indicators (a measure's, a goal's) stands together; each indicator counts once. */
export async function rolledUpProgress(
  loaders: Loaders,
  viewer: User | null,
  strategyId: string,
  indicators: Indicator[],
  fiscalYear: number,
  config?: ProgressConfig,
): Promise<RollUp> {
  const distinct = [...new Map(indicators.map((i) => [i.id, i])).values()];
  const [progress, strategy] = await Promise.all([
    Promise.all(distinct.map((i) => indicatorProgress(loaders, viewer, i, fiscalYear, config))),
    loaders.strategyById.load(strategyId),
  ]);
  return rollUp(progress, fiscalYear, config ?? configForYear(strategy!.progressConfig, strategy!.closedYearConfigs, fiscalYear));
}
