import { useMutation } from '@apollo/client/react';
import { forwardRef, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { FormFooter } from '../../ui/FormFooter';
import { refusal } from './fieldErrors';
import { DepartmentSelect, RequiredField, RoleSelect, type Department } from './UserFields';
import type { UserRow } from './UsersTable';

const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UsersTable_user
    }
  }
`);

const FIELDS = ['displayName', 'role', 'departmentId'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

type Props = { user: UserRow; departments: Department[]; viewerIsAdmin: boolean; onDone(message: string | null): void };

/** A user's name, role and department, as the invitation set them (the server holds the same rules). */
export const EditUserForm = forwardRef<HTMLElement, Props>(function EditUserForm({ user, departments, viewerIsAdmin, onDone }, ref) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [update, { loading }] = useMutation(UpdateUserMutation);
  const [values, setValues] = useState({ displayName: user.displayName, role: user.role as Role, departmentId: user.department?.id ?? '' });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const refs = { displayName: useRef<HTMLInputElement>(null), role: useRef<HTMLSelectElement>(null), departmentId: useRef<HTMLSelectElement>(null) };
  const failureRef = useRef<HTMLParagraphElement>(null);
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
      displayName: values.displayName.trim() ? undefined : t('users.nameRequired'),
      departmentId: values.role === 'DEPARTMENT' && !values.departmentId ? t('users.departmentRequired') : undefined,
    });
    if (!ok) return;
    try {
      await update({ variables: { input: { id: user.id, displayName: values.displayName.trim(), role: values.role, departmentId: values.role === 'DEPARTMENT' ? values.departmentId : null } } });
      onDone(t('users.updated', { name: values.displayName.trim() }));
    } catch (error) {
      const { field, message } = refusal(error, FIELDS, i18n.language, t);
      if (field) show({ [field]: message });
      else setFailure(message);
    }
  }

  return (
    <section ref={ref} tabIndex={-1} className="card user-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('users.editTitle', { name: user.displayName })}</h2>
      <form className="form user-form" onSubmit={onSubmit} noValidate aria-busy={loading} aria-labelledby={titleId}>
        <RequiredField label={t('users.name')} error={errors.displayName}>
          {({ id, describedBy, invalid }) => (
            <input ref={refs.displayName} id={id} type="text" autoComplete="off" value={values.displayName} onChange={(e) => set('displayName')(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} required />
          )}
        </RequiredField>
        <RoleSelect ref={refs.role} value={values.role} onChange={set('role')} error={errors.role} viewerIsAdmin={viewerIsAdmin} />
        {values.role === 'DEPARTMENT' && <DepartmentSelect ref={refs.departmentId} value={values.departmentId} onChange={set('departmentId')} error={errors.departmentId} departments={departments} />}
        {failure && (
          <p ref={failureRef} tabIndex={-1} className="form-error" role="alert">
            {failure}
          </p>
        )}
        <FormFooter busy={loading} submitLabel={t('users.save')} busyLabel={t('common.saving')} onCancel={() => onDone(null)} />
      </form>
    </section>
  );
});
