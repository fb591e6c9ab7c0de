/**
 * Progress rules (達成率 and grade) for an indicator in a fiscal year: one module, used by the
 * server's `progress` fields and by the client's live preview. See docs/progress-rules.md.
 */
import { defaultNotGraded, gradeOnSteps, gradesOf, notGradedLabel, NotGraded, scaleFor, type GradeScale } from './grade-scale.js';
import { Direction, TargetKind } from './plan.js';
import { figurePrecision, roundTo } from './precision.js';
import { defaultRollUpConfig, type RollUpConfig } from './roll-up-config.js';

/** Which number the grade is read from. */
export const ProgressFormula = {
  /** (actual − baseline) / (the value judged against − baseline): how far from the baseline towards it. */
  PROGRESS_FROM_BASELINE: 'PROGRESS_FROM_BASELINE',
  /** actual / the value judged against (the inverse when lower is better). */
  RATIO: 'RATIO',
} as const;
export type ProgressFormula = (typeof ProgressFormula)[keyof typeof ProgressFormula];

/** What a year's figure is judged against. */
export const JudgingBasis = {
  /** 期待値: the year's point on the path from the baseline to the target (or through the yearly targets). */
  EXPECTED: 'EXPECTED',
  /** The final target, whatever the year. */
  FINAL_TARGET: 'FINAL_TARGET',
  /** The baseline: above, at (within the tolerance band) or below it; the target, when given, marks the top. */
  BASELINE: 'BASELINE',
} as const;
export type JudgingBasis = (typeof JudgingBasis)[keyof typeof JudgingBasis];

export const ToleranceKind = {
  /** A share of the baseline (0.1 = ±10 %). */
  RELATIVE: 'RELATIVE',
  /** In the indicator's unit (3 = ±3 points). */
  POINTS: 'POINTS',
} as const;
export type ToleranceKind = (typeof ToleranceKind)[keyof typeof ToleranceKind];

/** A change from the baseline this small counts as "at the baseline" (現状維持): ±10 % of it, or ±3 points. */
export type Tolerance = { kind: ToleranceKind; value: number };

/** Per-strategy configuration (overridable per indicator: IndicatorRule.basis): municipalities differ in all of it. */
export type ProgressConfig = {
  basis: JudgingBasis;
  formula: ProgressFormula;
  /** Used by the BASELINE basis. */
  tolerance: Tolerance | null;
  /** At least one; each from a fiscal year on. */
  scales: GradeScale[];
  rollUp: RollUpConfig;
};

export const defaultGradeScale: GradeScale = {
  fromFiscalYear: null,
  steps: [
    { grade: 'A', minRate: 1, inclusive: true, meaning: '順調 / On track' },
    { grade: 'B', minRate: 0.8, inclusive: true, meaning: '概ね順調 / Nearly on track' },
    { grade: 'C', minRate: 0.5, inclusive: true, meaning: 'やや遅れ / Somewhat behind' },
  ],
  lowestGrade: 'D',
  notGraded: defaultNotGraded,
};

export const defaultProgressConfig: ProgressConfig = {
  basis: JudgingBasis.EXPECTED,
  formula: ProgressFormula.PROGRESS_FROM_BASELINE,
  tolerance: null,
  scales: [defaultGradeScale],
  rollUp: defaultRollUpConfig,
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
  /** First fiscal year of the plan period. */
  periodStartFY: number;
  targetFiscalYear: number;
  /** The indicator's own first year when it starts later than the plan: year 1 of its path and of a 延べ sum. */
  startFY?: number | null;
  /** Yearly or intermediate targets (中間目標値): the path goes through them (for 延べ, the sums due by each year). */
  yearlyTargets?: YearValue[] | null;
  /** This indicator's own basis, in place of the strategy's. */
  basis?: JudgingBasis | null;
};

export type YearValue = { fiscalYear: number; value: number | null };

/** Not graded, as a department may declare it for a year (with a reason it gives): never NO_TARGET, which the plan decides. */
export const declarableNotGraded = [NotGraded.DATA_LATER, NotGraded.NOT_STARTED, NotGraded.STOPPED, NotGraded.CANNOT_JUDGE] as const;

/**
 * A year's actual as entered: `fiscalYear` is the review year it was entered for; the value may
 * describe an earlier year (`periodFiscalYear`, 最新値（R5年度）), and the department may declare
 * the year not graded.
 */
export type ActualValue = YearValue & { periodFiscalYear?: number | null; notGraded?: NotGraded | null };

export type Progress = {
  /** The review year. */
  fiscalYear: number;
  /** The year the judged value describes: earlier than `fiscalYear` when only an older figure is out (late data). */
  judgedFiscalYear: number;
  /** The basis the rate and the grade were read against. */
  basis: JudgingBasis;
  /** The value judged: the year's actual, or the sum so far for CUMULATIVE. */
  value: number | null;
  /** The value it was judged against: the year's expected value, the final target or the baseline. */
  judgedAgainst: number | null;
  /** Progress from the baseline towards `judgedAgainst` (1 = reached); for CUMULATIVE, the sum against it. */
  rate: number | null;
  /** The simple ratio value / judgedAgainst (the inverse when lower is better). */
  ratio: number | null;
  /** Progress towards the final target, whatever the basis (1 = reached). */
  finalRate: number | null;
  grade: string;
  /** Why there is no grade; null when graded. */
  notGraded: NotGraded | null;
  /** Whether the value reached what it is judged against: never at odds with the grade's top step. */
  onTrack: boolean | null;
  /** The year's expected value on the path to the target (期待値), whatever the basis. */
  pathTarget: number | null;
  /** Why a figure could not be computed; null when everything was. */
  reason: ProgressReason | null;
};

type Measured = Pick<Progress, 'value' | 'judgedAgainst' | 'rate' | 'ratio' | 'finalRate' | 'onTrack' | 'pathTarget' | 'reason'>;

const EPSILON = 1e-9;

const empty = (reason: ProgressReason, value: number | null = null, pathTarget: number | null = null): Measured => ({
  value,
  judgedAgainst: null,
  rate: null,
  ratio: null,
  finalRate: null,
  onTrack: null,
  pathTarget,
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

/** (a − b) / (g − b): reads the same way whichever direction is better; null when g = b. */
const fromBaseline = (a: number, b: number, g: number) => (Math.abs(g - b) < EPSILON ? null : (a - b) / (g - b));

type Period = { start: number; elapsed: number; years: number };

/**
 * The path's value in `fiscalYear`: straight lines through (the year before the start, `origin`),
 * each yearly target, and (target year, target). Null when a point it needs is missing.
 */
function pathAt(rule: IndicatorRule, origin: number | null, fiscalYear: number, period: Period): number | null {
  if (!rule.yearlyTargets?.length) {
    if (origin === null || rule.targetValue === null) return fiscalYear === rule.targetFiscalYear ? rule.targetValue : null;
    return origin + ((rule.targetValue - origin) * period.elapsed) / period.years;
  }
  const given = (rule.yearlyTargets ?? []).filter((y): y is { fiscalYear: number; value: number } => y.value !== null && y.fiscalYear < rule.targetFiscalYear);
  const points = [
    ...(origin === null ? [] : [{ fiscalYear: period.start - 1, value: origin }]),
    ...given,
    ...(rule.targetValue === null ? [] : [{ fiscalYear: rule.targetFiscalYear, value: rule.targetValue }]),
  ].sort((x, y) => x.fiscalYear - y.fiscalYear);
  const exact = points.find((p) => p.fiscalYear === fiscalYear);
  if (exact) return exact.value;
  const before = points.filter((p) => p.fiscalYear < fiscalYear).pop();
  const after = points.find((p) => p.fiscalYear > fiscalYear);
  if (!before || !after) return null;
  return before.value + ((after.value - before.value) * (fiscalYear - before.fiscalYear)) / (after.fiscalYear - before.fiscalYear);
}

/** A change within the tolerance band counts as no change from the baseline. */
function banded(a: number, b: number, tolerance: Tolerance | null): number {
  if (!tolerance) return a;
  const band = tolerance.kind === ToleranceKind.POINTS ? tolerance.value : Math.abs(b) * tolerance.value;
  return Math.abs(a - b) <= band + EPSILON ? b : a;
}

/** Above (> 0), at (0) or below (< 0) the baseline, scaled so that the target (when there is one) is 1. */
function againstBaseline(rule: IndicatorRule, a: number, b: number, tolerance: Tolerance | null): Measured {
  const v = banded(a, b, tolerance);
  const t = rule.targetValue;
  const sign = rule.direction === Direction.LOWER_IS_BETTER ? -1 : 1;
  const rate = t !== null && Math.abs(t - b) > EPSILON ? (v - b) / (t - b) : b !== 0 ? (sign * (v - b)) / Math.abs(b) : sign * Math.sign(v - b);
  const { ratio, reason } = simpleRatio(v, b, rule.direction);
  return { value: a, judgedAgainst: b, rate, ratio, finalRate: t === null ? null : fromBaseline(a, b, t), onTrack: reaches(v, b, rule.direction), pathTarget: null, reason };
}

function level(rule: IndicatorRule, actual: number, fiscalYear: number, period: Period, basis: JudgingBasis, tolerance: Tolerance | null): Measured {
  const { baselineValue: b, targetValue: t, direction } = rule;
  const pathTarget = pathAt(rule, b, fiscalYear, period);
  const finalRate = b === null || t === null ? null : fromBaseline(actual, b, t);
  if (basis === JudgingBasis.BASELINE) {
    if (b === null) return { ...empty(ProgressReason.NO_BASELINE, actual, pathTarget) };
    return { ...againstBaseline(rule, actual, b, tolerance), pathTarget };
  }
  if (t === null) return empty(ProgressReason.NO_TARGET, actual);
  const goal = basis === JudgingBasis.EXPECTED ? pathTarget : t;
  if (goal === null) return empty(ProgressReason.NO_BASELINE, actual);
  const { ratio, reason } = simpleRatio(actual, goal, direction);
  const base = { value: actual, judgedAgainst: goal, ratio, finalRate, onTrack: reaches(actual, goal, direction), pathTarget };
  if (b === null) return { ...base, rate: null, reason: ProgressReason.NO_BASELINE };
  if (Math.abs(t - b) < EPSILON) return { ...base, rate: null, onTrack: null, reason: ProgressReason.TARGET_EQUALS_BASELINE };
  // A path that expects no change this year (a yearly target at the baseline): the ratio says how it went.
  const rate = fromBaseline(actual, b, goal) ?? ratio;
  return { ...base, rate, reason };
}

function cumulative(rule: IndicatorRule, sum: number, actual: number, fiscalYear: number, period: Period, basis: JudgingBasis, tolerance: Tolerance | null): Measured {
  const { targetValue: t, baselineValue: b, direction } = rule;
  const pathTarget = pathAt(rule, 0, fiscalYear, period);
  // Against the baseline, a 延べ indicator's year is compared with the baseline year's own amount.
  if (basis === JudgingBasis.BASELINE) {
    if (b === null) return empty(ProgressReason.NO_BASELINE, actual, pathTarget);
    const r = againstBaseline({ ...rule, targetValue: null }, actual, b, tolerance);
    return { ...r, finalRate: t === null ? null : simpleRatio(sum, t, direction).ratio, pathTarget };
  }
  if (t === null) return empty(ProgressReason.NO_TARGET, sum);
  const goal = basis === JudgingBasis.EXPECTED ? pathTarget! : t;
  const { ratio, reason } = simpleRatio(sum, goal, direction);
  return { value: sum, judgedAgainst: goal, rate: ratio, ratio, finalRate: simpleRatio(sum, t, direction).ratio, onTrack: reaches(sum, goal, direction), pathTarget, reason };
}

/** AT_LEAST_BASELINE and MAINTAIN: a level to reach (or keep) every year, whatever the basis. */
function threshold(level: number | null, missing: ProgressReason, actual: number, direction: Direction): Measured {
  if (level === null) return empty(missing, actual);
  const { ratio, reason } = simpleRatio(actual, level, direction);
  return { value: actual, judgedAgainst: level, rate: ratio, ratio, finalRate: ratio, onTrack: reaches(actual, level, direction), pathTarget: level, reason };
}

const NOT_GRADED_BY_REASON: Record<ProgressReason, NotGraded> = {
  OUTSIDE_PERIOD: NotGraded.NOT_STARTED,
  NO_ACTUAL: NotGraded.DATA_LATER,
  MISSING_EARLIER_ACTUAL: NotGraded.DATA_LATER,
  NO_TARGET: NotGraded.NO_TARGET,
  NO_BASELINE: NotGraded.NO_TARGET,
  TARGET_EQUALS_BASELINE: NotGraded.CANNOT_JUDGE,
  TARGET_IS_ZERO: NotGraded.CANNOT_JUDGE,
  ACTUAL_IS_ZERO: NotGraded.CANNOT_JUDGE,
};

/** A figure's grade on the scale in force in `fiscalYear`, or the reason it has none. */
export function gradeFor(
  figure: number | null,
  config: ProgressConfig,
  fiscalYear: number,
  missing: NotGraded = NotGraded.CANNOT_JUDGE,
): { grade: string; notGraded: NotGraded | null } {
  const scale = scaleFor(config.scales, fiscalYear);
  if (figure === null || !Number.isFinite(figure)) return { grade: notGradedLabel(scale, missing), notGraded: missing };
  return { grade: gradeOnSteps(figure, scale.steps, scale.lowestGrade), notGraded: null };
}

/**
 * Progress of an indicator in the review year `fiscalYear`, from its rule and its actuals (any
 * order, any years). A value describing an earlier year is judged as that year's (its expected
 * value, its 延べ sum); the grade is still on the review year's scale.
 */
export function computeProgress(
  rule: IndicatorRule,
  actuals: ActualValue[],
  fiscalYear: number,
  config: ProgressConfig = defaultProgressConfig,
): Progress {
  const entered = actuals.find((a) => a.fiscalYear === fiscalYear);
  const judgedFiscalYear = Math.min(entered?.periodFiscalYear ?? fiscalYear, fiscalYear);
  const start = Math.max(rule.periodStartFY, rule.startFY ?? rule.periodStartFY);
  const period: Period = { start, elapsed: judgedFiscalYear - start + 1, years: rule.targetFiscalYear - start + 1 };
  const basis = rule.basis ?? config.basis;
  // Each figure stands for the year it describes; for a review year, the latest figure entered for it.
  const byPeriod = new Map<number, number | null>();
  // A later cycle's entries never change an earlier review year: a closed year reads as it was.
  for (const a of actuals.filter((x) => x.fiscalYear <= fiscalYear).sort((x, y) => x.fiscalYear - y.fiscalYear)) byPeriod.set(Math.min(a.periodFiscalYear ?? a.fiscalYear, a.fiscalYear), a.value);
  const valueIn = (fy: number) => byPeriod.get(fy) ?? null;
  const actual = entered?.value ?? null;

  let result: Measured;
  if (period.elapsed < 1 || period.elapsed > period.years) result = empty(ProgressReason.OUTSIDE_PERIOD, actual);
  else if (actual === null) result = empty(ProgressReason.NO_ACTUAL);
  else if (rule.targetKind === TargetKind.CUMULATIVE) {
    const earlier = Array.from({ length: period.elapsed - 1 }, (_, i) => valueIn(start + i));
    result = earlier.includes(null)
      ? empty(ProgressReason.MISSING_EARLIER_ACTUAL)
      : cumulative(rule, earlier.reduce<number>((s, v) => s + v!, actual), actual, judgedFiscalYear, period, basis, config.tolerance);
  } else if (rule.targetKind === TargetKind.AT_LEAST_BASELINE) {
    result = threshold(rule.baselineValue, ProgressReason.NO_BASELINE, actual, rule.direction);
  } else if (rule.targetKind === TargetKind.MAINTAIN) {
    result = threshold(rule.targetValue ?? rule.baselineValue, ProgressReason.NO_TARGET, actual, rule.direction);
  } else {
    result = level(rule, actual, judgedFiscalYear, period, basis, config.tolerance);
  }
  const figure = config.formula === ProgressFormula.RATIO ? result.ratio : result.rate;
  const declared = entered?.notGraded ?? null;
  const missing = declared ?? (result.reason ? NOT_GRADED_BY_REASON[result.reason] : NotGraded.CANNOT_JUDGE);
  // A year the department declared not graded keeps its figures for reading, but no grade and no "on track".
  const measured = declared ? { ...result, onTrack: null } : result;
  // Judged against the exact path; shown as precisely as the plan writes the KPI's figures.
  const pathTarget = measured.pathTarget === null ? null : roundTo(measured.pathTarget, figurePrecision([rule.baselineValue, rule.targetValue, ...(rule.yearlyTargets ?? []).map((y) => y.value)]));
  return { fiscalYear, judgedFiscalYear, basis, ...measured, pathTarget, ...gradeFor(declared ? null : figure, config, fiscalYear, missing) };
}

/**
 * Where the path to the target stands in `fiscalYear` (期待値), whether or not a value came in: the
 * rules are asked what they expect of a year whose every figure is on target (a value never moves the path).
 */
export function expectedValue(rule: IndicatorRule, fiscalYear: number, config: ProgressConfig = defaultProgressConfig): number | null {
  const years = Array.from({ length: rule.targetFiscalYear - rule.periodStartFY + 1 }, (_, i) => rule.periodStartFY + i);
  const probe = years.map((y) => ({ fiscalYear: y, value: rule.targetValue ?? rule.baselineValue ?? 0 }));
  return computeProgress(rule, probe, fiscalYear, config).pathTarget;
}

/** The grades a person may give in `fiscalYear` (a self-evaluation): the scale's steps, then its lowest. */
export function assignableGrades(config: ProgressConfig, fiscalYear: number): string[] {
  return gradesOf(scaleFor(config.scales, fiscalYear));
}

/** The configuration a closed cycle's year was graded with, kept when the strategy's changes later. */
export type ClosedYearConfig = { fiscalYear: number; config: ProgressConfig };

/** The rules that grade `fiscalYear`: those it was closed with, else the strategy's own, else the default. */
export function configForYear(current: ProgressConfig | null, closedYears: ClosedYearConfig[], fiscalYear: number): ProgressConfig {
  return closedYears.find((c) => c.fiscalYear === fiscalYear)?.config ?? current ?? defaultProgressConfig;
}
