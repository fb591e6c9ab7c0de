import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { firstGraphQLError } from '../../ui/graphqlErrors';
import { ViewerQuery } from '../auth/viewer';
import { MIN_PASSWORD_LENGTH, newPasswordErrors } from '../../ui/newPasswordRules';
import { PasswordField } from '../../ui/PasswordField';
import { inLanguage } from '../../ui/serverMessage';
import { FormFooter } from '../../ui/FormFooter';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
      mustChangePassword
    }
  }
`);

type Field = 'currentPassword' | 'newPassword' | 'confirmation';
type Errors = Partial<Record<Field, string>>;

/** Current password, the new one twice; on success the other sessions are gone, which it says. */
export function ChangePasswordForm({ onChanged }: { onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirmation: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const refs = { currentPassword: useRef<HTMLInputElement>(null), newPassword: useRef<HTMLInputElement>(null), confirmation: useRef<HTMLInputElement>(null) };
  const failureRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  function show(next: Errors) {
    setErrors(next);
    const first = (['currentPassword', 'newPassword', 'confirmation'] as const).find((f) => next[f]);
    if (first) refs[first].current?.focus();
    return !first;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const ok = show({ currentPassword: values.currentPassword ? undefined : t('account.currentRequired'), ...newPasswordErrors(values.newPassword, values.confirmation, t) });
    if (!ok) return;
    try {
      await change({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      setValues({ currentPassword: '', newPassword: '', confirmation: '' });
      await client.refetchQueries({ include: [ViewerQuery] });
      onChanged();
    } catch (error) {
      const info = firstGraphQLError(error);
      const field = info?.extensions.field;
      if (info?.code === 'BAD_USER_INPUT' && (field === 'currentPassword' || field === 'newPassword')) {
        show({ [field]: inLanguage(info.message, i18n.language) });
      } else if (info?.code === 'TOO_MANY_ATTEMPTS') {
        const seconds = Number(info.extensions.retryAfterSeconds) || 15 * 60;
        setFailure(t('account.tooManyAttempts', { minutes: Math.max(1, Math.ceil(seconds / 60)) }));
      } else {
        setFailure(info ? inLanguage(info.message, i18n.language) : t('common.networkError'));
      }
    }
  }

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('account.changePassword')}</h2>
      <div ref={failureRef} tabIndex={-1} aria-live="assertive" className={failure ? 'form-error' : undefined}>
        {failure && <p role="alert">{failure}</p>}
      </div>
      <form className="card form" onSubmit={onSubmit} noValidate aria-busy={loading} aria-labelledby={titleId}>
        <PasswordField ref={refs.currentPassword} label={t('account.currentPassword')} autoComplete="current-password" value={values.currentPassword} onChange={set('currentPassword')} error={errors.currentPassword} />
        <PasswordField
          ref={refs.newPassword}
          label={t('account.newPassword')}
          hint={t('account.rules', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          value={values.newPassword}
          onChange={set('newPassword')}
          error={errors.newPassword}
        />
        <PasswordField ref={refs.confirmation} label={t('account.confirmation')} autoComplete="new-password" value={values.confirmation} onChange={set('confirmation')} error={errors.confirmation} />
        <FormFooter busy={loading} submitLabel={t('account.change')} busyLabel={t('account.changing')} />
      </form>
    </section>
  );
}
