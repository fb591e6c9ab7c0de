import { computeProgress, expectedValue, type ActualValue, type Progress } from '@kaizen/shared';
import { ruleOf, type YearRules } from './ruleOf';

export type YearRow = {
  fiscalYear: number;
  /** The year's own counted value (null: none handed in). */
  actual: number | null;
  progress: Progress;
  /** Where the path to the target stands this year, whether or not a value came in. */
  path: number | null;
};

type Indicator = Parameters<typeof ruleOf>[0];

/**
 * Each year of the plan period (as adopted today) with its progress, by the shared rules and the
 * plan in force that year, and where the path to the target stands in each.
 */
export function yearlyProgress(indicator: Indicator, periodStartFY: number, counted: ActualValue[], rules: YearRules): YearRow[] {
  const years = Array.from({ length: indicator.target.fiscalYear - periodStartFY + 1 }, (_, i) => periodStartFY + i);
  return years.map((fiscalYear) => {
    const rule = ruleOf(indicator, periodStartFY, fiscalYear);
    return {
      fiscalYear,
      actual: counted.find((v) => v.fiscalYear === fiscalYear)?.value ?? null,
      progress: computeProgress(rule, counted, fiscalYear, rules(fiscalYear)),
      path: expectedValue(rule, fiscalYear, rules(fiscalYear)),
    };
  });
}
