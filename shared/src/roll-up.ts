/**
 * How a measure or a goal stands in a fiscal year, from the progress of its indicators: one
 * module, used by the server's `progress` fields of Measure and Goal and by the client.
 */
import { gradeOnSteps, gradesOf, notGradedLabel, NotGraded, scaleFor } from './grade-scale.js';
import { defaultProgressConfig, ProgressFormula, type Progress, type ProgressConfig } from './progress.js';
import { RollUpMethod, type RollUpConfig } from './roll-up-config.js';

export type GradeCount = { grade: string; count: number };

export type RollUp = {
  fiscalYear: number;
  indicators: number;
  /** Indicators with a grade. */
  measured: number;
  onTrack: number;
  /** Every grade of the year's scale, best first, then its "not graded" labels; zeros included. */
  gradeCounts: GradeCount[];
  /** Mean of the measured figures the strategy grades by (rate or ratio), each held within 0…1; null when none is measured. */
  rate: number | null;
  grade: string;
  /** Why there is no grade (CANNOT_JUDGE: fewer KPIs measured than the configured share); null when graded. */
  notGraded: NotGraded | null;
};

const EPSILON = 1e-9;

/** The first rule met, counting among the measured KPIs. */
function byGradeCount(config: RollUpConfig, grades: string[]): string {
  const met = config.rules.find((rule) => {
    const share = grades.filter((g) => rule.of.includes(g)).length / grades.length;
    return rule.inclusive ? share >= rule.minShare - EPSILON : share > rule.minShare + EPSILON;
  });
  return met?.grade ?? config.lowestGrade;
}

function byPoints(config: RollUpConfig, grades: string[]): string {
  const points = new Map(config.points.map((p) => [p.grade, p.points]));
  const mean = grades.reduce((sum, g) => sum + (points.get(g) ?? 0), 0) / grades.length;
  return gradeOnSteps(mean, config.pointSteps, config.lowestGrade);
}

/**
 * For MEAN_OF_CAPPED_RATES each rate is held within 0…1 before averaging: an indicator far beyond
 * its target must not hide one that went backwards, nor one that fell far behind weigh more than
 * "not reached at all".
 */
export function rollUp(progress: Progress[], fiscalYear: number, config: ProgressConfig = defaultProgressConfig): RollUp {
  const scale = scaleFor(config.scales, fiscalYear);
  const measuredOnes = progress.filter((p) => p.notGraded === null);
  const figureOf = (p: Progress) => (config.formula === ProgressFormula.RATIO ? p.ratio : p.rate);
  const rates = measuredOnes.map(figureOf).filter((r): r is number => r !== null && Number.isFinite(r));
  const rate = rates.length ? rates.reduce((sum, r) => sum + Math.min(1, Math.max(0, r)), 0) / rates.length : null;
  const labels = [...new Set([...gradesOf(scale), ...scale.notGraded.map((n) => n.label)])];
  const gradeCounts = labels.map((grade) => ({ grade, count: progress.filter((p) => p.grade === grade).length }));
  const enough = measuredOnes.length > 0 && measuredOnes.length >= config.rollUp.minMeasuredShare * progress.length - EPSILON;
  const base = { fiscalYear, indicators: progress.length, measured: measuredOnes.length, onTrack: progress.filter((p) => p.onTrack === true).length, gradeCounts, rate };
  if (!enough) return { ...base, grade: notGradedLabel(scale, NotGraded.CANNOT_JUDGE), notGraded: NotGraded.CANNOT_JUDGE };
  const grades = measuredOnes.map((p) => p.grade);
  const grade =
    config.rollUp.method === RollUpMethod.GRADE_COUNT
      ? byGradeCount(config.rollUp, grades)
      : config.rollUp.method === RollUpMethod.POINTS
        ? byPoints(config.rollUp, grades)
        : rate === null
          ? notGradedLabel(scale, NotGraded.CANNOT_JUDGE)
          : gradeOnSteps(rate, scale.steps, scale.lowestGrade);
  return { ...base, grade, notGraded: config.rollUp.method === RollUpMethod.MEAN_OF_CAPPED_RATES && rate === null ? NotGraded.CANNOT_JUDGE : null };
}
