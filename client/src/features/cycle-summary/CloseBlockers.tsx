import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { CycleState } from '../../gql/graphql';
import { QueryStatus } from '../../ui/QueryStatus';
import { ThreadLink } from '../../ui/thread/ThreadLink';
import { CloseCycleButton } from './CloseCycleButton';

const CycleThreadsQuery = graphql(`
  query CycleThreads($cycleId: ID!) {
    reviewThreads(cycleId: $cycleId) {
      ...ThreadLink_thread
      awaitingResponse
    }
  }
`);

type Props = { cycle: { id: string; state: CycleState; version: number }; canClose: boolean; onClosed: () => void };

/**
 * Before closing: the server closes a cycle only from 対応の検討中 and when no thread is open
 * (each resolved, or left with a reason), so the page lists exactly those, each with a link.
 */
export function CloseBlockers({ cycle, canClose, onClosed }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { data, loading, error } = useQuery(CycleThreadsQuery, { variables: { cycleId: cycle.id }, fetchPolicy: 'cache-and-network' });
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const open = data.reviewThreads.filter((th) => th.status === 'OPEN');
  const ready = cycle.state === 'RESPONDING' && open.length === 0;
  return (
    <section className="card close-blockers" aria-labelledby={id}>
      <h2 id={id}>{t('summary.closeHeading')}</h2>
      {cycle.state !== 'RESPONDING' && <p>{t('summary.notYetResponding', { state: t('cycle.states.RESPONDING') })}</p>}
      {open.length > 0 ? (
        <>
          <p>{t('summary.openThreads', { count: open.length })}</p>
          <ul className="inbox-list">
            {open.map((thread) => (
              <li key={thread.id}>
                <ThreadLink cycleId={cycle.id} thread={thread} />
                {thread.awaitingResponse && <span className="awaiting">{t('summary.awaitingResponse')}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('summary.noOpenThreads')}</p>
      )}
      {canClose && ready && <CloseCycleButton cycle={cycle} onClosed={onClosed} />}
    </section>
  );
}
