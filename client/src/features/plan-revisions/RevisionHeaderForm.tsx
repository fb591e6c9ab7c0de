import { fiscalYearLabel, parseLocalDate } from '@kaizen/shared';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../app/i18n';
import type { PlanRevisionInput } from '../../gql/graphql';
import { DateField } from '../../ui/DateField';
import { Field } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { formErrorOf, showRefusal } from '../../ui/formError';
import { SelectField } from '../../ui/SelectField';
import { inLanguage } from '../../ui/serverMessage';
import { TextField } from '../../ui/TextField';

/** What a revision says of itself, as typed. */
export type HeaderValues = { title: string; effectiveFiscalYear: number; decidedBy: string; decidedOn: string; reason: string };

type HeaderField = keyof HeaderValues;
/** The server names these in its BAD_USER_INPUT (`extensions.field`). */
const FIELDS: readonly string[] = ['title', 'effectiveFiscalYear', 'decidedBy', 'decidedOn', 'reason'];
// As the server takes them (plan-revision.inputs.ts).
const MAX_TITLE = 200;
const MAX_REASON = 4000;

type Props = {
  /** The heading the form is named by. */
  labelledBy: string;
  initial: HeaderValues;
  /** The fiscal years the revision may take effect in. */
  years: number[];
  submitLabel: string;
  /** Writes; throws what the server refused, and the form shows it (unless `onRefused` took it). */
  onSubmit(input: PlanRevisionInput): Promise<void>;
  /** A refusal the caller shows itself (a CONFLICT): true when taken. */
  onRefused?(error: unknown): boolean;
  onCancel?: () => void;
  /** Shown above the buttons: what someone else saved meanwhile. */
  children?: ReactNode;
};

/** A revision's title, year in force, deciding body, date and reason: for a new draft and for editing one. */
export function RevisionHeaderForm({ labelledBy, initial, years, submitLabel, onSubmit, onRefused, onCancel, children }: Props) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<HeaderField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors]);

  const set = (field: HeaderField) => (value: string) => setValues((v) => ({ ...v, [field]: field === 'effectiveFiscalYear' ? Number(value) : value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const decidedOn = values.decidedOn.trim() ? parseLocalDate(values.decidedOn) : null;
    const problems: Partial<Record<HeaderField, string>> = {};
    if (!values.title.trim()) problems.title = t('planRevisions.header.titleRequired');
    if (values.decidedOn.trim() && !decidedOn) problems.decidedOn = t('dateField.invalid');
    if (!values.reason.trim()) problems.reason = t('planRevisions.header.reasonRequired');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({ title: values.title.trim(), effectiveFiscalYear: values.effectiveFiscalYear, decidedBy: values.decidedBy.trim() || null, decidedOn, reason: values.reason.trim() });
    } catch (error) {
      if (onRefused?.(error)) return;
      const refused = formErrorOf(error, t);
      showRefusal({ ...refused, message: inLanguage(refused.message, i18n.language) }, FIELDS, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="form revision-header-form" onSubmit={submit} noValidate aria-busy={busy} aria-labelledby={labelledBy}>
      <Field label={t('planRevisions.header.title')} hint={t('planRevisions.header.titleHint')} error={errors.title} required>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="text" value={values.title} maxLength={MAX_TITLE} onChange={(e) => set('title')(e.target.value)} aria-invalid={invalid} aria-required aria-describedby={describedBy} />
        )}
      </Field>
      <SelectField
        label={t('planRevisions.header.effectiveFiscalYear')}
        hint={t('planRevisions.header.effectiveHint')}
        value={values.effectiveFiscalYear}
        onChange={set('effectiveFiscalYear')}
        error={errors.effectiveFiscalYear}
        required
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {t('planRevisions.fromYear', { year: fiscalYearLabel(y), fy: y })}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <Field label={t('planRevisions.header.decidedBy')} hint={t('planRevisions.header.decidedByHint')} error={errors.decidedBy}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" value={values.decidedBy} maxLength={MAX_TITLE} onChange={(e) => set('decidedBy')(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} />
          )}
        </Field>
        <DateField label={t('planRevisions.header.decidedOn')} value={values.decidedOn} onChange={set('decidedOn')} error={errors.decidedOn} />
      </div>
      <TextField label={t('planRevisions.header.reason')} hint={t('planRevisions.header.reasonHint')} value={values.reason} onChange={set('reason')} error={errors.reason} required rows={3} max={MAX_REASON} />
      {children}
      <FormFooter error={formError} busy={busy} submitLabel={submitLabel} busyLabel={t('common.saving')} onCancel={onCancel} />
    </form>
  );
}
