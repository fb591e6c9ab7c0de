import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { MoveReviewCycleMutation } from '../cycles/MoveCycleControls';
import { errorCode, errorMessage } from '../../ui/graphqlErrors';

type Props = { cycle: { id: string; version: number }; onClosed: () => void };

/** Closing cannot be undone: one click opens a confirmation, a second closes. */
export function CloseCycleButton({ cycle, onClosed }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Whatever kept the cycle open (a thread reopened meanwhile, a newer version) shows on refetch.
  const [close, { loading }] = useMutation(MoveReviewCycleMutation, { refetchQueries: ['CycleSummary', 'CycleThreads'] });

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function onClose() {
    setFailure(null);
    try {
      await close({ variables: { id: cycle.id, to: 'CLOSED', expectedVersion: cycle.version, reason: null } });
      onClosed();
    } catch (error) {
      setConfirming(false);
      setFailure(errorCode(error) === 'CONFLICT' ? t('move.conflict') : errorMessage(error, t));
    }
  }

  return (
    <div className="close-cycle">
      {!confirming ? (
        <button type="button" className="primary" onClick={() => setConfirming(true)}>
          {t('summary.close')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('summary.confirmClose')}</p>
          <button ref={confirmRef} type="button" className="primary" disabled={loading} onClick={() => void onClose()}>
            {loading ? t('common.saving') : t('summary.confirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <div aria-live="polite">
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
      </div>
    </div>
  );
}
