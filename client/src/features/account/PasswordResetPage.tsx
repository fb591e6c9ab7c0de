import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { firstGraphQLError } from '../../ui/graphqlErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { homeOf } from '../auth/paths';
import { MIN_PASSWORD_LENGTH, newPasswordErrors } from './newPasswordRules';
import { PasswordField } from './PasswordField';
import { inLanguage } from './serverMessage';
import { FormFooter } from '../../ui/FormFooter';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      id
      role
    }
  }
`);

type Errors = { newPassword?: string; confirmation?: string };

/** The page of a reset link (`/password-reset/<token>`): a new password, then signed in. */
export function PasswordResetPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const client = useApolloClient();
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<Role | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('account.resetTitle'));

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function show(next: Errors): boolean {
    setErrors(next);
    if (next.newPassword) passwordRef.current?.focus();
    else if (next.confirmation) confirmationRef.current?.focus();
    return !next.newPassword && !next.confirmation;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!show(newPasswordErrors(password, confirmation, t))) return;
    try {
      const { data } = await reset({ variables: { token, password } });
      // Signed in now, as this user: whatever was read before is read again.
      await client.resetStore();
      setDone(data!.resetPassword.role);
    } catch (error) {
      const info = firstGraphQLError(error);
      if (info?.code === 'BAD_USER_INPUT' && info.extensions.field === 'password') show({ newPassword: inLanguage(info.message, i18n.language) });
      else if (info?.code === 'BAD_USER_INPUT' && info.extensions.field === 'token') setFailure(t('account.invalidLink'));
      else setFailure(info ? inLanguage(info.message, i18n.language) : t('common.networkError'));
    }
  }

  if (done) {
    return (
      <div className="narrow">
        <h1>{t('account.resetTitle')}</h1>
        <div ref={doneRef} tabIndex={-1} role="status" className="notice">
          <p>
            {t('account.resetDone')} <Link to={homeOf(done)}>{t('auth.goHome')}</Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t('account.resetTitle')}</h1>
      <p>{t('account.resetIntro')}</p>
      <div ref={failureRef} tabIndex={-1} aria-live="assertive" className={failure ? 'form-error' : undefined}>
        {failure && <p role="alert">{failure}</p>}
      </div>
      <form className="card form" onSubmit={onSubmit} noValidate aria-busy={loading} aria-label={t('account.resetTitle')}>
        <PasswordField
          ref={passwordRef}
          label={t('account.newPassword')}
          hint={t('account.rules', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.newPassword}
        />
        <PasswordField ref={confirmationRef} label={t('account.confirmation')} autoComplete="new-password" value={confirmation} onChange={setConfirmation} error={errors.confirmation} />
        <FormFooter busy={loading} submitLabel={t('account.resetSubmit')} busyLabel={t('account.changing')} />
      </form>
    </div>
  );
}
