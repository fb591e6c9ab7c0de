import { useTranslation } from '../../app/i18n';
import { DepartmentSelect, RequiredField, RoleSelect, type Department } from './UserFields';
import type { UserValues } from './useUserForm';

type Field = 'displayName' | 'role' | 'departmentId';

type Props = {
  form: {
    values: UserValues;
    errors: Partial<Record<Field, string>>;
    set(field: Field): (value: string) => void;
    refOf(field: Field): (element: HTMLInputElement | HTMLSelectElement | null) => void;
  };
  departments: Department[];
  viewerIsAdmin: boolean;
};

/** Who a user is, as both the invitation and a later change give it: name, role, and a DEPARTMENT user's department. */
export function NameRoleDepartmentFields({ form, departments, viewerIsAdmin }: Props) {
  const { t } = useTranslation();
  const { values, errors, set, refOf } = form;
  return (
    <>
      <RequiredField label={t('users.name')} error={errors.displayName}>
        {({ id, describedBy, invalid }) => (
          <input ref={refOf('displayName')} id={id} type="text" autoComplete="off" value={values.displayName} onChange={(e) => set('displayName')(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} required />
        )}
      </RequiredField>
      <RoleSelect ref={refOf('role')} value={values.role} onChange={set('role')} error={errors.role} viewerIsAdmin={viewerIsAdmin} />
      {values.role === 'DEPARTMENT' && <DepartmentSelect ref={refOf('departmentId')} value={values.departmentId} onChange={set('departmentId')} error={errors.departmentId} departments={departments} />}
    </>
  );
}
