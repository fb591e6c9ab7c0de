import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { ActionFields, type ActionInput } from './ActionFields';
import { CreateActionMutation } from './createAction';
import { focusWritten } from '../../../ui/focusWritten';
import { formErrorOf, showRefusal } from '../../../ui/formError';
import { FormFooter } from '../../../ui/FormFooter';
import { SelectField } from '../../../ui/SelectField';

// Any department of the cycle's strategy may take an action on, not only the thread's.
const OwnerDepartmentsQuery = graphql(`
  query ActionOwnerDepartments($cycleId: ID!) {
    reviewCycle(id: $cycleId) {
      id
      strategy {
        id
        departments {
          id
          name
        }
      }
    }
  }
`);

type Department = { id: string; name: string };
type Props = { threadId: string; cycleId: string; responsible: Department[]; fiscalYear: number; titleId: string; onAnnounce: (message: string) => void };

/** 政策企画課 commits to an action on a thread itself, without a department's response. */
export function CreateActionForm(props: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  function close(actionId?: string) {
    setOpen(false);
    if (actionId) props.onAnnounce(t('improvement.created'));
    // The form goes away: focus moves to the new action, or back to where the form was opened.
    if (actionId) focusWritten(`[data-action="${actionId}"]`);
    else requestAnimationFrame(() => button.current?.focus());
  }

  if (!open) {
    return (
      <button ref={button} type="button" onClick={() => setOpen(true)} aria-describedby={props.titleId}>
        {t('improvement.create')}
      </button>
    );
  }
  return (
    <section className="create-action" aria-labelledby={`${id}-title`}>
      <p className="form-title" id={`${id}-title`}>
        {t('improvement.create')}
      </p>
      <NewActionForm {...props} onDone={close} onCancel={() => close()} />
    </section>
  );
}

type Field = 'ownerDepartmentId' | 'description' | 'dueFiscalYear';
const FIELDS: string[] = ['ownerDepartmentId', 'description', 'dueFiscalYear'];
// The option for no owner department: the planning division takes the action on itself.
const PLANNING = '';

function NewActionForm({ threadId, cycleId, responsible, fiscalYear, onDone, onCancel }: Omit<Props, 'onAnnounce' | 'titleId'> & { onDone: (actionId: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ActionInput & { owner: string }>({ owner: responsible[0]?.id ?? PLANNING, description: '', dueFiscalYear: fiscalYear + 1 });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const { data } = useQuery(OwnerDepartmentsQuery, { variables: { cycleId } });
  const [create] = useMutation(CreateActionMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  useEffect(() => form.current?.querySelector<HTMLElement>('select')?.focus(), []);
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors]);

  const others = new Map<string, Department>();
  for (const d of data?.reviewCycle.strategy.departments ?? []) if (!responsible.some((r) => r.id === d.id)) others.set(d.id, d);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    setErrors(draft.description.trim() ? {} : { description: t('threads.problems.description') });
    if (!draft.description.trim()) return;
    setBusy(true);
    try {
      const { owner, description, dueFiscalYear } = draft;
      const { data } = await create({ variables: { input: { threadId, ownerDepartmentId: owner === PLANNING ? null : owner, description, dueFiscalYear } } });
      onDone(data!.createImprovementAction.id);
    } catch (error) {
      showRefusal(formErrorOf(error, t), FIELDS, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  const option = (d: Department) => (
    <option key={d.id} value={d.id}>
      {d.name}
    </option>
  );
  return (
    <form ref={form} className="form" onSubmit={submit} noValidate aria-busy={busy}>
      <SelectField label={t('improvement.ownerLabel')} value={draft.owner} onChange={(owner) => setDraft({ ...draft, owner })} error={errors.ownerDepartmentId} required>
        {responsible.length > 0 && <optgroup label={t('improvement.responsibleGroup')}>{responsible.map(option)}</optgroup>}
        <optgroup label={t('improvement.otherGroup')}>
          <option value={PLANNING}>{t('roles.PLANNING')}</option>
          {[...others.values()].map(option)}
        </optgroup>
      </SelectField>
      <ActionFields draft={draft} onChange={setDraft} fiscalYear={fiscalYear} errors={errors} />
      <FormFooter error={formError} busy={busy} submitLabel={t('improvement.createSubmit')} onCancel={onCancel} />
    </form>
  );
}
