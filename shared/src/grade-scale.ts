import { NO_VALUE } from './display.js';

/**
 * Grade scales as data (docs/progress-rules.md): any number of steps with any labels, inclusive
 * (以上) or strict (超) bounds, several "not graded" labels each with its meaning, and a scale that
 * changes from a given fiscal year on.
 */

/** Why a figure carries no grade; each scale gives every one its own label. */
export const NotGraded = {
  /** 数値未確定: the figure (or an earlier year of a 延べ sum) is not in yet. */
  DATA_LATER: 'DATA_LATER',
  /** 未着手: the year is before the indicator's start. */
  NOT_STARTED: 'NOT_STARTED',
  /** 中止: the indicator or its project was stopped. */
  STOPPED: 'STOPPED',
  /** 評価困難: the figures exist but cannot be compared (a zero to divide by, too few KPIs measured). */
  CANNOT_JUDGE: 'CANNOT_JUDGE',
  /** 目標なし: no target (or no baseline) to judge against. */
  NO_TARGET: 'NO_TARGET',
} as const;
export type NotGraded = (typeof NotGraded)[keyof typeof NotGraded];

export type GradeStep = {
  grade: string;
  /** The bound of the figure the grade is read from (1 = 100 %, or points for a roll-up by points). */
  minRate: number;
  /** 以上 (at least the bound) when true, 超 (more than the bound) when false. */
  inclusive: boolean;
  meaning?: string | null;
};

export type NotGradedLabel = { code: NotGraded; label: string; meaning: string };

export type GradeScale = {
  /** The first fiscal year the scale applies to; null: from the plan's start. */
  fromFiscalYear: number | null;
  /** Any order: a figure takes the highest step it reaches. */
  steps: GradeStep[];
  /** The grade below every step. */
  lowestGrade: string;
  notGraded: NotGradedLabel[];
};

const EPSILON = 1e-9;

export const defaultNotGraded: NotGradedLabel[] = [
  { code: NotGraded.DATA_LATER, label: NO_VALUE, meaning: '数値未確定 / Figure not in yet' },
  { code: NotGraded.NOT_STARTED, label: NO_VALUE, meaning: '未着手 / Not started' },
  { code: NotGraded.STOPPED, label: NO_VALUE, meaning: '中止 / Stopped' },
  { code: NotGraded.CANNOT_JUDGE, label: NO_VALUE, meaning: '評価困難 / Cannot be judged' },
  { code: NotGraded.NO_TARGET, label: NO_VALUE, meaning: '目標なし / No target to judge against' },
];

// Every KPI of a page is graded on the same few scales: each one's order is worked out once.
const ordered = new WeakMap<GradeStep[], GradeStep[]>();

/** Highest bound first; at one bound the strict (harder) step first. */
export function stepsBestFirst(steps: GradeStep[]): GradeStep[] {
  let best = ordered.get(steps);
  if (!best) ordered.set(steps, (best = [...steps].sort((x, y) => y.minRate - x.minRate || Number(x.inclusive) - Number(y.inclusive))));
  return best;
}

/** The step a figure reaches, or the lowest grade. */
export function gradeOnSteps(figure: number, steps: GradeStep[], lowestGrade: string): string {
  const reached = stepsBestFirst(steps).find((s) => (s.inclusive ? figure >= s.minRate - EPSILON : figure > s.minRate + EPSILON));
  return reached?.grade ?? lowestGrade;
}

/** The scale in force in `fiscalYear`: the latest that starts at or before it (the earliest when none does). */
export function scaleFor(scales: GradeScale[], fiscalYear: number): GradeScale {
  if (scales.length === 1) return scales[0];
  const ordered = [...scales].sort((x, y) => (x.fromFiscalYear ?? -Infinity) - (y.fromFiscalYear ?? -Infinity));
  const inForce = ordered.filter((s) => (s.fromFiscalYear ?? -Infinity) <= fiscalYear);
  const scale = inForce[inForce.length - 1] ?? ordered[0];
  if (!scale) throw new Error('a progress configuration needs at least one grade scale');
  return scale;
}

/** The label a scale gives `code` (NO_VALUE when it names none). */
export function notGradedLabel(scale: GradeScale, code: NotGraded): string {
  return scale.notGraded.find((n) => n.code === code)?.label ?? NO_VALUE;
}

/** The grades a person may give (a self-evaluation): the steps best first, then the lowest. */
export function gradesOf(scale: GradeScale): string[] {
  return [...new Set([...stepsBestFirst(scale.steps).map((s) => s.grade), scale.lowestGrade])];
}
