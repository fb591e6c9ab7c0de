import { computeProgress, type ActualValue, type IndicatorRule, type Progress } from '@kaizen/shared';
import type { YearRules } from './ruleOf';

export type YearRow = {
  fiscalYear: number;
  /** The year's own counted value (null: none handed in). */
  actual: number | null;
  progress: Progress;
  /** Where the path to the target stands this year, whether or not a value came in. */
  path: number | null;
};

/**
 * Each year of the plan period with its progress, by the shared rules. The path is read from the
 * same rules by asking what they expect of a year (its value does not change the path).
 */
export function yearlyProgress(rule: IndicatorRule, counted: ActualValue[], rules: YearRules): YearRow[] {
  const years = Array.from({ length: rule.targetFiscalYear - rule.periodStartFY + 1 }, (_, i) => rule.periodStartFY + i);
  const probe = years.map((fiscalYear) => ({ fiscalYear, value: rule.targetValue ?? rule.baselineValue ?? 0 }));
  return years.map((fiscalYear) => ({
    fiscalYear,
    actual: counted.find((v) => v.fiscalYear === fiscalYear)?.value ?? null,
    progress: computeProgress(rule, counted, fiscalYear, rules(fiscalYear)),
    path: computeProgress(rule, probe, fiscalYear, rules(fiscalYear)).pathTarget,
  }));
}
