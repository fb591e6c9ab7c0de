import type { IndicatorRule, ProgressConfig, YearValue } from '@kaizen/shared';
import { defaultProgressConfig, isHandedIn } from '@kaizen/shared';
import type { Direction, ProgressFormula, SubmissionStatus, TargetKind } from '../../gql/graphql';

type IndicatorLike = {
  targetKind: TargetKind;
  direction: Direction;
  baseline: { value?: number | null };
  target: { value?: number | null; fiscalYear: number };
};

type ConfigLike = {
  formula: ProgressFormula;
  lowestGrade: string;
  notMeasurableGrade: string;
  thresholds: { grade: string; minRate: number }[];
};

/** The shared progress rule of an indicator as the API serves it. */
export function ruleOf(indicator: IndicatorLike, periodStartFY: number): IndicatorRule {
  return {
    targetKind: indicator.targetKind,
    direction: indicator.direction,
    baselineValue: indicator.baseline.value ?? null,
    targetValue: indicator.target.value ?? null,
    periodStartFY,
    targetFiscalYear: indicator.target.fiscalYear,
  };
}

export function configOf(config: ConfigLike | null | undefined): ProgressConfig {
  if (!config) return defaultProgressConfig;
  const { formula, lowestGrade, notMeasurableGrade, thresholds } = config;
  return { formula, lowestGrade, notMeasurableGrade, thresholds: thresholds.map(({ grade, minRate }) => ({ grade, minRate })) };
}

/** Values that count towards progress, as on the server: handed in (submitted or accepted). */
export function countedValues(actuals: { fiscalYear: number; value?: number | null; status: SubmissionStatus }[]): YearValue[] {
  return actuals.filter((a) => isHandedIn(a.status)).map((a) => ({ fiscalYear: a.fiscalYear, value: a.value ?? null }));
}
