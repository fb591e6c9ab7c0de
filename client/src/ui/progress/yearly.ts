import { computeProgress, type ActualValue, type Progress } from '@kaizen/shared';
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
 * plan in force that year. The path is read from the same rules by asking what they expect of a
 * year (its value does not change the path).
 */
export function yearlyProgress(indicator: Indicator, periodStartFY: number, counted: ActualValue[], rules: YearRules): YearRow[] {
  const years = Array.from({ length: indicator.target.fiscalYear - periodStartFY + 1 }, (_, i) => periodStartFY + i);
  return years.map((fiscalYear) => {
    const rule = ruleOf(indicator, periodStartFY, fiscalYear);
    const probe = years.map((y) => ({ fiscalYear: y, value: rule.targetValue ?? rule.baselineValue ?? 0 }));
    return {
      fiscalYear,
      actual: counted.find((v) => v.fiscalYear === fiscalYear)?.value ?? null,
      progress: computeProgress(rule, counted, fiscalYear, rules(fiscalYear)),
      path: computeProgress(rule, probe, fiscalYear, rules(fiscalYear)).pathTarget,
    };
  });
}
