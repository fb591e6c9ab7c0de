import { useTranslation } from '../../../app/i18n';
import type { ThreadView_ThreadFragment } from '../../../gql/graphql';

/** Where a thread stands, in words: 未解決 / 解決済み / 対応不要, whom it waits for, 未読. */
export function ThreadBadges({ thread }: { thread: ThreadView_ThreadFragment }) {
  const { t } = useTranslation();
  const answered = new Set(thread.responses.map((r) => r.department?.id ?? null));
  const waitingFor = thread.responsibleDepartments.length
    ? thread.responsibleDepartments.filter((d) => !answered.has(d.id)).map((d) => d.name)
    : answered.has(null)
      ? []
      : [t('roles.PLANNING')];
  return (
    <p className="thread-badges">
      <span className={`status thread-status-${thread.status.toLowerCase()}`}>{t(`threads.statuses.${thread.status}`)}</span>
      {thread.awaitingResponse && thread.status === 'OPEN' && <span className="status awaiting">{t('threads.awaiting', { names: waitingFor.join('、') })}</span>}
      {thread.unread && <span className="badge unread">{t('threads.unread')}</span>}
    </p>
  );
}
