import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { SetPasswordForm } from '../../ui/SetPasswordForm';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { homeOf } from '../auth/paths';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      id
      role
    }
  }
`);

/** The page of a reset link (`/password-reset/<token>`): a new password, then signed in. */
export function PasswordResetPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const client = useApolloClient();
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const [done, setDone] = useState<Role | null>(null);
  const [invalid, setInvalid] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const invalidRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('account.resetTitle'));

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  useEffect(() => {
    if (invalid) invalidRef.current?.focus();
  }, [invalid]);

  async function submit(password: string) {
    const { data } = await reset({ variables: { token, password } });
    // Signed in now, as this user: whatever was read before is read again.
    await client.resetStore();
    setDone(data!.resetPassword.role);
  }

  return (
    <div className="narrow">
      <h1>{t('account.resetTitle')}</h1>
      {done ? (
        <div ref={doneRef} tabIndex={-1} role="status" className="notice">
          <p>
            {t('account.resetDone')} <Link to={homeOf(done)}>{t('auth.goHome')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t('account.resetIntro')}</p>
          {invalid && (
            <div ref={invalidRef} tabIndex={-1} className="form-error">
              <p role="alert">{t('account.invalidLink')}</p>
            </div>
          )}
          <SetPasswordForm
            label={t('account.resetTitle')}
            submitLabel={t('account.resetSubmit')}
            busy={loading}
            onSubmit={submit}
            onRefused={(info) => {
              const stale = info.code === 'BAD_USER_INPUT' && info.extensions.field === 'token';
              setInvalid(stale);
              return stale;
            }}
          />
        </>
      )}
    </div>
  );
}
