import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { ActualValueText } from '../review/ActualValueText';
import { entryPath } from '../review/paths';
import { StatusBadge } from '../review/StatusBadge';
import { WhoWhen } from '../review/WhoWhen';
import type { DepartmentAssignment } from './DepartmentDetail';

type Props = {
  cycleId: string;
  item: DepartmentAssignment;
  canDecide: boolean;
  busy: boolean;
  onAccept: () => void;
  onReturn: (reason: string) => Promise<boolean>;
};

/** One indicator's entry as the planning division checks it, with accept and return (with a reason). */
export function DecisionItem({ cycleId, item, canDecide, busy, onAccept, onReturn }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { indicator, actual } = item;
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const status = actual?.status;
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
    <li className="card decision" aria-labelledby={`${id}-name`}>
      <div className="decision-head">
        <h4 id={`${id}-name`}>
          <span className="code">{indicator.key}</span>
          <Link to={entryPath(cycleId, indicator.id)}>{indicator.name}</Link>
        </h4>
        <StatusBadge status={status} />
      </div>
      <dl className="inline-dl">
        <div className="inline-dl-item">
          <dt>{t('entry.value')}</dt>
          <dd>
            <ActualValueText actual={actual} unit={indicator.unit} />
          </dd>
        </div>
        <div className="inline-dl-item">
          <dt>{t('indicator.target')}</dt>
          <dd>{indicator.target.text}</dd>
        </div>
      </dl>
      {actual && (
        <p className="who-line">
          <WhoWhen user={actual.updatedByUser} at={actual.updatedAt} />
        </p>
      )}
      {actual?.note && <p className="pre-wrap">{actual.note}</p>}
      {actual && actual.evidenceLinks.length > 0 && (
        <ul className="plain-list small">
          {actual.evidenceLinks.map((l) => (
            <li key={l}>
              <a href={l} target="_blank" rel="noreferrer noopener">
                {l}
              </a>
            </li>
          ))}
        </ul>
      )}
      {status === 'RETURNED' && actual?.returnReason && (
        <p>
          <strong>{t('actual.returnReason')}：</strong>
          {actual.returnReason}
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
    </li>
  );
}
