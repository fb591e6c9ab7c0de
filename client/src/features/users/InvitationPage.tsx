import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { FormFooter } from '../../ui/FormFooter';
import { firstGraphQLError } from '../../ui/graphqlErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MIN_PASSWORD_LENGTH, newPasswordErrors } from '../account/newPasswordRules';
import { PasswordField } from '../account/PasswordField';
import { inLanguage } from '../account/serverMessage';
import { homeOf } from '../auth/paths';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {
    acceptInvitation(token: $token, password: $password, displayName: $displayName) {
      id
      role
    }
  }
`);

type Errors = { displayName?: string; newPassword?: string; confirmation?: string };

/** The page of an invitation link (`/invitation/<token>`): one's name and a password, then signed in at one's start page. */
export function InvitationPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const nameId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('invitation.title'));

  useEffect(() => {
    if (failure || invalid) failureRef.current?.focus();
  }, [failure, invalid]);

  function show(next: Errors): boolean {
    setErrors(next);
    if (next.displayName) nameRef.current?.focus();
    else if (next.newPassword) passwordRef.current?.focus();
    else if (next.confirmation) confirmationRef.current?.focus();
    return !next.displayName && !next.newPassword && !next.confirmation;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!show(newPasswordErrors(password, confirmation, t))) return;
    try {
      // An empty name keeps the one the inviter entered.
      const { data } = await accept({ variables: { token, password, displayName: displayName.trim() || null } });
      // Signed in now, as this user: whatever was read before is read again.
      await client.resetStore();
      await navigate(homeOf(data!.acceptInvitation.role), { replace: true });
    } catch (error) {
      const info = firstGraphQLError(error);
      const field = info?.code === 'BAD_USER_INPUT' ? info.extensions.field : undefined;
      if (field === 'password') show({ newPassword: inLanguage(info!.message, i18n.language) });
      else if (field === 'displayName') show({ displayName: inLanguage(info!.message, i18n.language) });
      else if (field === 'token') setInvalid(true);
      else setFailure(info ? inLanguage(info.message, i18n.language) : t('common.networkError'));
    }
  }

  return (
    <div className="narrow">
      <h1>{t('invitation.title')}</h1>
      <div ref={failureRef} tabIndex={-1} aria-live="assertive" className={failure || invalid ? 'form-error' : undefined}>
        {invalid ? <p role="alert">{t('invitation.invalid')}</p> : failure && <p role="alert">{failure}</p>}
      </div>
      {!invalid && (
        <>
          <p>{t('invitation.intro')}</p>
          <form className="card form" onSubmit={onSubmit} noValidate aria-busy={loading} aria-label={t('invitation.title')}>
            <div className="field">
              <label htmlFor={nameId}>{t('invitation.name')}</label>
              <p id={`${nameId}-hint`} className="hint">
                {t('invitation.nameHint')}
              </p>
              <input
                ref={nameRef}
                id={nameId}
                type="text"
                autoComplete="name"
                value={displayName}
                onChange={(e) => setDisplayName(e.target.value)}
                aria-invalid={!!errors.displayName}
                aria-describedby={[`${nameId}-hint`, errors.displayName ? `${nameId}-error` : null].filter(Boolean).join(' ')}
              />
              {errors.displayName && (
                <p id={`${nameId}-error`} className="field-error">
                  {errors.displayName}
                </p>
              )}
            </div>
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
            <FormFooter busy={loading} submitLabel={t('invitation.submit')} busyLabel={t('account.changing')} />
          </form>
        </>
      )}
    </div>
  );
}
