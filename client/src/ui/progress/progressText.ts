import { scaleFor, stepsBestFirst, type Progress, type ProgressConfig } from '@kaizen/shared';
import { formatRate } from '../format';

type T = (key: string, options?: Record<string, unknown>) => string;

/** 「評価の基準：A 100%以上・B 80%以上・C 50%以上・D それ未満（各年度の期待値に対して、進捗率で判定）」: the scale in force in `fiscalYear`. */
export function gradeScaleText(config: ProgressConfig, fiscalYear: number, t: T): string {
  const scale = scaleFor(config.scales, fiscalYear);
  const steps = stepsBestFirst(scale.steps).map((s) => t(s.inclusive ? 'progress.scaleStep' : 'progress.scaleStepStrict', { grade: s.grade, rate: formatRate(s.minRate) }));
  steps.push(t('progress.scaleLowest', { grade: scale.lowestGrade }));
  return t('progress.scale', { steps: steps.join(t('progress.scaleSeparator')), basis: t(`progress.bases.${config.basis}`), formula: t(`progress.formulas.${config.formula}`) });
}

/** What the figure is compared with (a heading), by the basis it was judged on. */
export const againstText = (progress: Pick<Progress, 'basis'>, t: T) => t(`progress.against.${progress.basis}`);

/** Whether it reached that, in the same words as the grade's basis: never "on track" beside a bottom grade. */
export const reachedText = (progress: Pick<Progress, 'basis' | 'onTrack'>, t: T) => t(`progress.${progress.onTrack ? 'reached' : 'notReached'}.${progress.basis}`);
