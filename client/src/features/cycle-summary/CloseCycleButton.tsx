import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { MoveReviewCycleMutation } from '../../ui/cycle/MoveCycleControls';
import { OpenItemsDialog } from '../../ui/cycle/OpenItemsDialog';
import { errorCode, errorMessage } from '../../ui/graphqlErrors';

type Props = { cycle: { id: string; version: number }; onClosed: () => void };

/** Closing cannot be undone: one click shows what is still open and asks, a second closes. */
export function CloseCycleButton({ cycle, onClosed }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Whatever kept the cycle open (a thread reopened meanwhile, a newer version) shows on refetch.
  const [close, { loading }] = useMutation(MoveReviewCycleMutation, { refetchQueries: ['CycleSummary', 'CycleThreads'] });

  async function onClose() {
    setFailure(null);
    try {
      await close({ variables: { id: cycle.id, to: 'CLOSED', expectedVersion: cycle.version, reason: null } });
      onClosed();
    } catch (error) {
      setFailure(errorCode(error) === 'CONFLICT' ? t('move.conflict') : errorMessage(error, t));
    }
  }

  return (
    <div className="close-cycle">
      <button
        type="button"
        className="primary"
        aria-haspopup="dialog"
        onClick={() => {
          setFailure(null);
          setConfirming(true);
        }}
      >
        {t('summary.close')}
      </button>
      <OpenItemsDialog cycleId={cycle.id} to="CLOSED" open={confirming} busy={loading} failure={failure} onConfirm={() => void onClose()} onCancel={() => setConfirming(false)} />
    </div>
  );
}
