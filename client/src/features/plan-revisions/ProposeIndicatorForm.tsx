import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { Direction, TargetKind } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { formErrorOf, showRefusal } from '../../ui/formError';
import { QueryStatus } from '../../ui/QueryStatus';
import { RadioGroup } from '../../ui/RadioGroup';
import { SelectField } from '../../ui/SelectField';
import { inLanguage } from '../../ui/serverMessage';
import { TextField } from '../../ui/TextField';
import { CHOICES, valueOf } from './changeValue';
import { DepartmentChoices } from './DepartmentChoices';
import { PlanOptionsQuery } from './planOptions';
import { indicatorName } from './subjects';

const ProposeIndicatorMutation = graphql(`
  mutation ProposeIndicator($input: ProposeIndicatorInput!) {
    proposeIndicator(input: $input) {
      id
    }
  }
`);

type Values = {
  measureId: string;
  key: string;
  name: string;
  unit: string;
  targetKind: string;
  direction: string;
  targetValue: string;
  targetText: string;
  baselineValue: string;
  baselineText: string;
  departmentIds: string[];
  reason: string;
};
type FieldName = keyof Values;
type TextName = 'key' | 'name' | 'unit' | 'targetText' | 'baselineText';

const EMPTY: Values = { measureId: '', key: '', name: '', unit: '', targetKind: '', direction: '', targetValue: '', targetText: '', baselineValue: '', baselineText: '', departmentIds: [], reason: '' };
/** The server names these in its BAD_USER_INPUT (`extensions.field`): the input's own names. */
const FIELDS: readonly FieldName[] = Object.keys(EMPTY) as FieldName[];
const REQUIRED_TEXT: readonly TextName[] = ['key', 'name', 'unit', 'targetText', 'baselineText'];
// As the server takes them (plan-revision.inputs.ts).
const MAX: Record<TextName, number> = { key: 32, name: 500, unit: 32, targetText: 500, baselineText: 500 };
const MAX_REASON = 4000;

type Props = {
  revisionId: string;
  strategyId: string;
  /** The KPI is in: the page reads the draft again, says what was done and takes focus. */
  onDone: (message: string) => Promise<void>;
};

/** 指標を追加する (政策企画課, a draft): a new KPI under a measure, listed in the draft's changes as 新設 and in the plan from its year once adopted. */
/** The value of the 掲載 choice that makes the new indicator a goal's KGI. */
const KGI_OF = 'GOAL:';

export function ProposeIndicatorForm({ revisionId, strategyId, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { data, loading, error } = useQuery(PlanOptionsQuery, { variables: { strategyId } });
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const [propose] = useMutation(ProposeIndicatorMutation);
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors]);

  const set = (field: FieldName) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const toggleDepartment = (id: string, on: boolean) => setValues((v) => ({ ...v, departmentIds: on ? [...v.departmentIds, id] : v.departmentIds.filter((d) => d !== id) }));

  /** A number as the shared check of the plan's value takes it (null when left empty), or what is wrong with it. */
  function numberOf(field: 'targetValue' | 'baselineValue', problems: Partial<Record<FieldName, string>>): number | null {
    const parsed = valueOf('INDICATOR', field, { text: values[field], rows: [], picked: [] }, i18n.language);
    if ('problem' in parsed) {
      problems[field] = 'key' in parsed.problem ? t(parsed.problem.key) : parsed.problem.message;
      return null;
    }
    return parsed.value as number | null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const problems: Partial<Record<FieldName, string>> = {};
    if (!values.measureId) problems.measureId = t('planRevisions.propose.measureRequired');
    for (const field of REQUIRED_TEXT) if (!values[field].trim()) problems[field] = t('planRevisions.propose.required', { field: t(`planRevisions.propose.${field}`) });
    if (!values.targetKind) problems.targetKind = t('planRevisions.propose.targetKindRequired');
    if (!values.direction) problems.direction = t('planRevisions.propose.directionRequired');
    const targetValue = numberOf('targetValue', problems);
    const baselineValue = numberOf('baselineValue', problems);
    // The first of them in the form takes the focus (the effect above).
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const input = {
        revisionId,
        // A KGI measures its goal: listed under no measure.
        measureId: values.measureId.startsWith(KGI_OF) ? null : values.measureId,
        goalId: values.measureId.startsWith(KGI_OF) ? values.measureId.slice(KGI_OF.length) : null,
        key: values.key.trim(),
        name: values.name.trim(),
        unit: values.unit.trim(),
        targetKind: values.targetKind as TargetKind,
        direction: values.direction as Direction,
        targetValue,
        targetText: values.targetText.trim(),
        baselineValue,
        baselineText: values.baselineText.trim(),
        departmentIds: values.departmentIds,
        reason: values.reason.trim() || null,
      };
      await propose({ variables: { input } });
      setValues(EMPTY);
      await onDone(t('planRevisions.propose.saved', { name: indicatorName(input) }));
    } catch (refusal) {
      const refused = formErrorOf(refusal, t);
      showRefusal({ ...refused, message: inLanguage(refused.message, i18n.language) }, FIELDS, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  const line = (field: TextName, hint?: string) => (
    <Field label={t(`planRevisions.propose.${field}`)} hint={hint} error={errors[field]} required>
      {({ id, describedBy, invalid }) => (
        <input id={id} type="text" autoComplete="off" value={values[field]} maxLength={MAX[field]} onChange={(e) => set(field)(e.target.value)} aria-invalid={invalid} aria-required aria-describedby={describedBy} />
      )}
    </Field>
  );
  const number = (field: 'targetValue' | 'baselineValue') => (
    <Field label={t(`planRevisions.propose.${field}`)} hint={t('planRevisions.propose.numberHint')} error={errors[field]}>
      {({ id, describedBy, invalid }) => (
        <input id={id} type="text" inputMode="decimal" autoComplete="off" value={values[field]} onChange={(e) => set(field)(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} />
      )}
    </Field>
  );

  const strategy = data?.strategy;
  return (
    <section className="card propose-indicator-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planRevisions.propose.heading')}</h2>
      <p className="hint">{t('planRevisions.propose.intro')}</p>
      {!strategy ? (
        <QueryStatus loading={loading} error={error} />
      ) : (
        <form ref={form} className="form" onSubmit={submit} noValidate aria-busy={busy} aria-labelledby={headingId}>
          <SelectField label={t('planRevisions.propose.measure')} hint={t('planRevisions.propose.measureHint')} value={values.measureId} onChange={set('measureId')} error={errors.measureId} required>
            <option value="">{t('planRevisions.change.choose')}</option>
            {strategy.goals.map((g) => (
              <optgroup key={g.id} label={`${t('strategy.goal', { number: g.number })} ${g.title}`}>
                <option value={`${KGI_OF}${g.id}`}>{t('planRevisions.propose.asKgi', { number: g.number })}</option>
                {g.measures.map((m) => (
                  <option key={m.id} value={m.id}>
                    {t('planRevisions.comparison.measure', { code: m.code, title: m.title })}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <div className="field-row">
            {line('key', t('planRevisions.propose.keyHint'))}
            {line('unit', t('planRevisions.propose.unitHint'))}
          </div>
          {line('name')}
          <SelectField label={t('indicator.targetKind')} value={values.targetKind} onChange={set('targetKind')} error={errors.targetKind} required>
            <option value="">{t('planRevisions.change.choose')}</option>
            {CHOICES.targetKind.values.map((v) => (
              <option key={v} value={v}>
                {t(CHOICES.targetKind.labelKey(v))}
              </option>
            ))}
          </SelectField>
          <RadioGroup
            legend={t('indicator.direction')}
            options={CHOICES.direction.values.map((v) => ({ value: v, label: t(CHOICES.direction.labelKey(v)) }))}
            value={values.direction || null}
            onChange={set('direction')}
            error={errors.direction}
          />
          <div className="field-row">
            {number('targetValue')}
            {line('targetText', t('planRevisions.propose.targetTextHint'))}
          </div>
          <div className="field-row">
            {number('baselineValue')}
            {line('baselineText', t('planRevisions.propose.baselineTextHint'))}
          </div>
          <DepartmentChoices legend={t('indicator.departments')} hint={t('planRevisions.propose.departmentsHint')} departments={strategy.departments} chosen={values.departmentIds} onToggle={toggleDepartment} error={errors.departmentIds} />
          <TextField label={t('planRevisions.change.reason')} hint={t('planRevisions.change.reasonHint')} value={values.reason} onChange={set('reason')} error={errors.reason} rows={2} max={MAX_REASON} />
          <FormFooter error={formError} busy={busy} submitLabel={t('planRevisions.propose.submit')} busyLabel={t('common.saving')} />
        </form>
      )}
    </section>
  );
}
