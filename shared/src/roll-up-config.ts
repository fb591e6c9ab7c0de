import type { GradeStep } from './grade-scale.js';

/** How the KPIs of a measure or a goal make its grade. */
export const RollUpMethod = {
  /** The mean of the KPIs' figures, each held within 0…1, on the year's scale. */
  MEAN_OF_CAPPED_RATES: 'MEAN_OF_CAPPED_RATES',
  /** By counting grades: the first rule met ("A when at least 80 % of the measured KPIs are A"). */
  GRADE_COUNT: 'GRADE_COUNT',
  /** Each KPI's grade gives points; their mean is graded on `pointSteps`. */
  POINTS: 'POINTS',
} as const;
export type RollUpMethod = (typeof RollUpMethod)[keyof typeof RollUpMethod];

/** `grade` when the KPIs graded one of `of` are at least (or, strict, more than) `minShare` of those measured. */
export type GradeCountRule = { grade: string; of: string[]; minShare: number; inclusive: boolean };

export type GradePoints = { grade: string; points: number };

export type RollUpConfig = {
  method: RollUpMethod;
  /** Fewer measured KPIs than this share of all gives no grade, only the coverage. */
  minMeasuredShare: number;
  rules: GradeCountRule[];
  points: GradePoints[];
  pointSteps: GradeStep[];
  /** The grade below every rule or point step (GRADE_COUNT, POINTS). */
  lowestGrade: string;
};

export const defaultRollUpConfig: RollUpConfig = {
  method: RollUpMethod.MEAN_OF_CAPPED_RATES,
  minMeasuredShare: 0.5,
  rules: [],
  points: [],
  pointSteps: [],
  lowestGrade: 'D',
};
