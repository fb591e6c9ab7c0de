import type { ActualValue, IndicatorRule, ProgressConfig } from '@kaizen/shared';
import { configForYear, isHandedIn } from '@kaizen/shared';
import type { Direction, JudgingBasis, NotGraded, StrategyProgressConfig_StrategyFragment, SubmissionStatus, TargetKind } from '../../gql/graphql';

type IndicatorLike = {
  targetKind: TargetKind;
  direction: Direction;
  basis?: JudgingBasis | null;
  startFY?: number | null;
  yearlyTargets?: { fiscalYear: number; value?: number | null }[];
  baseline: { value?: number | null };
  target: { value?: number | null; fiscalYear: number };
};

/** A strategy's rules as the API serves them: the same shapes, with __typename on each object. */
type StrategyRules = Pick<StrategyProgressConfig_StrategyFragment, 'progressConfig' | 'closedYearProgressConfigs'>;

/** Which rules grade which year: a closed year's own, else the strategy's (shared configForYear). */
export type YearRules = (fiscalYear: number) => ProgressConfig;

/** The shared progress rule of an indicator as the API serves it. */
export function ruleOf(indicator: IndicatorLike, periodStartFY: number): IndicatorRule {
  return {
    targetKind: indicator.targetKind,
    direction: indicator.direction,
    baselineValue: indicator.baseline.value ?? null,
    targetValue: indicator.target.value ?? null,
    periodStartFY,
    targetFiscalYear: indicator.target.fiscalYear,
    basis: indicator.basis ?? null,
    startFY: indicator.startFY ?? null,
    yearlyTargets: (indicator.yearlyTargets ?? []).map((y) => ({ fiscalYear: y.fiscalYear, value: y.value ?? null })),
  };
}

export function rulesOf(strategy: StrategyRules): YearRules {
  const closed = strategy.closedYearProgressConfigs.map((config) => ({ fiscalYear: config.closedFiscalYear!, config }));
  return (fiscalYear) => configForYear(strategy.progressConfig, closed, fiscalYear);
}

/** Values that count towards progress, as on the server: handed in (submitted or accepted). */
type Counted = { fiscalYear: number; value?: number | null; periodFiscalYear?: number | null; notGraded?: NotGraded | null; status: SubmissionStatus };

export function countedValues(actuals: Counted[]): ActualValue[] {
  return actuals
    .filter((a) => isHandedIn(a.status))
    .map((a) => ({ fiscalYear: a.fiscalYear, value: a.value ?? null, periodFiscalYear: a.periodFiscalYear ?? null, notGraded: a.notGraded ?? null }));
}
