import { fiscalYearLabel, type ConfigIssue, type GradeScale } from '@kaizen/shared';
import { useId } from 'react';
import { useTranslation } from '../../app/i18n';
import { issueAt } from './draft';
import { StepsTable } from './StepsTable';

type Props = {
  scale: GradeScale;
  index: number;
  years: number[];
  issues: ConfigIssue[];
  onChange: (scale: GradeScale) => void;
  onRemove?: () => void;
};

/** One grade scale: from which year, its steps, the grade below them, and the labels of what is not graded. */
export function ScaleEditor({ scale, index, years, issues, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const at = (...path: (string | number)[]) => issueAt(issues, t, 'scales', index, ...path);
  const title = t('evaluation.scaleTitle', { n: index + 1 });
  return (
    <fieldset className="card scale-editor">
      <legend>{title}</legend>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('evaluation.fromYear')}</label>
        <select
          id={`${id}-from`}
          value={scale.fromFiscalYear ?? ''}
          aria-invalid={!!at('fromFiscalYear') || undefined}
          onChange={(e) => onChange({ ...scale, fromFiscalYear: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('evaluation.fromStart')}</option>
          {years.map((fy) => (
            <option key={fy} value={fy}>
              {t('evaluation.fromYearOption', { year: fiscalYearLabel(fy), fy })}
            </option>
          ))}
        </select>
        {at('fromFiscalYear') && <p className="field-error">{at('fromFiscalYear')}</p>}
      </div>
      <StepsTable caption={t('evaluation.stepsCaption', { scale: title })} steps={scale.steps} percent onChange={(steps) => onChange({ ...scale, steps })} error={at('steps')} />
      <div className="field">
        <label htmlFor={`${id}-lowest`}>{t('evaluation.lowest')}</label>
        <input type="text" id={`${id}-lowest`} value={scale.lowestGrade} maxLength={20} aria-invalid={!!at('lowestGrade') || undefined} onChange={(e) => onChange({ ...scale, lowestGrade: e.target.value })} />
        {at('lowestGrade') && <p className="field-error">{at('lowestGrade')}</p>}
      </div>
      <fieldset className="not-graded">
        <legend>{t('evaluation.notGradedLegend')}</legend>
        <div className="field-row">
          {scale.notGraded.map((n, j) => (
            <div className="field" key={n.code}>
              <label htmlFor={`${id}-ng-${n.code}`}>{t(`evaluation.notGraded.${n.code}`)}</label>
              <input
                type="text"
                id={`${id}-ng-${n.code}`}
                value={n.label}
                size={6}
                maxLength={20}
                aria-invalid={!!at('notGraded', j) || undefined}
                onChange={(e) => onChange({ ...scale, notGraded: scale.notGraded.map((m, k) => (k === j ? { ...m, label: e.target.value } : m)) })}
              />
            </div>
          ))}
        </div>
      </fieldset>
      {onRemove && (
        <button type="button" onClick={onRemove}>
          {t('evaluation.removeScale', { scale: title })}
        </button>
      )}
    </fieldset>
  );
}
