import { useMutation } from '@apollo/client/react';
import { cycleStates } from '@kaizen/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { CycleState } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../ui/graphqlErrors';

export const MoveReviewCycleMutation = graphql(`
  mutation MoveReviewCycle($id: ID!, $to: CycleState!, $expectedVersion: Int!, $reason: String) {
    moveReviewCycle(id: $id, to: $to, expectedVersion: $expectedVersion, reason: $reason) {
      id
      state
      version
    }
  }
`);

type Props = { cycle: { id: string; state: CycleState; version: number }; onStale: () => void };

/** Forward one step; back to an earlier step with a reason. Closing asks once more: it cannot be undone. */
export function MoveCycleControls({ cycle, onStale }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [move, { loading }] = useMutation(MoveReviewCycleMutation);
  const [confirmClose, setConfirmClose] = useState(false);
  const [backTo, setBackTo] = useState<CycleState | ''>('');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const index = cycleStates.indexOf(cycle.state);
  const next = cycle.state === 'CLOSED' ? null : (cycleStates[index + 1] ?? null);
  const earlier = cycle.state === 'CLOSED' ? [] : cycleStates.slice(0, index);

  async function run(to: CycleState, why: string | null) {
    setMessage(null);
    try {
      await move({ variables: { id: cycle.id, to, expectedVersion: cycle.version, reason: why } });
      setMessage({ kind: 'ok', text: t('move.moved', { state: t(`cycle.states.${to}`) }) });
      setConfirmClose(false);
      setReason('');
      setBackTo('');
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') onStale();
      setMessage({ kind: 'error', text: errorCode(error) === 'CONFLICT' ? t('move.conflict') : errorMessage(error, t) });
    }
  }

  function onBack(event: FormEvent) {
    event.preventDefault();
    const to = backTo || earlier[earlier.length - 1];
    if (!reason.trim()) {
      setReasonMissing(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setReasonMissing(false);
    void run(to, reason.trim());
  }

  return (
    <section className="card move" aria-labelledby={`${id}-heading`} aria-busy={loading}>
      <h2 id={`${id}-heading`}>{t('move.heading')}</h2>
      {cycle.state === 'CLOSED' && <p>{t('move.closed')}</p>}
      {next && !confirmClose && (
        <button type="button" className="primary" disabled={loading} onClick={() => (next === 'CLOSED' ? setConfirmClose(true) : void run(next, null))}>
          {loading ? t('common.saving') : t('move.forward', { state: t(`cycle.states.${next}`) })}
        </button>
      )}
      {next === 'CLOSED' && confirmClose && (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('move.confirmClose')}</p>
          <button type="button" className="primary" disabled={loading} onClick={() => void run('CLOSED', null)}>
            {loading ? t('common.saving') : t('move.close')}
          </button>{' '}
          <button type="button" onClick={() => setConfirmClose(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {earlier.length > 0 && (
        <details className="move-back">
          <summary>{t('move.backSummary')}</summary>
          <form onSubmit={onBack} noValidate>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('move.backTo')}</label>
              <select id={`${id}-to`} value={backTo || earlier[earlier.length - 1]} onChange={(e) => setBackTo(e.target.value as CycleState)}>
                {[...earlier].reverse().map((s) => (
                  <option key={s} value={s}>
                    {t(`cycle.states.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-reason`}>{t('move.reason')}</label>
              <textarea
                id={`${id}-reason`}
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={reasonMissing}
                aria-describedby={reasonMissing ? `${id}-reason-error` : undefined}
              />
              {reasonMissing && (
                <p id={`${id}-reason-error`} className="field-error">
                  {t('move.reasonRequired')}
                </p>
              )}
            </div>
            <button type="submit" disabled={loading}>
              {loading ? t('common.saving') : t('move.back')}
            </button>
          </form>
        </details>
      )}
      <div aria-live="polite">
        {message && (
          <p className={message.kind === 'error' ? 'form-error' : 'ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
    </section>
  );
}
