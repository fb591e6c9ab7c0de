import { useMutation } from '@apollo/client/react';
import { cycleStates } from '@kaizen/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { CycleState } from '../../gql/graphql';
import { errorCode, errorMessage } from '../graphqlErrors';
import { TextField } from '../TextField';
import { OpenItemsDialog } from './OpenItemsDialog';

export const MoveReviewCycleMutation = graphql(`
  mutation MoveReviewCycle($id: ID!, $to: CycleState!, $expectedVersion: Int!, $reason: String) {
    moveReviewCycle(id: $id, to: $to, expectedVersion: $expectedVersion, reason: $reason) {
      id
      state
      version
      lastMoveBackReason
      lastMovedBackAt
    }
  }
`);

type Props = { cycle: { id: string; state: CycleState; version: number }; onStale: () => void };

/**
 * Forward one step; back to an earlier step with a reason. Past 実績入力中 a move forward first
 * shows what is still open and asks (closing, besides, cannot be undone); opening the entry does not.
 */
export function MoveCycleControls({ cycle, onStale }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [move, { loading }] = useMutation(MoveReviewCycleMutation);
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const result = useRef<HTMLParagraphElement>(null);
  const [backTo, setBackTo] = useState<CycleState | ''>('');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const index = cycleStates.indexOf(cycle.state);
  const next = cycle.state === 'CLOSED' ? null : (cycleStates[index + 1] ?? null);
  const earlier = cycle.state === 'CLOSED' ? [] : cycleStates.slice(0, index);

  // The move's result takes focus (after the dialog gave it back to its opener), so it is read out where the keyboard now is.
  useEffect(() => {
    if (message?.kind === 'ok') result.current?.focus();
  }, [message]);

  async function run(to: CycleState, why: string | null) {
    setMessage(null);
    setFailure(null);
    try {
      await move({ variables: { id: cycle.id, to, expectedVersion: cycle.version, reason: why } });
      setAsking(false);
      setMessage({ kind: 'ok', text: t('move.moved', { state: t(`cycle.states.${to}`) }) });
      setReason('');
      setBackTo('');
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') onStale();
      const text = errorCode(error) === 'CONFLICT' ? t('move.conflict') : errorMessage(error, t);
      if (asking) setFailure(text);
      else setMessage({ kind: 'error', text });
    }
  }

  function onBack(event: FormEvent) {
    event.preventDefault();
    const to = backTo || earlier[earlier.length - 1];
    if (!reason.trim()) {
      setReasonMissing(true);
      reasonRef.current?.focus();
      return;
    }
    setReasonMissing(false);
    void run(to, reason.trim());
  }

  return (
    <section className="card move" aria-labelledby={`${id}-heading`} aria-busy={loading}>
      <h2 id={`${id}-heading`}>{t('move.heading')}</h2>
      {cycle.state === 'CLOSED' && <p>{t('move.closed')}</p>}
      {next && (
        <button
          type="button"
          className="primary"
          disabled={loading}
          aria-haspopup={next === 'COLLECTING' ? undefined : 'dialog'}
          onClick={() => {
            setMessage(null);
            setFailure(null);
            if (next === 'COLLECTING') void run(next, null);
            else setAsking(true);
          }}
        >
          {loading && !asking ? t('common.saving') : next === 'CLOSED' ? t('summary.close') : t('move.forward', { state: t(`cycle.states.${next}`) })}
        </button>
      )}
      {next && next !== 'COLLECTING' && (
        <OpenItemsDialog
          cycleId={cycle.id}
          to={next}
          open={asking}
          busy={loading}
          failure={failure}
          onConfirm={() => void run(next, null)}
          onCancel={() => setAsking(false)}
        />
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
            <TextField ref={reasonRef} label={t('move.reason')} rows={2} required value={reason} onChange={setReason} error={reasonMissing ? t('move.reasonRequired') : undefined} />
            <button type="submit" disabled={loading}>
              {loading ? t('common.saving') : t('move.back')}
            </button>
          </form>
        </details>
      )}
      <div aria-live="polite">
        {message && (
          <p ref={result} tabIndex={-1} className={message.kind === 'error' ? 'form-error' : 'ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
    </section>
  );
}
