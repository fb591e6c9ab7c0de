import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import type { SubmissionStatus } from '../../gql/graphql';
import { TextField } from '../../ui/TextField';

/** What the board decides about one entry: the same for an actual and a measure report. */
export type Decision = {
  canDecide: boolean;
  busy: boolean;
  onAccept: () => void;
  onReturn: (reason: string) => Promise<boolean>;
  /** Ticked for the bulk accept; shown for a submitted entry only. */
  selected: boolean;
  onSelect: (selected: boolean) => void;
};

type Props = Decision & {
  /** The card's id prefix (useId): buttons are described by `${id}-name`. */
  id: string;
  status: SubmissionStatus | null | undefined;
};

/** Accept, return with a reason (required), and the tick for the bulk accept: the same for an actual and a measure report. */
export function DecisionControls({ id, status, canDecide, busy, onAccept, onReturn, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const mayAccept = canDecide && status === 'SUBMITTED';
  const mayReturn = canDecide && (status === 'SUBMITTED' || status === 'ACCEPTED');

  // Opening the return form puts the keyboard in its reason.
  useEffect(() => {
    if (returning) reasonRef.current?.focus();
  }, [returning]);

  async function submitReturn(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonMissing(true);
      reasonRef.current?.focus();
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
          <TextField ref={reasonRef} label={t('decision.reason')} rows={2} required value={reason} onChange={setReason} error={reasonMissing ? t('decision.reasonRequired') : undefined} />
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
