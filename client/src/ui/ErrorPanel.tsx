import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { Link } from 'react-router';
import { useTranslation } from '../app/i18n';

function isNotFound(error: ErrorLike): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
}

/** What went wrong with a query, in words, with a way home. */
export function ErrorPanel({ error }: { error: ErrorLike }) {
  const { t } = useTranslation();
  const messages = CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.message) : [error.message];
  return (
    <div className="error-panel" role="alert">
      <h1>{isNotFound(error) ? t('common.notFound') : t('common.error')}</h1>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <Link to="/">{t('common.backHome')}</Link>
    </div>
  );
}
