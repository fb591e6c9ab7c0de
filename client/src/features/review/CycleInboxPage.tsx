import { Link, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CycleInbox } from './CycleInbox';

/** One cycle (e.g. a closed one) on its own page. */
export function CycleInboxPage() {
  const { t } = useTranslation();
  const { cycleId = '' } = useParams();
  useDocumentTitle(t('inbox.title'));
  return (
    <>
      <p className="eyebrow">
        <Link to="/review">{t('inbox.title')}</Link>
      </p>
      <CycleInbox cycleId={cycleId} headingLevel={1} />
    </>
  );
}
