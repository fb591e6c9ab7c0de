import { useMutation } from '@apollo/client/react';
import { forwardRef, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { FormFooter } from '../../ui/FormFooter';
import { refusal } from './fieldErrors';
import { RequiredField } from './UserFields';
import type { UserRow } from './UsersTable';

const DisableUserMutation = graphql(`
  mutation DisableUser($id: ID!, $reason: String!) {
    disableUser(id: $id, reason: $reason) {
      ...UsersTable_user
    }
  }
`);

const EnableUserMutation = graphql(`
  mutation EnableUser($id: ID!) {
    enableUser(id: $id) {
      ...UsersTable_user
    }
  }
`);

type Props = { user: UserRow; enable: boolean; onDone(message: string | null): void };

/** The confirmation of disabling (with its reason, which the audit log keeps) or enabling a user. */
export const StatusChange = forwardRef<HTMLElement, Props>(function StatusChange({ user, enable, onDone }, ref) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [disableUser, disabling] = useMutation(DisableUserMutation);
  const [enableUser, enabling] = useMutation(EnableUserMutation);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const busy = disabling.loading || enabling.loading;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setReasonError(undefined);
    if (!enable && !reason.trim()) {
      setReasonError(t('users.reasonRequired'));
      reasonRef.current?.focus();
      return;
    }
    try {
      if (enable) await enableUser({ variables: { id: user.id } });
      else await disableUser({ variables: { id: user.id, reason: reason.trim() } });
      onDone(t(enable ? 'users.enabled' : 'users.disabled', { name: user.displayName }));
    } catch (error) {
      const { field, message } = refusal(error, ['reason'] as const, i18n.language, t);
      if (field) {
        setReasonError(message);
        reasonRef.current?.focus();
      } else setFailure(message);
    }
  }

  return (
    <section ref={ref} tabIndex={-1} className="card user-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(enable ? 'users.enableTitle' : 'users.disableTitle', { name: user.displayName })}</h2>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy} aria-labelledby={titleId}>
        <p>{t(enable ? 'users.enableConfirm' : 'users.disableConfirm', { name: user.displayName })}</p>
        {!enable && (
          <RequiredField label={t('users.reason')} error={reasonError}>
            {({ id, describedBy, invalid }) => (
              <textarea ref={reasonRef} id={id} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} required />
            )}
          </RequiredField>
        )}
        <FormFooter error={failure} busy={busy} submitLabel={t(enable ? 'users.enable' : 'users.disable')} busyLabel={t('common.saving')} onCancel={() => onDone(null)} />
      </form>
    </section>
  );
});
