import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { InviteUserMutation } from '../../gql/graphql';
import { FormFooter } from '../../ui/FormFooter';
import { NameRoleDepartmentFields } from './NameRoleDepartmentFields';
import { RequiredField, type Department } from './UserFields';
import { useUserForm, type UserValues } from './useUserForm';

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
/** The invite form's anchor: the page links to it from above the (long) table. */
export const INVITE_ID = 'invite-user';
const EMPTY: UserValues = { email: '', displayName: '', role: 'DEPARTMENT', departmentId: '' };

/** Invites someone: on success the page shows the link, which is not shown again. */
export function InviteUserForm({ departments, viewerIsAdmin, onInvited }: { departments: Department[]; viewerIsAdmin: boolean; onInvited(invitation: IssuedInvitation): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  // The list is read again (by its operation's name): the new user takes their place in its order.
  const [invite, { loading }] = useMutation(InviteUserMutation, { refetchQueries: ['Users'] });
  const form = useUserForm(FIELDS, EMPTY);

  return (
    <section id={INVITE_ID} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('users.invite')}</h2>
      <p className="hint">{t('users.inviteIntro')}</p>
      <div ref={form.failureRef} tabIndex={-1} aria-live="assertive" className={form.failure ? 'form-error' : undefined}>
        {form.failure && <p role="alert">{form.failure}</p>}
      </div>
      <form
        className="card form user-form"
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit(async (input) => {
            const { data } = await invite({ variables: { input } });
            form.setValues(EMPTY);
            onInvited(data!.inviteUser);
          });
        }}
        noValidate
        aria-busy={loading}
        aria-labelledby={titleId}
      >
        <RequiredField label={t('users.email')} error={form.errors.email}>
          {({ id, describedBy, invalid }) => (
            <input
              ref={form.refOf('email')}
              id={id}
              type="email"
              autoComplete="off"
              value={form.values.email}
              onChange={(e) => form.set('email')(e.target.value)}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              required
            />
          )}
        </RequiredField>
        <NameRoleDepartmentFields form={form} departments={departments} viewerIsAdmin={viewerIsAdmin} />
        <FormFooter busy={loading} submitLabel={t('users.inviteSubmit')} busyLabel={t('common.saving')} />
      </form>
    </section>
  );
}
