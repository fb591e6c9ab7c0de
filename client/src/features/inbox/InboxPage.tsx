import { fiscalYearLabel } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { InboxGroup } from './InboxGroup';
import { useInbox } from './inboxQuery';

/** Everything waiting for the viewer, by cycle and kind, each with a way to it. */
export function InboxPage() {
  const { t } = useTranslation();
  // Shares the header's query (its polling and live refetches keep this page current too).
  const { data, loading, error } = useInbox();
  useDocumentTitle(t('notifications.title'));
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      {!data ? (
        <QueryStatus loading={loading} error={error} />
      ) : data.inbox.items.length === 0 ? (
        <p className="notice">{t('notifications.empty')}</p>
      ) : (
        <>
          <p className="lead">{t('notifications.lead', { count: data.inbox.total })}</p>
          {data.inbox.items.map((item) => (
            <InboxGroup key={`${item.cycle.id}-${item.kind}`} item={item} year={t('notifications.cycle', { year: fiscalYearLabel(item.cycle.fiscalYear), fy: item.cycle.fiscalYear })} />
          ))}
        </>
      )}
    </>
  );
}
