import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { ResponseItem_ResponseFragment, ResponseStance } from '../../../gql/graphql';
import { OptionalActionFields } from '../actions/ActionFields';
import { CreateActionMutation } from '../actions/createAction';
import { formErrorOf } from '../../../ui/formError';
import { FormFooter } from '../../../ui/FormFooter';
import { respondProblems, sameAnswer, type RespondDraft, type RespondField } from './respondDraft';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextField } from '../../../ui/TextField';

const RespondMutation = graphql(`
  mutation RespondToThread($input: RespondToThreadInput!) {
    respondToThread(input: $input) {
      ...ResponseItem_response
    }
  }
`);

const STANCES: ResponseStance[] = ['WILL_ADDRESS', 'PARTLY', 'WILL_NOT'];
const FIELDS: RespondField[] = ['stance', 'body', 'reason', 'description', 'dueFiscalYear'];
type Saved = { id: string; version: number; draft: RespondDraft };
type Props = {
  threadId: string;
  /** The viewer's department's answer so far, if any: edited in place, against its version. */
  own: ResponseItem_ResponseFragment | null;
  fiscalYear: number;
  onDone: (responseId: string) => void;
  onCancel?: () => void;
  onAnnounce: (message: string) => void;
};

/** A department answers a thread with a stance, a reason unless it will address it, and maybe an action. */
export function RespondForm({ threadId, own, fiscalYear, onDone, onCancel, onAnnounce }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RespondDraft>(() => ({
    stance: own?.stance ?? null,
    body: own?.body ?? '',
    reason: own?.reason ?? '',
    action: { wanted: false, description: '', dueFiscalYear: fiscalYear + 1 },
  }));
  // A response the server took while its action was refused: retrying sends only the action.
  const [saved, setSaved] = useState<Saved | null>(null);
  const [errors, setErrors] = useState<Partial<Record<RespondField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const [respond] = useMutation(RespondMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  const [createAction] = useMutation(CreateActionMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = respondProblems(draft);
    setFormError(null);
    setErrors(Object.fromEntries(problems.map((p) => [p, t(`threads.problems.${p}`)])));
    if (problems.length) return;
    setBusy(true);
    let response = saved && sameAnswer(saved.draft, draft) ? saved : null;
    try {
      if (!response) {
        const reason = draft.stance === 'WILL_ADDRESS' ? null : draft.reason;
        const input = { threadId, stance: draft.stance!, body: draft.body, reason, expectedVersion: saved?.version ?? own?.version ?? null };
        const { data } = await respond({ variables: { input } });
        response = { id: data!.respondToThread.id, version: data!.respondToThread.version, draft };
        setSaved(response);
      }
      if (draft.action.wanted) {
        const { description, dueFiscalYear } = draft.action;
        await createAction({ variables: { input: { responseId: response.id, description, dueFiscalYear } } });
      }
      onAnnounce(t(draft.action.wanted ? 'threads.respondedWithAction' : 'threads.responded'));
      onDone(response.id);
    } catch (error) {
      const refused = formErrorOf(error, t);
      if (refused.field && FIELDS.includes(refused.field as RespondField)) setErrors({ [refused.field]: refused.message });
      else setFormError(response ? t('threads.actionRefused', { detail: refused.message }) : refused.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="form respond-form" onSubmit={submit} noValidate aria-busy={busy}>
      <RadioGroup
        legend={t('threads.stance')}
        options={STANCES.map((s) => ({ value: s, label: t(`threads.stances.${s}`) }))}
        value={draft.stance}
        onChange={(stance) => setDraft({ ...draft, stance })}
        error={errors.stance}
      />
      <TextField label={t('threads.answer')} value={draft.body} onChange={(body) => setDraft({ ...draft, body })} error={errors.body} required />
      {draft.stance && draft.stance !== 'WILL_ADDRESS' && (
        <TextField label={t('threads.reason')} hint={t('threads.reasonHint')} value={draft.reason} onChange={(reason) => setDraft({ ...draft, reason })} error={errors.reason} required rows={3} />
      )}
      <OptionalActionFields draft={draft.action} onChange={(action) => setDraft({ ...draft, action })} fiscalYear={fiscalYear} errors={errors} />
      <FormFooter error={formError} busy={busy} submitLabel={own ? t('threads.updateAnswer') : t('threads.sendAnswer')} onCancel={onCancel} />
    </form>
  );
}
