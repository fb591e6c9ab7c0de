import { computeProgress, configForYear, isRetiredIn, PlanSubject, rollUp, type Progress, type ProgressConfig, type RollUp } from '@kaizen/shared';
import type { Loaders } from '../../graphql/context.js';
import { publishedFor } from '../actual/actual.policy.js';
import { inForce, reviewView, type PlanPreview } from '../plan-revision/plan-in-force.js';
import { countsFor } from '../review-cycle/submission.policy.js';
import type { User } from '../user/user.entity.js';
import type { Indicator } from './indicator.entity.js';

// Per request: a roll-up and each of its indicators' progress ask for the same fold.
const foldedByRequest = new WeakMap<Loaders, Map<string, Promise<Indicator | null>>>();

/** The indicator as the plan in force in `fiscalYear` defines it (target, baseline, kind…), as that year's review reads it; null before a revision added it. */
export function indicatorOfYear(loaders: Loaders, indicator: Indicator, fiscalYear: number, preview?: PlanPreview): Promise<Indicator | null> {
  let folded = foldedByRequest.get(loaders);
  if (!folded) foldedByRequest.set(loaders, (folded = new Map()));
  const key = `${indicator.id}:${fiscalYear}:${preview?.revision.id ?? ''}`;
  let ofYear = folded.get(key);
  if (!ofYear) {
    ofYear = inForce(loaders, indicator.strategyId, PlanSubject.INDICATOR, indicator, reviewView(loaders, indicator.strategyId, fiscalYear), preview);
    folded.set(key, ofYear);
  }
  return ofYear;
}

/**
 * An indicator's progress in `fiscalYear` as `viewer` may know it, against the plan in force that
 * year (or a draft revision's `preview`), by its strategy's rules (or by `config`, to preview other
 * rules); batched through the request's loaders.
 */
export async function indicatorProgress(loaders: Loaders, viewer: User | null, indicator: Indicator, fiscalYear: number, config?: ProgressConfig, preview?: PlanPreview): Promise<Progress> {
  const [actuals, strategy, ofYear] = await Promise.all([
    loaders.actualsByIndicatorId.load(indicator.id).then((all) => publishedFor(viewer, loaders, indicator.strategyId, all)),
    loaders.strategyById.load(indicator.strategyId),
    indicatorOfYear(loaders, indicator, fiscalYear, preview),
  ]);
  return computeProgress(
    // Asked of a year before it was added: its own first year (startFY) already says it has none.
    { ...(ofYear ?? indicator), periodStartFY: strategy!.periodStartFY },
    // Only handed-in values count (signed out: accepted ones of published years): progress never reveals what `readableActuals` hides from the viewer.
    actuals.filter((a) => countsFor(viewer, a.status)).map((a) => ({ fiscalYear: a.fiscalYear, value: a.value, periodFiscalYear: a.periodFiscalYear, notGraded: a.notGraded })),
    fiscalYear,
    config ?? configForYear(strategy!.progressConfig, strategy!.closedYearConfigs, fiscalYear),
  );
}

/** How a set of indicators (a measure's, a goal's) stands together; each indicator counts once, those of the year's plan only (not yet added, or 廃止, they do not count). */
export async function rolledUpProgress(
  loaders: Loaders,
  viewer: User | null,
  strategyId: string,
  indicators: Indicator[],
  fiscalYear: number,
  config?: ProgressConfig,
  preview?: PlanPreview,
): Promise<RollUp> {
  const distinct = [...new Map(indicators.map((i) => [i.id, i])).values()];
  const ofYear = await Promise.all(distinct.map((i) => indicatorOfYear(loaders, i, fiscalYear, preview)));
  const current = distinct.filter((_, k) => ofYear[k] !== null && !isRetiredIn(ofYear[k]!, fiscalYear));
  const [progress, strategy] = await Promise.all([
    Promise.all(current.map((i) => indicatorProgress(loaders, viewer, i, fiscalYear, config, preview))),
    loaders.strategyById.load(strategyId),
  ]);
  return rollUp(progress, fiscalYear, config ?? configForYear(strategy!.progressConfig, strategy!.closedYearConfigs, fiscalYear));
}
