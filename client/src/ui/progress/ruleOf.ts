import type { ActualValue, IndicatorRule, ProgressConfig } from '@kaizen/shared';
import { configForYear, isHandedIn } from '@kaizen/shared';
import type { Direction, JudgingBasis, NotGraded, StrategyProgressConfig_StrategyFragment, SubmissionStatus, TargetKind } from '../../gql/graphql';

type YearlyTargetLike = { fiscalYear: number; value?: number | null };

/** What a year is judged by, as the plan in force that year has it (Indicator.yearRules). */
type YearRuleLike = {
  fiscalYear: number;
  targetKind: TargetKind;
  direction: Direction;
  basis?: JudgingBasis | null;
  startFY?: number | null;
  targetValue?: number | null;
  targetFiscalYear: number;
  baselineValue?: number | null;
};

type IndicatorLike = {
  targetKind: TargetKind;
  direction: Direction;
  basis?: JudgingBasis | null;
  startFY?: number | null;
  yearlyTargets?: YearlyTargetLike[];
  baseline: { value?: number | null };
  target: { value?: number | null; fiscalYear: number };
  yearRules?: YearRuleLike[];
  yearRuleTargets?: (YearlyTargetLike & { ruleFiscalYear: number })[];
};

/** A strategy's rules as the API serves them: the same shapes, with __typename on each object. */
type StrategyRules = Pick<StrategyProgressConfig_StrategyFragment, 'progressConfig' | 'closedYearProgressConfigs'>;

/** Which rules grade which year: a closed year's own, else the strategy's (shared configForYear). */
export type YearRules = (fiscalYear: number) => ProgressConfig;

const yearlyOf = (targets: YearlyTargetLike[] | undefined) => (targets ?? []).map((y) => ({ fiscalYear: y.fiscalYear, value: y.value ?? null }));

/**
 * The shared progress rule of an indicator as the API serves it: in `fiscalYear`, as the plan in
 * force that year defines it (a revision may have changed its target since), as the server grades
 * that year; without a year, as adopted today.
 */
export function ruleOf(indicator: IndicatorLike, periodStartFY: number, fiscalYear?: number): IndicatorRule {
  const ofYear = fiscalYear === undefined ? undefined : indicator.yearRules?.find((r) => r.fiscalYear === fiscalYear);
  if (ofYear) {
    return {
      targetKind: ofYear.targetKind,
      direction: ofYear.direction,
      baselineValue: ofYear.baselineValue ?? null,
      targetValue: ofYear.targetValue ?? null,
      periodStartFY,
      targetFiscalYear: ofYear.targetFiscalYear,
      basis: ofYear.basis ?? null,
      startFY: ofYear.startFY ?? null,
      yearlyTargets: yearlyOf(indicator.yearRuleTargets?.filter((y) => y.ruleFiscalYear === fiscalYear)),
    };
  }
  return {
    targetKind: indicator.targetKind,
    direction: indicator.direction,
    baselineValue: indicator.baseline.value ?? null,
    targetValue: indicator.target.value ?? null,
    periodStartFY,
    targetFiscalYear: indicator.target.fiscalYear,
    basis: indicator.basis ?? null,
    startFY: indicator.startFY ?? null,
    yearlyTargets: yearlyOf(indicator.yearlyTargets),
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
