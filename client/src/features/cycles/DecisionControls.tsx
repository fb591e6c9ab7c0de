import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import type { SubmissionStatus } from '../../gql/graphql';

type Props = {
  /** The card's id prefix (useId): buttons are described by `${id}-name`. */
  id: string;
  status: SubmissionStatus | null | undefined;
  canDecide: boolean;
  busy: boolean;
  onAccept: () => void;
  onReturn: (reason: string) => Promise<boolean>;
  /** Ticked for the bulk accept; shown for a submitted entry only. */
  selected: boolean;
  onSelect: (selected: boolean) => void;
};

/** Accept, return with a reason (required), and the tick for the bulk accept: the same for an actual and a measure report. */
export function DecisionControls({ id, status, canDecide, busy, onAccept, onReturn, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const mayAccept = canDecide && status === 'SUBMITTED';
  const mayReturn = canDecide && (status === 'SUBMITTED' || status === 'ACCEPTED');

  async function submitReturn(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonMissing(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    if (!(await onReturn(reason.trim()))) return;
    setReturning(false);
    setReason('');
  }

  return (
    <>
      {mayAccept && (
        <p className="bulk-pick">
          <label>
            <input type="checkbox" checked={selected} disabled={busy} onChange={(e) => onSelect(e.target.checked)} aria-describedby={`${id}-name`} />
            {t('decision.pick')}
          </label>
        </p>
      )}
      {(mayAccept || mayReturn) && !returning && (
        <div className="actions">
          {mayAccept && (
            <button type="button" className="primary" disabled={busy} onClick={onAccept} aria-describedby={`${id}-name`}>
              {busy ? t('common.saving') : t('decision.accept')}
            </button>
          )}
          {mayReturn && (
            <button type="button" disabled={busy} onClick={() => setReturning(true)} aria-describedby={`${id}-name`}>
              {t('decision.return')}
            </button>
          )}
        </div>
      )}
      {returning && (
        <form className="return-form" onSubmit={(e) => void submitReturn(e)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('decision.reason')}</label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              autoFocus
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonMissing}
              aria-describedby={reasonMissing ? `${id}-reason-error` : undefined}
            />
            {reasonMissing && (
              <p id={`${id}-reason-error`} className="field-error">
                {t('decision.reasonRequired')}
              </p>
            )}
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('common.saving') : t('decision.confirmReturn')}
            </button>
            <button type="button" onClick={() => setReturning(false)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
