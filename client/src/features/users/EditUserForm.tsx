import { useApolloClient, useMutation } from '@apollo/client/react';
import { forwardRef, useId, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { FormFooter } from '../../ui/FormFooter';
import { firstGraphQLError } from '../../ui/graphqlErrors';
import { NameRoleDepartmentFields } from './NameRoleDepartmentFields';
import type { Department } from './UserFields';
import type { UserRow } from './UsersTable';
import { useUserForm } from './useUserForm';

const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UsersTable_user
    }
  }
`);

const FIELDS = ['displayName', 'role', 'departmentId'] as const;

type Props = { user: UserRow; departments: Department[]; viewerIsAdmin: boolean; onDone(message: string | null): void };
type Current = { displayName: string; role: Role; departmentId: string | null; version: number };

/** A user's name, role and department, as the invitation set them (the server holds the same rules). */
export const EditUserForm = forwardRef<HTMLElement, Props>(function EditUserForm({ user, departments, viewerIsAdmin, onDone }, ref) {
  const { t } = useTranslation();
  const titleId = useId();
  const client = useApolloClient();
  const [update, { loading }] = useMutation(UpdateUserMutation);
  const form = useUserForm(FIELDS, { email: user.email, displayName: user.displayName, role: user.role, departmentId: user.department?.id ?? '' });
  // The version the values were read at: the server refuses a write over someone else's (CONFLICT).
  const [version, setVersion] = useState(user.version);

  // Someone changed the user meanwhile: the form takes their values, and says so, for the change to be made again on top.
  function onConflict(error: unknown): boolean {
    const info = firstGraphQLError(error);
    if (info?.code !== 'CONFLICT') return false;
    const current = info.extensions.current as Current;
    form.setValues((v) => ({ ...v, displayName: current.displayName, role: current.role, departmentId: current.departmentId ?? '' }));
    setVersion(current.version);
    form.setFailure(t('users.conflict', { name: current.displayName }));
    void client.refetchQueries({ include: ['Users'] });
    return true;
  }

  return (
    <section ref={ref} tabIndex={-1} className="card user-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('users.editTitle', { name: user.displayName })}</h2>
      <form
        className="form user-form"
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit(async ({ displayName, role, departmentId }) => {
            await update({ variables: { input: { id: user.id, displayName, role, departmentId, expectedVersion: version } } });
            onDone(t('users.updated', { name: displayName }));
          }, onConflict);
        }}
        noValidate
        aria-busy={loading}
        aria-labelledby={titleId}
      >
        <NameRoleDepartmentFields form={form} departments={departments} viewerIsAdmin={viewerIsAdmin} />
        <div ref={form.failureRef} tabIndex={-1} aria-live="assertive" className={form.failure ? 'form-error' : undefined}>
          {form.failure && <p role="alert">{form.failure}</p>}
        </div>
        <FormFooter busy={loading} submitLabel={t('users.save')} busyLabel={t('common.saving')} onCancel={() => onDone(null)} />
      </form>
    </section>
  );
});
