/**
 * How a measure or a goal stands in a fiscal year, from the progress of its indicators: one
 * module, used by the server's `progress` fields of Measure and Goal and by the client.
 */
import { assignableGrades, defaultProgressConfig, gradeFor, ProgressFormula, type Progress, type ProgressConfig } from './progress.js';

export type GradeCount = { grade: string; count: number };

export type RollUp = {
  fiscalYear: number;
  indicators: number;
  /** Indicators with a rate. */
  measured: number;
  onTrack: number;
  /** Every grade of the scale, best first, then "not measurable"; zeros included. */
  gradeCounts: GradeCount[];
  /** Mean of the measured figures the strategy grades by (rate or ratio), each held within 0…1; null when none is measured. */
  rate: number | null;
  grade: string;
};

/**
 * Each rate is held within 0…1 before averaging: an indicator far beyond its target must not hide
 * one that went backwards, nor one that fell far behind weigh more than "not reached at all".
 */
export function rollUp(progress: Progress[], fiscalYear: number, config: ProgressConfig = defaultProgressConfig): RollUp {
  const graded = (p: Progress) => (config.formula === ProgressFormula.RATIO ? p.ratio : p.rate);
  const rates = progress.map(graded).filter((r): r is number => r !== null && Number.isFinite(r));
  const rate = rates.length ? rates.reduce((sum, r) => sum + Math.min(1, Math.max(0, r)), 0) / rates.length : null;
  const grades = [...assignableGrades(config), config.notMeasurableGrade];
  const gradeCounts = grades.map((grade) => ({ grade, count: progress.filter((p) => p.grade === grade).length }));
  return {
    fiscalYear,
    indicators: progress.length,
    measured: rates.length,
    onTrack: progress.filter((p) => p.onTrack === true).length,
    gradeCounts,
    rate,
    grade: gradeFor(rate, config),
  };
}
