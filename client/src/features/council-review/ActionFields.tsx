import { fiscalYearLabel } from '@kaizen/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';

export type ActionDraft = { wanted: boolean; description: string; dueFiscalYear: number };

type Props = {
  draft: ActionDraft;
  onChange: (draft: ActionDraft) => void;
  /** The cycle's year: an action is due in a later one. */
  fiscalYear: number;
  errors: { description?: string; dueFiscalYear?: string };
};

/** The optional 改善アクション that comes with a response: what will be done, and by which year. */
export function ActionFields({ draft, onChange, fiscalYear, errors }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const years = Array.from({ length: 5 }, (_, i) => fiscalYear + 1 + i);
  const set = (patch: Partial<ActionDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="action-fields">
      <div className="field checkbox">
        <input id={`${id}-wanted`} type="checkbox" checked={draft.wanted} onChange={(e) => set({ wanted: e.target.checked })} />
        <label htmlFor={`${id}-wanted`}>{t('improvement.register')}</label>
      </div>
      {draft.wanted && (
        <>
          <TextField label={t('improvement.description')} value={draft.description} onChange={(description) => set({ description })} error={errors.description} required rows={3} />
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('improvement.dueLabel')}</label>
            <select
              id={`${id}-due`}
              value={draft.dueFiscalYear}
              onChange={(e) => set({ dueFiscalYear: Number(e.target.value) })}
              aria-invalid={!!errors.dueFiscalYear}
              aria-describedby={errors.dueFiscalYear ? `${id}-due-error` : undefined}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {t('improvement.yearOption', { reiwa: fiscalYearLabel(y), fy: y })}
                </option>
              ))}
            </select>
            {errors.dueFiscalYear && (
              <p id={`${id}-due-error`} className="field-error" role="alert">
                {errors.dueFiscalYear}
              </p>
            )}
          </div>
        </>
      )}
    </div>
  );
}
