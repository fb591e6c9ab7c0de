/**
 * Progress rules (達成率 and grade) for an indicator in a fiscal year: one module, used by the
 * server's `progress` fields and by the client's live preview. See docs/progress-rules.md.
 */
import { Direction, TargetKind } from './plan.js';

/** Which number the grade is read from. */
export const ProgressFormula = {
  /** (actual − baseline) / (target − baseline): how far from the baseline towards the target. */
  PROGRESS_FROM_BASELINE: 'PROGRESS_FROM_BASELINE',
  /** actual / target (target / actual when lower is better). */
  RATIO: 'RATIO',
} as const;
export type ProgressFormula = (typeof ProgressFormula)[keyof typeof ProgressFormula];

export type GradeThreshold = { grade: string; minRate: number };

/** Per-strategy configuration: municipalities differ in formula and thresholds. */
export type ProgressConfig = {
  formula: ProgressFormula;
  /** Highest first is not required; a rate takes the grade of the highest threshold it reaches. */
  thresholds: GradeThreshold[];
  /** The grade below every threshold. */
  lowestGrade: string;
  /** The grade when no rate can be computed. */
  notMeasurableGrade: string;
};

export const defaultProgressConfig: ProgressConfig = {
  formula: ProgressFormula.PROGRESS_FROM_BASELINE,
  thresholds: [
    { grade: 'A', minRate: 1 },
    { grade: 'B', minRate: 0.8 },
    { grade: 'C', minRate: 0.5 },
  ],
  lowestGrade: 'D',
  notMeasurableGrade: '–',
};

/** Why a rate (or the grade) could not be computed. */
export const ProgressReason = {
  OUTSIDE_PERIOD: 'OUTSIDE_PERIOD',
  NO_ACTUAL: 'NO_ACTUAL',
  MISSING_EARLIER_ACTUAL: 'MISSING_EARLIER_ACTUAL',
  NO_TARGET: 'NO_TARGET',
  NO_BASELINE: 'NO_BASELINE',
  TARGET_EQUALS_BASELINE: 'TARGET_EQUALS_BASELINE',
  TARGET_IS_ZERO: 'TARGET_IS_ZERO',
  ACTUAL_IS_ZERO: 'ACTUAL_IS_ZERO',
} as const;
export type ProgressReason = (typeof ProgressReason)[keyof typeof ProgressReason];

export type IndicatorRule = {
  targetKind: TargetKind;
  direction: Direction;
  baselineValue: number | null;
  targetValue: number | null;
  /** First fiscal year of the plan period: year 1 of a CUMULATIVE sum and of the path to the target. */
  periodStartFY: number;
  targetFiscalYear: number;
};

export type YearValue = { fiscalYear: number; value: number | null };

export type Progress = {
  fiscalYear: number;
  /** The value judged: the year's actual, or the sum so far for CUMULATIVE. */
  value: number | null;
  /** Progress from the baseline towards the target (1 = reached); for CUMULATIVE, the sum against the target. */
  rate: number | null;
  /** The simple ratio actual / target (target / actual when lower is better). */
  ratio: number | null;
  grade: string;
  /** Whether the value is on the path to the target for this year (pro-rated for CUMULATIVE). */
  onTrack: boolean | null;
  /** What the path expects by this year. */
  pathTarget: number | null;
  /** Why no rate (or no grade) could be computed; null when everything was. */
  reason: ProgressReason | null;
};

type Measured = Omit<Progress, 'fiscalYear' | 'grade'>;

const EPSILON = 1e-9;

const empty = (reason: ProgressReason, value: number | null = null): Measured => ({
  value,
  rate: null,
  ratio: null,
  onTrack: null,
  pathTarget: null,
  reason,
});

/** a / b for "higher is better", b / a for "lower is better"; null with a reason where it divides by 0. */
function simpleRatio(value: number, goal: number, direction: Direction): { ratio: number | null; reason: ProgressReason | null } {
  const [num, den] = direction === Direction.LOWER_IS_BETTER ? [goal, value] : [value, goal];
  if (den !== 0) return { ratio: num / den, reason: null };
  if (num === 0) return { ratio: 1, reason: null };
  return { ratio: null, reason: direction === Direction.LOWER_IS_BETTER ? ProgressReason.ACTUAL_IS_ZERO : ProgressReason.TARGET_IS_ZERO };
}

const reaches = (value: number, goal: number, direction: Direction) =>
  direction === Direction.LOWER_IS_BETTER ? value <= goal + EPSILON : value >= goal - EPSILON;

function level(rule: IndicatorRule, actual: number, elapsed: number, years: number): Measured {
  const { baselineValue: b, targetValue: t, direction } = rule;
  if (t === null) return empty(ProgressReason.NO_TARGET, actual);
  const { ratio, reason: ratioReason } = simpleRatio(actual, t, direction);
  if (b === null) return { value: actual, rate: null, ratio, onTrack: null, pathTarget: null, reason: ProgressReason.NO_BASELINE };
  if (t === b) return { value: actual, rate: null, ratio, onTrack: null, pathTarget: null, reason: ProgressReason.TARGET_EQUALS_BASELINE };
  // (a − b) / (t − b) reads the same way whichever direction is better.
  const rate = (actual - b) / (t - b);
  const pathTarget = b + ((t - b) * elapsed) / years;
  return { value: actual, rate, ratio, onTrack: reaches(actual, pathTarget, direction), pathTarget, reason: ratioReason };
}

function cumulative(rule: IndicatorRule, sum: number, elapsed: number, years: number): Measured {
  const { targetValue: t, direction } = rule;
  if (t === null) return empty(ProgressReason.NO_TARGET, sum);
  const { ratio, reason } = simpleRatio(sum, t, direction);
  const pathTarget = (t * elapsed) / years;
  return { value: sum, rate: ratio, ratio, onTrack: reaches(sum, pathTarget, direction), pathTarget, reason };
}

/** AT_LEAST_BASELINE and MAINTAIN: a level to reach (or keep) every year. */
function threshold(level: number | null, missing: ProgressReason, actual: number, direction: Direction): Measured {
  if (level === null) return empty(missing, actual);
  const { ratio, reason } = simpleRatio(actual, level, direction);
  return { value: actual, rate: ratio, ratio, onTrack: reaches(actual, level, direction), pathTarget: level, reason };
}

export function gradeFor(rate: number | null, config: ProgressConfig = defaultProgressConfig): string {
  if (rate === null || !Number.isFinite(rate)) return config.notMeasurableGrade;
  const reached = config.thresholds.filter((th) => rate >= th.minRate - EPSILON).sort((x, y) => y.minRate - x.minRate);
  return reached[0]?.grade ?? config.lowestGrade;
}

/** Progress of an indicator in `fiscalYear`, from its rule and its actuals (any order, any years). */
export function computeProgress(
  rule: IndicatorRule,
  actuals: YearValue[],
  fiscalYear: number,
  config: ProgressConfig = defaultProgressConfig,
): Progress {
  const elapsed = fiscalYear - rule.periodStartFY + 1;
  const years = rule.targetFiscalYear - rule.periodStartFY + 1;
  const valueIn = (fy: number) => actuals.find((a) => a.fiscalYear === fy)?.value ?? null;
  const actual = valueIn(fiscalYear);

  let result: Measured;
  if (elapsed < 1 || elapsed > years) result = empty(ProgressReason.OUTSIDE_PERIOD, actual);
  else if (actual === null) result = empty(ProgressReason.NO_ACTUAL);
  else if (rule.targetKind === TargetKind.CUMULATIVE) {
    const earlier = Array.from({ length: elapsed - 1 }, (_, i) => valueIn(rule.periodStartFY + i));
    result = earlier.includes(null)
      ? empty(ProgressReason.MISSING_EARLIER_ACTUAL)
      : cumulative(rule, earlier.reduce<number>((s, v) => s + v!, actual), elapsed, years);
  } else if (rule.targetKind === TargetKind.AT_LEAST_BASELINE) {
    result = threshold(rule.baselineValue, ProgressReason.NO_BASELINE, actual, rule.direction);
  } else if (rule.targetKind === TargetKind.MAINTAIN) {
    result = threshold(rule.targetValue ?? rule.baselineValue, ProgressReason.NO_TARGET, actual, rule.direction);
  } else {
    result = level(rule, actual, elapsed, years);
  }
  const graded = config.formula === ProgressFormula.RATIO ? result.ratio : result.rate;
  return { fiscalYear, ...result, grade: gradeFor(graded, config) };
}

/** The grades a person may give (a self-evaluation): every threshold's, then the lowest. */
export function assignableGrades(config: ProgressConfig = defaultProgressConfig): string[] {
  const graded = [...config.thresholds].sort((x, y) => y.minRate - x.minRate).map((th) => th.grade);
  return [...graded, config.lowestGrade];
}
