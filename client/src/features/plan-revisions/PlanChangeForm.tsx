import { useMutation } from '@apollo/client/react';
import { REVISABLE_FIELDS, revisionValueText, type PlanSubject } from '@kaizen/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { FormFooter } from '../../ui/FormFooter';
import { formErrorOf, showRefusal } from '../../ui/formError';
import { SelectField } from '../../ui/SelectField';
import { inLanguage } from '../../ui/serverMessage';
import { TextField } from '../../ui/TextField';
import { ChangeValueInput } from './ChangeValueInput';
import { currentValue, isOptional, rawOf, valueOf, type PlanInForce, type RawValue } from './changeValue';
import { planItems, type PlanOptions } from './planOptions';
import { fieldLabelOf, indicatorName, type RevisionChange } from './subjects';
import { periodYears } from './revisionYears';

const SetPlanChangeMutation = graphql(`
  mutation SetPlanChange($input: SetPlanChangeInput!) {
    setPlanChange(input: $input) {
      id
      afterText
    }
  }
`);

type Field = 'subject' | 'field' | 'value' | 'reason';
// The server's names (extensions.field) of what this form calls `subject`.
const SERVER_FIELDS: Record<string, Field> = { subjectId: 'subject', subjectType: 'subject', field: 'field', value: 'value', reason: 'reason' };
const FIELDS: readonly Field[] = ['subject', 'field', 'value', 'reason'];
const MAX_REASON = 4000;

type Props = {
  revisionId: string;
  /** The plan as this draft makes it: the indicators to choose from and each field's value now. */
  plan: PlanInForce;
  /** What a KPI may be listed under and answered by. */
  options: PlanOptions;
  /** The plan's period as adopted today: how far its last year may be moved (5 years on, as the server allows). */
  period: { periodStartFY: number; periodEndFY: number };
  changes: RevisionChange[];
  /** The change is in: the page reads the draft again, says what was done and takes focus. */
  onDone: (message: string) => Promise<void>;
};

const EMPTY: RawValue = { text: '', rows: [], picked: [] };
const INDICATOR_KINDS = ['KGI', 'KPI'] as const;
const ITEM_KINDS = ['GOAL', 'MEASURE', 'POLICY', 'PROJECT'] as const;

/** Adds a change to a draft (政策企画課): what (the plan itself, a goal, measure, policy or project, a KGI or KPI), which field, its value after, and why. */
export function PlanChangeForm({ revisionId, plan, options, period, changes, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [subject, setSubject] = useState('');
  const [field, setField] = useState('');
  const [raw, setRaw] = useState<RawValue>(EMPTY);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const [save] = useMutation(SetPlanChangeMutation);
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors]);

  const [subjectType, subjectId] = (subject ? subject.split(':') : [null, null]) as [PlanSubject | null, string | null];
  const indicator = subjectType === 'INDICATOR' ? plan.indicators.find((i) => i.id === subjectId) : undefined;
  const items = planItems(options);
  const item = items.find((i) => i.subjectType === subjectType && i.id === subjectId);
  // A KGI belongs to its goal: it is listed under no measure.
  const fields = subjectType ? Object.keys(REVISABLE_FIELDS[subjectType]).filter((f) => f !== 'listings' || indicator?.kind === 'KPI') : [];
  const current = subjectType && field ? currentValue(subjectType, field, plan, indicator, item) : null;
  const drafted = changes.find((c) => c.subjectType === subjectType && c.subjectId === subjectId && c.field === field);
  const label = subjectType && field ? fieldLabelOf(subjectType, field, i18n.language) : '';
  // A new last year may reach 5 years past the period (the server's limit); other years stay within the plan's period as this draft makes it.
  const years = field === 'periodEndFY' ? periodYears({ periodStartFY: period.periodStartFY, periodEndFY: period.periodEndFY + 5 }) : periodYears(plan.strategy);

  function chooseSubject(value: string) {
    setSubject(value);
    setField('');
    setRaw(EMPTY);
    setErrors({});
  }

  function chooseField(value: string) {
    setField(value);
    setRaw(value && subjectType ? rawOf(value, currentValue(subjectType, value, plan, indicator, item)) : EMPTY);
    setErrors({});
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!subjectType || !subjectId) return setErrors({ subject: t('planRevisions.change.subjectRequired') });
    if (!field) return setErrors({ field: t('planRevisions.change.fieldRequired') });
    const parsed = valueOf(subjectType, field, raw, i18n.language);
    if ('problem' in parsed) return setErrors({ value: 'key' in parsed.problem ? t(parsed.problem.key) : parsed.problem.message });
    setErrors({});
    setBusy(true);
    try {
      const { data } = await save({ variables: { input: { revisionId, subjectType, subjectId, field, value: JSON.stringify(parsed.value), reason: reason.trim() || null } } });
      const name = subjectType === 'STRATEGY' ? t('planRevisions.subjects.STRATEGY') : indicator ? indicatorName(indicator) : item!.label;
      setField('');
      setRaw(EMPTY);
      setReason('');
      await onDone(t('planRevisions.change.saved', { subject: name, field: label, value: data!.setPlanChange.afterText }));
    } catch (error) {
      const refused = formErrorOf(error, t);
      const mine = refused.field ? (SERVER_FIELDS[refused.field] ?? null) : null;
      showRefusal({ ...refused, field: mine, message: inLanguage(refused.message, i18n.language) }, FIELDS, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  const currentText = subjectType && field ? revisionValueText(field, current) : '';
  const hint = !field
    ? undefined
    : drafted
      ? t('planRevisions.change.alreadyDrafted', { before: drafted.beforeText, after: drafted.afterText })
      : currentText === '–'
        ? t('planRevisions.change.currentNone')
        : t('planRevisions.change.currentValue', { value: currentText });

  return (
    <section className="card plan-change-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planRevisions.change.heading')}</h2>
      <p className="hint">{t('planRevisions.change.intro')}</p>
      <form ref={form} className="form" onSubmit={submit} noValidate aria-busy={busy} aria-labelledby={headingId}>
        <SelectField label={t('planRevisions.change.subject')} value={subject} onChange={chooseSubject} error={errors.subject} required>
          <option value="">{t('planRevisions.change.choose')}</option>
          <optgroup label={t('planRevisions.change.planGroup')}>
            <option value={`STRATEGY:${plan.strategy.id}`}>{t('planRevisions.change.planOption', { title: plan.strategy.title })}</option>
          </optgroup>
          {ITEM_KINDS.map((kind) => {
            const listed = items.filter((i) => i.subjectType === kind);
            return (
              <optgroup key={kind} label={t(`planRevisions.change.group${kind}`)}>
                {listed.map((i) => (
                  <option key={i.id} value={`${kind}:${i.id}`}>
                    {i.label}
                    {i.fields.retiredFromFY != null ? t('planRevisions.change.retiredMark') : ''}
                  </option>
                ))}
              </optgroup>
            );
          })}
          {INDICATOR_KINDS.map((kind) => {
            const listed = plan.indicators.filter((i) => i.kind === kind);
            return (
              listed.length > 0 && (
                <optgroup key={kind} label={t(`planRevisions.change.group${kind}`)}>
                  {listed.map((i) => (
                    <option key={i.id} value={`INDICATOR:${i.id}`}>
                      {indicatorName(i)}
                      {i.retiredFromFY != null ? t('planRevisions.change.retiredMark') : ''}
                    </option>
                  ))}
                </optgroup>
              )
            );
          })}
        </SelectField>
        {subjectType && (
          <SelectField label={t('planRevisions.change.field')} value={field} onChange={chooseField} error={errors.field} required>
            <option value="">{t('planRevisions.change.choose')}</option>
            {fields.map((f) => (
              <option key={f} value={f}>
                {fieldLabelOf(subjectType, f, i18n.language)}
              </option>
            ))}
          </SelectField>
        )}
        {subjectType && field && (
          <ChangeValueInput
            key={subject + field}
            field={field}
            label={t('planRevisions.change.valueLabel', { field: label })}
            hint={hint}
            required={!isOptional(subjectType, field)}
            raw={raw}
            onChange={setRaw}
            error={errors.value}
            years={years}
            options={options}
          />
        )}
        <TextField label={t('planRevisions.change.reason')} hint={t('planRevisions.change.reasonHint')} value={reason} onChange={setReason} error={errors.reason} rows={2} max={MAX_REASON} />
        <FormFooter error={formError} busy={busy} submitLabel={t('planRevisions.change.submit')} busyLabel={t('common.saving')} />
      </form>
    </section>
  );
}
