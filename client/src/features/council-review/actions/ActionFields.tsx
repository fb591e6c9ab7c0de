import { fiscalYearLabel } from '@kaizen/shared';
import { useId } from 'react';
import { useTranslation } from '../../../app/i18n';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';

/** What an improvement action says: what will be done, and by which year. */
export type ActionInput = { description: string; dueFiscalYear: number };
/** A response's action is optional: `wanted` is its checkbox. */
export type ActionDraft = ActionInput & { wanted: boolean };

type Props<D extends ActionInput> = {
  draft: D;
  onChange: (draft: D) => void;
  /** The cycle's year: an action is due in a later one. */
  fiscalYear: number;
  errors: { description?: string; dueFiscalYear?: string };
};

/** An action's description and due year, in the response form and the planning division's own form. */
export function ActionFields<D extends ActionInput>({ draft, onChange, fiscalYear, errors }: Props<D>) {
  const { t } = useTranslation();
  const years = Array.from({ length: 5 }, (_, i) => fiscalYear + 1 + i);
  return (
    <>
      <TextField label={t('improvement.description')} value={draft.description} onChange={(description) => onChange({ ...draft, description })} error={errors.description} required rows={3} />
      <SelectField label={t('improvement.dueLabel')} value={draft.dueFiscalYear} onChange={(y) => onChange({ ...draft, dueFiscalYear: Number(y) })} error={errors.dueFiscalYear} required>
        {years.map((y) => (
          <option key={y} value={y}>
            {t('improvement.yearOption', { reiwa: fiscalYearLabel(y), fy: y })}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** The optional 改善アクション that comes with a response: the fields show once it is wanted. */
export function OptionalActionFields(props: Props<ActionDraft>) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, onChange } = props;
  return (
    <div className="action-fields">
      <div className="field checkbox">
        <input id={`${id}-wanted`} type="checkbox" checked={draft.wanted} onChange={(e) => onChange({ ...draft, wanted: e.target.checked })} />
        <label htmlFor={`${id}-wanted`}>{t('improvement.register')}</label>
      </div>
      {draft.wanted && <ActionFields {...props} />}
    </div>
  );
}
