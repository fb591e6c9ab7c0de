import { CombinedGraphQLErrors, type ApolloClient, type ErrorLike } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../app/i18n';
import { isNetworkError } from './graphqlErrors';

/** How often the page is read again while the server cannot be reached. */
const RETRY_EVERY_MS = 5_000;

/** Every query on show, read again; still unreachable, the panel stays and tries later. */
const readAgain = (client: ApolloClient) => void client.refetchQueries({ include: 'active' }).catch(() => undefined);

function isNotFound(error: ErrorLike): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
}

/**
 * What went wrong with a query, in words, with a way home. No answer at all is said so (not as a
 * refusal, not as "sign in"), with 再試行; the page's queries are also read again when the browser
 * comes back online and every few seconds, and the panel gives way once they have their answer.
 * Writes are never repeated by themselves: one may have been done already.
 */
export function ErrorPanel({ error }: { error: ErrorLike }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const unreachable = isNetworkError(error);

  useEffect(() => {
    if (!unreachable) return;
    const retry = () => readAgain(client);
    const timer = setInterval(retry, RETRY_EVERY_MS);
    addEventListener('online', retry);
    return () => {
      clearInterval(timer);
      removeEventListener('online', retry);
    };
  }, [unreachable, client]);

  if (unreachable) {
    return (
      <div className="error-panel" role="alert">
        <p>{t('common.networkError')}</p>
        <button type="button" className="primary" onClick={() => readAgain(client)}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
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
