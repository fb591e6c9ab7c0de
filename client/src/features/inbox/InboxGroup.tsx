import { fiscalYearLabel } from '@kaizen/shared';
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import type { InboxQuery } from '../../gql/graphql';
import { boardPath } from '../cycles/paths';
import { cycleInboxPath } from '../review/paths';
import { cycleSummaryPath } from '../cycle-summary/paths';
import { ThreadLink } from '../../ui/thread/ThreadLink';
import { reviewPathOf } from '../../ui/thread/threadPath';

type Item = InboxQuery['inbox']['items'][number];

/** One kind of waiting thing in one cycle: its count, and a link to each, or to where they are handled. */
export function InboxGroup({ item, year }: { item: Item; year: string }) {
  const { t } = useTranslation();
  const id = useId();
  const cycleId = item.cycle.id;
  return (
    <section className="card inbox-group" aria-labelledby={id}>
      <h2 id={id}>
        {t(`notifications.kinds.${item.kind}`)} <span className="inbox-count has-items">{t('notifications.count', { count: item.count })}</span>
      </h2>
      <p className="inbox-cycle">{year}</p>
      {item.threads.length > 0 && (
        <ul className="inbox-list">
          {item.threads.map((thread) => (
            <li key={thread.id}>
              <ThreadLink cycleId={cycleId} thread={thread} />
            </li>
          ))}
        </ul>
      )}
      {item.actions.length > 0 && (
        <ul className="inbox-list">
          {item.actions.map((action) => {
            const path = reviewPathOf(cycleId, action);
            return (
              <li key={action.id}>
                {path ? <Link to={path}>{action.description}</Link> : action.description}
                <span className="thread-about">
                  {t('notifications.actionDue', { year: fiscalYearLabel(action.dueFiscalYear), fy: action.dueFiscalYear, status: t(`improvement.statuses.${action.status}`) })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {item.departments.length > 0 && (
        <ul className="inbox-list">
          {item.departments.map((d) => (
            <li key={d.id}>
              <Link to={boardPath(cycleId, d.id)}>{d.name}</Link>
            </li>
          ))}
        </ul>
      )}
      <KindLink item={item} />
    </section>
  );
}

/** Kinds listed as a count only lead to the page where they are handled. */
function KindLink({ item }: { item: Item }) {
  const { t } = useTranslation();
  const cycleId = item.cycle.id;
  if (item.kind === 'ENTRIES_TO_HAND_IN') return <Link to={cycleInboxPath(cycleId)}>{t('notifications.toEntries')}</Link>;
  if (item.kind === 'SUBMISSIONS_TO_CHECK') return <Link to={boardPath(cycleId)}>{t('notifications.toBoard')}</Link>;
  if (item.kind === 'UNRESOLVED_THREADS') return <Link to={cycleSummaryPath(cycleId)}>{t('notifications.toSummary')}</Link>;
  return null;
}
