import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import type { Role } from '../../gql/graphql';
import { refusal } from './fieldErrors';

export type UserValues = { email: string; displayName: string; role: Role; departmentId: string };
type Field = keyof UserValues;

/** The values as the server takes them: trimmed, and a department only for a DEPARTMENT user. */
export type CleanUserValues = { email: string; displayName: string; role: Role; departmentId: string | null };

/**
 * The state of a form about a user (invite, edit): its values, each field's error with focus on
 * the first, and a refusal of the whole write; the same rules as the server, which has the last word.
 */
export function useUserForm<F extends Field>(fields: readonly F[], initial: UserValues) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const inputs = useRef<Partial<Record<F, HTMLInputElement | HTMLSelectElement | null>>>({});
  const failureRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  // Leaving the DEPARTMENT role drops the department, which only such a user has.
  const set = (field: F) => (value: string) => setValues((v) => ({ ...v, [field]: value, ...(field === 'role' && value !== 'DEPARTMENT' ? { departmentId: '' } : {}) }));
  const refOf = (field: F) => (element: HTMLInputElement | HTMLSelectElement | null) => {
    inputs.current[field] = element;
  };

  function show(next: Partial<Record<F, string>>): boolean {
    setErrors(next);
    const first = fields.find((f) => next[f]);
    if (first) inputs.current[first]?.focus();
    return !first;
  }

  /** Checks what is required, then writes; a refusal lands beside its field, or above the form. `run` may handle a refusal itself (true). */
  async function submit(run: (clean: CleanUserValues) => Promise<void>, handled?: (error: unknown) => boolean): Promise<void> {
    setFailure(null);
    const required: Partial<Record<Field, string | undefined>> = {
      email: values.email.trim() ? undefined : t('users.emailRequired'),
      displayName: values.displayName.trim() ? undefined : t('users.nameRequired'),
      departmentId: values.role === 'DEPARTMENT' && !values.departmentId ? t('users.departmentRequired') : undefined,
    };
    if (!show(Object.fromEntries(fields.map((f) => [f, required[f]])) as Partial<Record<F, string>>)) return;
    try {
      await run({ email: values.email.trim(), displayName: values.displayName.trim(), role: values.role, departmentId: values.role === 'DEPARTMENT' ? values.departmentId : null });
    } catch (error) {
      if (handled?.(error)) return;
      const { field, message } = refusal(error, fields, i18n.language, t);
      if (field) show({ [field]: message } as Partial<Record<F, string>>);
      else setFailure(message);
    }
  }

  return { values, setValues, set, refOf, errors, failure, setFailure, failureRef, submit };
}

export type UserForm<F extends Field> = ReturnType<typeof useUserForm<F>>;
