import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { firstGraphQLError } from '../../ui/graphqlErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ACCOUNT_PATH } from '../account/paths';
import { homeOf, safeNext } from './paths';
import { useViewer } from './viewer';
import { RequiredMark } from '../../ui/RequiredMark';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      role
      mustChangePassword
    }
  }
`);

type FieldErrors = { email?: string; password?: string };

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { viewer } = useViewer();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const ids = { email: useId(), password: useId(), emailError: useId(), passwordError: useId() };
  const reason = params.get('reason');
  const next = safeNext(params.get('next'));
  useDocumentTitle(t('auth.signIn'));

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldErrors = {
      email: email.trim() ? undefined : t('auth.emailRequired'),
      password: password ? undefined : t('auth.passwordRequired'),
    };
    setFieldErrors(errors);
    setFailure(null);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      // Whatever was read while signed out (or as someone else) is dropped and read again.
      await client.resetStore();
      // The initial administrator changes the password before anything else (the server refuses the rest).
      navigate(data!.signIn.mustChangePassword ? ACCOUNT_PATH : (next ?? homeOf(data!.signIn.role)), { replace: true });
    } catch (error) {
      setPassword('');
      setFailure(failureMessage(error, t));
    }
  }

  return (
    <div className="narrow">
      <h1>{t('auth.signIn')}</h1>
      {reason === 'expired' && (
        <p className="notice" role="status">
          {t('auth.expired')}
        </p>
      )}
      {reason === 'required' && (
        <p className="notice" role="status">
          {t('auth.required')}
        </p>
      )}
      {viewer && (
        <p className="notice">
          {t('auth.alreadySignedIn', { name: viewer.displayName })} <Link to={homeOf(viewer.role)}>{t('auth.goHome')}</Link>
        </p>
      )}
      <div ref={failureRef} tabIndex={-1} aria-live="assertive" className={failure ? 'form-error' : undefined}>
        {failure && <p role="alert">{failure}</p>}
      </div>
      <form className="card form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <div className="field">
          <label htmlFor={ids.email}>
            {t('auth.email')}
            <RequiredMark />
          </label>
          <input
            ref={emailRef}
            id={ids.email}
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={!!fieldErrors.email}
            aria-required
            aria-describedby={fieldErrors.email ? ids.emailError : undefined}
          />
          {fieldErrors.email && (
            <p id={ids.emailError} className="field-error">
              {fieldErrors.email}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.password}>
            {t('auth.password')}
            <RequiredMark />
          </label>
          <input
            ref={passwordRef}
            id={ids.password}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={!!fieldErrors.password}
            aria-required
            aria-describedby={fieldErrors.password ? ids.passwordError : undefined}
          />
          {fieldErrors.password && (
            <p id={ids.passwordError} className="field-error">
              {fieldErrors.password}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </div>
      </form>
      <p className="muted">{t('auth.browseWithout')}</p>
    </div>
  );
}

function failureMessage(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  const info = firstGraphQLError(error);
  if (!info) return t('common.networkError');
  if (info.code === 'UNAUTHENTICATED') return t('auth.badCredentials');
  if (info.code === 'TOO_MANY_ATTEMPTS') {
    const seconds = Number(info.extensions.retryAfterSeconds) || 15 * 60;
    return t('auth.tooManyAttempts', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  return t('common.unexpected');
}
