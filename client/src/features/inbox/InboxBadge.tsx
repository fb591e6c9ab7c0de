import { NavLink } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { FollowOpenCycles } from '../live/FollowOpenCycles';
import { useInbox } from './inboxQuery';

/** The header's 受信箱 link with what waits for the viewer; live while any cycle is under review. */
export function InboxBadge() {
  const { t } = useTranslation();
  const { data } = useInbox();
  const total = data?.inbox.total;
  return (
    <>
      <FollowOpenCycles cycles={data?.reviewCyclesIn ?? []} />
      <NavLink className="header-button inbox-link" to="/inbox" aria-label={total === undefined ? t('notifications.title') : t('notifications.badgeLabel', { count: total })}>
        {t('notifications.title')}
        {total !== undefined && (
          <span className={`inbox-count${total > 0 ? ' has-items' : ''}`} aria-hidden="true">
            {total}
          </span>
        )}
      </NavLink>
    </>
  );
}
