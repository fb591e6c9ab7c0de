import { computeProgress, fiscalYearLabel, NO_VALUE, type ActualValue, type IndicatorRule, type ProgressConfig } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { formatQuantity, formatRate } from '../../ui/format';
import { againstText, gradeScaleText, reachedText } from '../../ui/progress/progressText';
import { GradeBadge } from '../../ui/GradeBadge';

type Props = {
  rule: IndicatorRule;
  config: ProgressConfig;
  fiscalYear: number;
  /** The entry being typed (null: nothing readable yet). */
  entered: ActualValue | null;
  /** Other years' values that count. */
  otherYears: ActualValue[];
  unit: string;
  cumulative: boolean;
};

/** 達成度 of the value being typed, by the same rules the server applies once it is handed in. */
export function ProgressPreview({ rule, config, fiscalYear, entered, otherYears, unit, cumulative }: Props) {
  const { t, i18n } = useTranslation();
  const year = fiscalYearLabel(fiscalYear);
  const values = otherYears.filter((v) => v.fiscalYear !== fiscalYear);
  const progress = entered === null ? null : computeProgress(rule, [...values, { ...entered, fiscalYear }], fiscalYear, config);
  const quantity = (n: number) => formatQuantity(n, unit, i18n.language);
  return (
    <section className="card preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('preview.heading', { year })}</h2>
      <div aria-live="polite" aria-atomic="true" data-testid="progress-preview">
        {!progress ? (
          <p>{t('preview.empty')}</p>
        ) : (
          <>
            <dl className="figures">
              <div>
                <dt>{t('progress.grade')}</dt>
                <dd>
                  <GradeBadge grade={progress.grade} notGraded={progress.notGraded} />
                </dd>
              </div>
              <div>
                <dt>{t('progress.rate')}</dt>
                <dd>{progress.rate === null ? NO_VALUE : formatRate(progress.rate)}</dd>
              </div>
              <div>
                <dt>{t('progress.ratio')}</dt>
                <dd>{progress.ratio === null ? NO_VALUE : formatRate(progress.ratio)}</dd>
              </div>
              {cumulative && progress.value !== null && (
                <div>
                  <dt>{t('progress.cumulative')}</dt>
                  <dd>{quantity(progress.value)}</dd>
                </div>
              )}
              {progress.pathTarget !== null && (
                <div>
                  <dt>{t('progress.pathTarget', { year: fiscalYearLabel(progress.judgedFiscalYear) })}</dt>
                  <dd>{formatQuantity(progress.pathTarget, unit, i18n.language)}</dd>
                </div>
              )}
              {progress.onTrack !== null && (
                <div>
                  <dt>{againstText(progress, t)}</dt>
                  <dd className={progress.onTrack ? 'on-track' : 'off-track'}>{reachedText(progress, t)}</dd>
                </div>
              )}
            </dl>
            {progress.judgedFiscalYear !== fiscalYear && <p>{t('preview.judgedAsOf', { year: fiscalYearLabel(progress.judgedFiscalYear) })}</p>}
            {entered?.notGraded ? (
              <p className="muted">{t('preview.declared', { label: progress.grade })}</p>
            ) : (
              progress.reason && <p className="muted">{t(`progress.reasons.${progress.reason}`)}</p>
            )}
          </>
        )}
      </div>
      <p className="muted small">{gradeScaleText(config, fiscalYear, t)}</p>
      <p className="muted small">{t('preview.notFinal')}</p>
    </section>
  );
}
