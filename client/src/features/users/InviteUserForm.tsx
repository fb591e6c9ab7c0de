import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { InviteUserMutation, Role } from '../../gql/graphql';
import { FormFooter } from '../../ui/FormFooter';
import { refusal } from './fieldErrors';
import { DepartmentSelect, RequiredField, RoleSelect, type Department } from './UserFields';

const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      acceptPath
      expiresAt
      user {
        ...UsersTable_user
      }
    }
  }
`);

export type IssuedInvitation = InviteUserMutation['inviteUser'];

const FIELDS = ['email', 'displayName', 'role', 'departmentId'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;
/** The invite form's anchor: the page links to it from above the (long) table. */
export const INVITE_ID = 'invite-user';
const EMPTY = { email: '', displayName: '', role: 'DEPARTMENT' as Role, departmentId: '' };

/** Invites someone: on success the page shows the link, which is not shown again. */
export function InviteUserForm({ departments, viewerIsAdmin, onInvited }: { departments: Department[]; viewerIsAdmin: boolean; onInvited(invitation: IssuedInvitation): void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  // The list is read again (by its operation's name): the new user takes their place in its order.
  const [invite, { loading }] = useMutation(InviteUserMutation, { refetchQueries: ['Users'] });
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const refs = {
    email: useRef<HTMLInputElement>(null),
    displayName: useRef<HTMLInputElement>(null),
    role: useRef<HTMLSelectElement>(null),
    departmentId: useRef<HTMLSelectElement>(null),
  };
  const failureRef = useRef<HTMLDivElement>(null);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value, ...(field === 'role' && value !== 'DEPARTMENT' ? { departmentId: '' } : {}) }));

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  function show(next: Errors): boolean {
    setErrors(next);
    const first = FIELDS.find((f) => next[f]);
    if (first) refs[first].current?.focus();
    return !first;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const ok = show({
      email: values.email.trim() ? undefined : t('users.emailRequired'),
      displayName: values.displayName.trim() ? undefined : t('users.nameRequired'),
      departmentId: values.role === 'DEPARTMENT' && !values.departmentId ? t('users.departmentRequired') : undefined,
    });
    if (!ok) return;
    try {
      const input = { email: values.email.trim(), displayName: values.displayName.trim(), role: values.role, departmentId: values.role === 'DEPARTMENT' ? values.departmentId : null };
      const { data } = await invite({ variables: { input } });
      setValues(EMPTY);
      onInvited(data!.inviteUser);
    } catch (error) {
      const { field, message } = refusal(error, FIELDS, i18n.language, t);
      if (field) show({ [field]: message });
      else setFailure(message);
    }
  }

  return (
    <section id={INVITE_ID} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('users.invite')}</h2>
      <p className="hint">{t('users.inviteIntro')}</p>
      <div ref={failureRef} tabIndex={-1} aria-live="assertive" className={failure ? 'form-error' : undefined}>
        {failure && <p role="alert">{failure}</p>}
      </div>
      <form className="card form user-form" onSubmit={onSubmit} noValidate aria-busy={loading} aria-labelledby={titleId}>
        <RequiredField label={t('users.email')} error={errors.email}>
          {({ id, describedBy, invalid }) => (
            <input
              ref={refs.email}
              id={id}
              type="email"
              autoComplete="off"
              value={values.email}
              onChange={(e) => set('email')(e.target.value)}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              required
            />
          )}
        </RequiredField>
        <RequiredField label={t('users.name')} error={errors.displayName}>
          {({ id, describedBy, invalid }) => (
            <input
              ref={refs.displayName}
              id={id}
              type="text"
              autoComplete="off"
              value={values.displayName}
              onChange={(e) => set('displayName')(e.target.value)}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              required
            />
          )}
        </RequiredField>
        <RoleSelect ref={refs.role} value={values.role} onChange={set('role')} error={errors.role} viewerIsAdmin={viewerIsAdmin} />
        {values.role === 'DEPARTMENT' && <DepartmentSelect ref={refs.departmentId} value={values.departmentId} onChange={set('departmentId')} error={errors.departmentId} departments={departments} />}
        <FormFooter busy={loading} submitLabel={t('users.inviteSubmit')} busyLabel={t('common.saving')} />
      </form>
    </section>
  );
}
