import type { ProgressConfig } from '@kaizen/shared';
import { formatRate } from '../../ui/format';

type T = (key: string, options?: Record<string, unknown>) => string;

/** 「A 100%以上・B 80%以上・C 50%以上・D それ未満（進捗率で判定）」 from the strategy's configuration. */
export function gradeScaleText(config: ProgressConfig, t: T): string {
  const steps = [...config.thresholds]
    .sort((a, b) => b.minRate - a.minRate)
    .map((th) => t('progress.scaleStep', { grade: th.grade, rate: formatRate(th.minRate) }));
  steps.push(t('progress.scaleLowest', { grade: config.lowestGrade }));
  return t('progress.scale', { steps: steps.join(t('progress.scaleSeparator')), formula: t(`progress.formulas.${config.formula}`) });
}
