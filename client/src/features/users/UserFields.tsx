import { forwardRef, type ComponentProps } from 'react';
import { useTranslation } from '../../app/i18n';
import type { Role } from '../../gql/graphql';
import { Field } from '../../ui/Field';

export type Department = { id: string; name: string };

type FieldProps = Omit<ComponentProps<typeof Field>, 'required'>;

/** A required field's label (with 必須), its hint, and its error read out with it. */
export function RequiredField(props: FieldProps) {
  return <Field {...props} required />;
}

export const ROLES: Role[] = ['DEPARTMENT', 'COUNCIL', 'PLANNING', 'ADMIN'];

type SelectProps = { value: string; onChange(value: string): void; error?: string };

/** The role, in Japanese names; ADMIN only for an administrator, who alone grants it. */
export const RoleSelect = forwardRef<HTMLSelectElement, SelectProps & { viewerIsAdmin: boolean }>(function RoleSelect({ value, onChange, error, viewerIsAdmin }, ref) {
  const { t } = useTranslation();
  return (
    <RequiredField label={t('users.role')} error={error}>
      {({ id, describedBy, invalid }) => (
        <select ref={ref} id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} required>
          {ROLES.filter((r) => r !== 'ADMIN' || viewerIsAdmin || value === 'ADMIN').map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      )}
    </RequiredField>
  );
});

/** The department of a DEPARTMENT user: one of the municipality's. */
export const DepartmentSelect = forwardRef<HTMLSelectElement, SelectProps & { departments: Department[] }>(function DepartmentSelect({ value, onChange, error, departments }, ref) {
  const { t } = useTranslation();
  return (
    <RequiredField label={t('users.department')} hint={t('users.departmentHint')} error={error}>
      {({ id, describedBy, invalid }) => (
        <select ref={ref} id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} required>
          <option value="">{t('users.chooseDepartment')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      )}
    </RequiredField>
  );
});

/** The departments of every strategy, once each, in Japanese order. */
export function uniqueDepartments(strategies: { departments: Department[] }[]): Department[] {
  const byId = new Map(strategies.flatMap((s) => s.departments).map((d) => [d.id, d]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'ja'));
}
