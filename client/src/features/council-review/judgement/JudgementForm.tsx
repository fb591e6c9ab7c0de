import { useMutation } from '@apollo/client/react';
import { MAX_JUDGEMENT_REASON_LENGTH } from '@kaizen/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { OverallJudgementPanel_JudgementFragment } from '../../../gql/graphql';
import { FormFooter } from '../../../ui/FormFooter';
import { formErrorOf, showRefusal } from '../../../ui/formError';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';

const SetOverallJudgementMutation = graphql(`
  mutation SetOverallJudgement($input: SetOverallJudgementInput!) {
    setOverallJudgement(input: $input) {
      ...OverallJudgementPanel_judgement
    }
  }
`);

/** What is judged: a measure or a goal. */
export type JudgementSubject = { measureId: string } | { goalId: string };

type Field = 'grade' | 'reason';
const FIELDS: string[] = ['grade', 'reason'];

type Props = {
  cycleId: string;
  subject: JudgementSubject;
  /** The grades assignable in the cycle's year, best first. */
  grades: string[];
  judgement: OverallJudgementPanel_JudgementFragment | null;
  /** The panel's heading, which the form is about. */
  titleId: string;
  onDone: () => void;
  onCancel: () => void;
};

/** 政策企画課 records or changes the overall judgement: a grade of the year's scale and why. */
export function JudgementForm({ cycleId, subject, grades, judgement, titleId, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [grade, setGrade] = useState(judgement?.grade ?? '');
  const [reason, setReason] = useState(judgement?.reason ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Others' pages follow the cycle's feed; this one reads the judgement back with everything it shows.
  const [save] = useMutation(SetOverallJudgementMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  useEffect(() => form.current?.querySelector<HTMLElement>('select')?.focus(), []);
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const problems: Partial<Record<Field, string>> = {};
    if (!grade) problems.grade = t('overallJudgement.problems.grade');
    if (!reason.trim()) problems.reason = t('overallJudgement.problems.reason');
    else if (reason.trim().length > MAX_JUDGEMENT_REASON_LENGTH) problems.reason = t('overallJudgement.problems.tooLong', { max: MAX_JUDGEMENT_REASON_LENGTH });
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await save({ variables: { input: { cycleId, ...subject, grade, reason, expectedVersion: judgement?.version ?? null } } });
      onDone();
    } catch (error) {
      showRefusal(formErrorOf(error, t), FIELDS, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="form judgement-form" onSubmit={submit} noValidate aria-busy={busy} aria-describedby={titleId}>
      <SelectField label={t('overallJudgement.gradeLabel')} value={grade} onChange={setGrade} error={errors.grade} required>
        <option value="">{t('overallJudgement.choose')}</option>
        {grades.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </SelectField>
      <TextField label={t('overallJudgement.reasonLabel')} hint={t('overallJudgement.reasonHint')} value={reason} onChange={setReason} error={errors.reason} required max={MAX_JUDGEMENT_REASON_LENGTH} />
      <FormFooter error={formError} busy={busy} submitLabel={t('overallJudgement.save')} onCancel={onCancel} />
    </form>
  );
}
