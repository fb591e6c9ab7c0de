import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../app/i18n';
import { FormFooter } from './FormFooter';
import { firstGraphQLError, type GraphQLErrorInfo } from './graphqlErrors';
import { MIN_PASSWORD_LENGTH, newPasswordErrors } from './newPasswordRules';
import { PasswordField } from './PasswordField';
import { inLanguage } from './serverMessage';

type Props = {
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  busy: boolean;
  /** Sends the new password; throws when refused. */
  onSubmit(password: string): Promise<void>;
  /** A refusal the page explains itself (a link no longer valid, its own field): true when it did. */
  onRefused?(info: GraphQLErrorInfo): boolean;
  /** The page's own fields, before the password (the invitation's name). */
  children?: ReactNode;
};

/**
 * Choosing a password from a link (an invitation, a reset): the password twice, checked here by the
 * server's rules first; the server's refusal of the password beside it, any other above the form.
 */
export function SetPasswordForm({ label, submitLabel, busy, onSubmit, onRefused, children }: Props) {
  const { t, i18n } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ newPassword?: string; confirmation?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  function show(next: typeof errors): boolean {
    setErrors(next);
    if (next.newPassword) passwordRef.current?.focus();
    else if (next.confirmation) confirmationRef.current?.focus();
    return !next.newPassword && !next.confirmation;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!show(newPasswordErrors(password, confirmation, t))) return;
    try {
      await onSubmit(password);
    } catch (error) {
      const info = firstGraphQLError(error);
      if (info && onRefused?.(info)) return;
      if (info?.code === 'BAD_USER_INPUT' && info.extensions.field === 'password') show({ newPassword: inLanguage(info.message, i18n.language) });
      else setFailure(info ? inLanguage(info.message, i18n.language) : t('common.networkError'));
    }
  }

  return (
    <>
      <div ref={failureRef} tabIndex={-1} aria-live="assertive" className={failure ? 'form-error' : undefined}>
        {failure && <p role="alert">{failure}</p>}
      </div>
      <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy} aria-label={label}>
        {children}
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
        <FormFooter busy={busy} submitLabel={submitLabel} busyLabel={t('account.changing')} />
      </form>
    </>
  );
}
