import { useQuery } from '@apollo/client/react';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { CycleState, OpenItemsDialog_EntriesFragment as Entries, OpenItemsDialog_ThreadsFragment as Threads } from '../../gql/graphql';
import { QueryStatus } from '../QueryStatus';
import { ConfirmDialog } from '../ConfirmDialog';
import { goalReviewPath, measureReviewPath, threadHash } from '../../features/council-review/paths';
import { reportEntryPath } from '../../features/measure-report/paths';
import { entryPath } from '../../features/review/paths';
import { boardPath } from '../../features/cycles/paths';

export const OpenItemsDialog_EntriesFragment = graphql(`
  fragment OpenItemsDialog_entries on OpenEntries {
    total
    items {
      id
      code
      title
      departments {
        id
        name
      }
    }
  }
`);

export const OpenItemsDialog_ThreadsFragment = graphql(`
  fragment OpenItemsDialog_threads on OpenThreads {
    total
    items {
      id
      kind
      about
      measureId
      goalId
    }
  }
`);

const CycleOpenItemsQuery = graphql(`
  query CycleOpenItems($id: ID!) {
    reviewCycle(id: $id) {
      id
      openItems {
        actualsMissing {
          ...OpenItemsDialog_entries
        }
        actualDrafts {
          ...OpenItemsDialog_entries
        }
        actualsReturned {
          ...OpenItemsDialog_entries
        }
        actualsSubmitted {
          ...OpenItemsDialog_entries
        }
        reportsMissing {
          ...OpenItemsDialog_entries
        }
        reportDrafts {
          ...OpenItemsDialog_entries
        }
        reportsReturned {
          ...OpenItemsDialog_entries
        }
        reportsSubmitted {
          ...OpenItemsDialog_entries
        }
        threadsAwaitingResponse {
          ...OpenItemsDialog_threads
        }
        threadsUnresolved {
          ...OpenItemsDialog_threads
        }
      }
    }
  }
`);

const ACTUAL_KINDS = ['actualsMissing', 'actualDrafts', 'actualsReturned', 'actualsSubmitted'] as const;
const REPORT_KINDS = ['reportsMissing', 'reportDrafts', 'reportsReturned', 'reportsSubmitted'] as const;
const THREAD_KINDS = ['threadsAwaitingResponse', 'threadsUnresolved'] as const;

type Props = {
  cycleId: string;
  /** Where the cycle is to move; CLOSED asks as closing does (it cannot be undone). */
  to: CycleState;
  open: boolean;
  busy: boolean;
  /** Why the move failed, shown in the dialog so the planning division can cancel or retry. */
  failure: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Before the planning division moves a cycle on: what is still open, by kind, each item linked
 * to where it is done, and a confirmation naming the counts. The server refuses only what it must
 * (closing with open threads): the rest is the planning division's call, so this asks, never blocks.
 * A native modal <dialog>: the page behind is inert, Escape cancels, focus goes back to the opener.
 */
export function OpenItemsDialog({ cycleId, to, open, busy, failure, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CycleOpenItemsQuery, { variables: { id: cycleId }, skip: !open, fetchPolicy: 'network-only' });
  const items = open ? data?.reviewCycle.openItems : undefined;

  const state = t(`cycle.states.${to}`);
  const counts = items
    ? [...ACTUAL_KINDS, ...REPORT_KINDS, ...THREAD_KINDS].filter((k) => items[k].total > 0).map((k) => t(`openItems.kinds.${k}`, { count: items[k].total }))
    : [];
  const question = !items
    ? ''
    : counts.length === 0
      ? t(to === 'CLOSED' ? 'openItems.noneClose' : 'openItems.none', { state })
      : t(to === 'CLOSED' ? 'openItems.confirmClose' : 'openItems.confirm', { list: counts.join(t('openItems.separator')), state });

  return (
    <ConfirmDialog
      open={open}
      heading={to === 'CLOSED' ? t('openItems.headingClose') : t('openItems.heading', { state })}
      question={question}
      confirmLabel={to === 'CLOSED' ? t('openItems.close') : t('openItems.proceed')}
      busy={busy}
      ready={!!items}
      failure={failure}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {!items ? (
        <QueryStatus loading={loading || (open && !error)} error={error} />
      ) : (
        <>
          {ACTUAL_KINDS.some((k) => items[k].total > 0) && (
            <KindGroup heading={t('openItems.actuals')} board={boardPath(cycleId)}>
              {ACTUAL_KINDS.map((k) => (
                <EntryList key={k} kind={k} entries={items[k]} pathOf={(item) => entryPath(cycleId, item.id)} />
              ))}
            </KindGroup>
          )}
          {REPORT_KINDS.some((k) => items[k].total > 0) && (
            <KindGroup heading={t('openItems.reports')} board={boardPath(cycleId)}>
              {REPORT_KINDS.map((k) => (
                <EntryList key={k} kind={k} entries={items[k]} pathOf={(item) => reportEntryPath(cycleId, item.id)} />
              ))}
            </KindGroup>
          )}
          {THREAD_KINDS.some((k) => items[k].total > 0) && (
            <KindGroup heading={t('openItems.threads')}>
              {THREAD_KINDS.map((k) => (
                <ThreadList key={k} kind={k} cycleId={cycleId} threads={items[k]} />
              ))}
            </KindGroup>
          )}
        </>
      )}
    </ConfirmDialog>
  );
}


function KindGroup({ heading, board, children }: { heading: string; board?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="open-items-group" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {children}
      {board && (
        <p>
          <Link to={board}>{t('openItems.toBoard')}</Link>
        </p>
      )}
    </section>
  );
}

/** Items worth reading one by one; only a short list starts open, so every kind (and its count) stays in view. */
const OPEN_UP_TO = 10;

function Kind({ label, total, children }: { label: string; total: number; children: ReactNode }) {
  return (
    <details className="open-items-kind" open={total <= OPEN_UP_TO}>
      <summary>{label}</summary>
      {children}
    </details>
  );
}

function More({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  return total > shown ? <p className="open-items-more">{t('openItems.more', { count: total - shown })}</p> : null;
}

function EntryList({ kind, entries, pathOf }: { kind: string; entries: Entries; pathOf: (item: Entries['items'][number]) => string }) {
  const { t } = useTranslation();
  if (entries.total === 0) return null;
  return (
    <Kind label={t(`openItems.kinds.${kind}`, { count: entries.total })} total={entries.total}>
      <ul className="open-items-list">
        {entries.items.map((item) => (
          <li key={item.id}>
            <Link to={pathOf(item)}>{item.code ? `${item.code} ${item.title}` : item.title}</Link>
            <span className="open-items-who">{item.departments.length ? item.departments.map((d) => d.name).join('・') : t('board.own')}</span>
          </li>
        ))}
      </ul>
      <More shown={entries.items.length} total={entries.total} />
    </Kind>
  );
}

function ThreadList({ kind, cycleId, threads }: { kind: string; cycleId: string; threads: Threads }) {
  const { t } = useTranslation();
  if (threads.total === 0) return null;
  return (
    <Kind label={t(`openItems.kinds.${kind}`, { count: threads.total })} total={threads.total}>
      <ul className="open-items-list">
        {threads.items.map((thread) => {
          const path = thread.measureId ? measureReviewPath(cycleId, thread.measureId) : thread.goalId ? goalReviewPath(cycleId, thread.goalId) : null;
          const label = `${t(`notifications.threadKinds.${thread.kind}`)}：${thread.about}`;
          return <li key={thread.id}>{path ? <Link to={path + threadHash(thread.id)}>{label}</Link> : label}</li>;
        })}
      </ul>
      <More shown={threads.items.length} total={threads.total} />
    </Kind>
  );
}
