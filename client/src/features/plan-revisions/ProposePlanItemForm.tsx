import { useMutation } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { PlanSubject } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { formErrorOf, showRefusal } from '../../ui/formError';
import { RadioGroup } from '../../ui/RadioGroup';
import { SelectField } from '../../ui/SelectField';
import { inLanguage } from '../../ui/serverMessage';
import { TextField } from '../../ui/TextField';
import { DepartmentChoices } from './DepartmentChoices';
import type { PlanOptions } from './planOptions';
import { periodYears } from './revisionYears';

const ProposePlanItemMutation = graphql(`
  mutation ProposePlanItem($input: ProposePlanItemInput!) {
    proposePlanItem(input: $input) {
      id
      subject
    }
  }
`);

type Kind = Extract<PlanSubject, 'MEASURE' | 'POLICY' | 'PROJECT'>;
const KINDS: Kind[] = ['MEASURE', 'POLICY', 'PROJECT'];
const FIELDS = ['subjectType', 'parentId', 'code', 'title', 'departmentIds', 'sinceFY', 'reason'] as const;
type FieldName = (typeof FIELDS)[number];
type Values = { kind: Kind; parentId: string; code: string; title: string; departmentIds: string[]; sinceFY: string; reason: string };
const EMPTY: Values = { kind: 'MEASURE', parentId: '', code: '', title: '', departmentIds: [], sinceFY: '', reason: '' };
const MAX_TITLE = 500;
const MAX_REASON = 4000;

type Props = {
  revisionId: string;
  options: PlanOptions;
  /** The plan's period: the years a project may start in. */
  period: { periodStartFY: number; periodEndFY: number };
  onDone: (message: string) => Promise<void>;
};

/** 施策・具体的な施策・主な事業を追加する: a new measure under a basic goal, or a policy or main project under a measure, as a 新設 change of the draft. */
export function ProposePlanItemForm({ revisionId, options, period, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const [propose] = useMutation(ProposePlanItemMutation);
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors]);
  // A field's error goes once it is typed in again: what is left says what still stands in the way.
  const set = (field: keyof Values & FieldName) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const item = (key: string) => t(`planRevisions.addItem.${key}.${values.kind}`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const problems: Partial<Record<FieldName, string>> = {};
    if (!values.parentId) problems.parentId = item('parentRequired');
    if (values.kind === 'MEASURE' && !values.code.trim()) problems.code = t('planRevisions.addItem.codeRequired');
    if (!values.title.trim()) problems.title = item('titleRequired');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const { data } = await propose({
        variables: {
          input: {
            revisionId,
            subjectType: values.kind,
            parentId: values.parentId,
            code: values.kind === 'MEASURE' ? values.code.trim() : null,
            title: values.title.trim(),
            departmentIds: values.kind === 'PROJECT' ? values.departmentIds : [],
            sinceFY: values.kind === 'PROJECT' && values.sinceFY ? Number(values.sinceFY) : null,
            reason: values.reason.trim() || null,
          },
        },
      });
      setValues({ ...EMPTY, kind: values.kind });
      await onDone(t('planRevisions.addItem.saved', { subject: data!.proposePlanItem.subject }));
    } catch (refusal) {
      const refused = formErrorOf(refusal, t);
      showRefusal({ ...refused, message: inLanguage(refused.message, i18n.language) }, FIELDS, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  const toggleDepartment = (id: string, on: boolean) => setValues((v) => ({ ...v, departmentIds: on ? [...v.departmentIds, id] : v.departmentIds.filter((d) => d !== id) }));
  return (
    <section className="card propose-item-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planRevisions.addItem.heading')}</h2>
      <p className="hint">{t('planRevisions.addItem.intro')}</p>
      <form ref={form} className="form" onSubmit={submit} noValidate aria-busy={busy} aria-labelledby={headingId}>
        <RadioGroup
          legend={t('planRevisions.addItem.kind')}
          options={KINDS.map((k) => ({ value: k, label: t(`planRevisions.addItem.kinds.${k}`) }))}
          value={values.kind}
          onChange={(kind) => setValues({ ...values, kind, parentId: '' })}
          error={errors.subjectType}
        />
        <SelectField label={item('parent')} value={values.parentId} onChange={set('parentId')} error={errors.parentId} required>
          <option value="">{t('planRevisions.change.choose')}</option>
          {values.kind === 'MEASURE'
            ? options.goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {`${t('strategy.goal', { number: g.number })} ${g.title}`}
                </option>
              ))
            : options.goals.map((g) => (
                <optgroup key={g.id} label={t('strategy.goal', { number: g.number })}>
                  {g.measures.map((m) => (
                    <option key={m.id} value={m.id}>
                      {t('planRevisions.change.measureOption', { code: m.code, title: m.title })}
                    </option>
                  ))}
                </optgroup>
              ))}
        </SelectField>
        {values.kind === 'MEASURE' && (
          <Field label={t('planRevisions.addItem.code')} hint={t('planRevisions.addItem.codeHint')} error={errors.code} required>
            {({ id, describedBy, invalid }) => (
              <input id={id} type="text" autoComplete="off" size={8} maxLength={16} value={values.code} onChange={(e) => set('code')(e.target.value)} aria-invalid={invalid} aria-required aria-describedby={describedBy} />
            )}
          </Field>
        )}
        <TextField label={item('title')} value={values.title} onChange={set('title')} error={errors.title} required rows={2} max={MAX_TITLE} />
        {values.kind === 'PROJECT' && (
          <>
            <DepartmentChoices legend={t('indicator.departments')} hint={t('planRevisions.addItem.departmentsHint')} departments={options.departments} chosen={values.departmentIds} onToggle={toggleDepartment} error={errors.departmentIds} />
            <SelectField label={t('planRevisions.addItem.sinceFY')} value={values.sinceFY} onChange={set('sinceFY')} error={errors.sinceFY}>
              <option value="">{t('planRevisions.addItem.sinceRevision')}</option>
              {periodYears(period).map((y) => (
                <option key={y} value={y}>
                  {t('planRevisions.yearOption', { year: fiscalYearLabel(y), fy: y })}
                </option>
              ))}
            </SelectField>
          </>
        )}
        <TextField label={t('planRevisions.change.reason')} hint={t('planRevisions.change.reasonHint')} value={values.reason} onChange={set('reason')} error={errors.reason} rows={2} max={MAX_REASON} />
        <FormFooter error={formError} busy={busy} submitLabel={t('planRevisions.addItem.submit')} busyLabel={t('common.saving')} />
      </form>
    </section>
  );
}
