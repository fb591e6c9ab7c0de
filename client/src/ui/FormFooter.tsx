import { useTranslation } from '../app/i18n';

type Props = { error?: string | null; busy: boolean; submitLabel: string; busyLabel?: string; onCancel?: () => void };

/** What a form says went wrong as a whole, then send (and maybe cancel); while busy the button says busyLabel (default: sending). */
export function FormFooter({ error, busy, submitLabel, busyLabel, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? (busyLabel ?? t('threads.sending')) : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
