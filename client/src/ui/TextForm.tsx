import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../app/i18n';
import { FormFooter } from './FormFooter';
import { fieldMessage, formErrorOf, formMessage, type FormError } from './formError';
import { TextField } from './TextField';

type Props = {
  label: string;
  submitLabel: string;
  /** The server's name of the text field, for its BAD_USER_INPUT errors. */
  field?: string;
  initial?: string;
  hint?: string;
  /** Throws what the server refused; the text stays as typed. */
  onSubmit: (text: string) => Promise<void>;
  onCancel?: () => void;
  focusOnOpen?: boolean;
  /** Fields before the text (e.g. the kind of a comment). */
  children?: ReactNode;
};

/** One text to send (a comment, a reply, an edit, a reason): keeps it until the server takes it. */
export function TextForm({ label, submitLabel, field = 'body', initial = '', hint, onSubmit, onCancel, focusOnOpen, children }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOnOpen) input.current?.focus();
  }, [focusOnOpen]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError({ field, message: t('threads.empty'), code: undefined });
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(text);
      setText('');
    } catch (e) {
      const refused = formErrorOf(e, t);
      setError(refused);
      if (refused.field === field) input.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  const general = formMessage(error, [field]);
  return (
    <form className="form thread-form" onSubmit={submit} noValidate aria-busy={busy}>
      {children}
      <TextField ref={input} label={label} value={text} onChange={setText} error={fieldMessage(error, field)} hint={hint} required />
      <FormFooter error={general} busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
