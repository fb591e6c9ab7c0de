import { Link } from 'react-router';
import { useTranslation } from '../app/i18n';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFound'));
  return (
    <div className="error-panel" role="alert">
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.noSuchPage')}</p>
      <Link to="/">{t('common.backHome')}</Link>
    </div>
  );
}
