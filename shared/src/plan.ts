/** Vocabulary of the plan, shared by the server's schema and the client's views. */

export const IndicatorKind = { KGI: 'KGI', KPI: 'KPI' } as const;
export type IndicatorKind = (typeof IndicatorKind)[keyof typeof IndicatorKind];

/** How a target is read: see docs/plan-format.md and the progress rules. */
export const TargetKind = {
  /** The value to reach in the target year. */
  LEVEL: 'LEVEL',
  /** 延べ: the sum of the yearly amounts over the plan period. */
  CUMULATIVE: 'CUMULATIVE',
  /** 基準値以上: any value at or above the baseline. */
  AT_LEAST_BASELINE: 'AT_LEAST_BASELINE',
  /** A level to keep every year (e.g. 訪問率100%). */
  MAINTAIN: 'MAINTAIN',
} as const;
export type TargetKind = (typeof TargetKind)[keyof typeof TargetKind];

export const Direction = {
  HIGHER_IS_BETTER: 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER: 'LOWER_IS_BETTER',
} as const;
export type Direction = (typeof Direction)[keyof typeof Direction];

/** A figure written as a bound, `75%以上`: judged at the bound itself, shown as written. */
export const ValueBound = {
  /** 以上 */
  AT_LEAST: 'AT_LEAST',
  /** 以下 */
  AT_MOST: 'AT_MOST',
  /** 超 */
  ABOVE: 'ABOVE',
  /** 未満 */
  BELOW: 'BELOW',
} as const;
export type ValueBound = (typeof ValueBound)[keyof typeof ValueBound];

export const valueBoundSuffix: Record<ValueBound, string> = { AT_LEAST: '以上', AT_MOST: '以下', ABOVE: '超', BELOW: '未満' };
