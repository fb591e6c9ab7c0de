import { useQuery } from '@apollo/client/react';
import { Link, Navigate, useLocation } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { strategyRevisionsPath } from './paths';

const RevisionStrategiesQuery = graphql(`
  query RevisionStrategies {
    strategies {
      id
      title
    }
  }
`);

/** The main menu's 計画の改訂: the revisions of the one plan, or a choice of plans. */
export function RevisionsIndexPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(RevisionStrategiesQuery);
  // From an improvement action (?fromAction=…): kept for the chosen plan's new-draft form.
  const { search } = useLocation();
  useDocumentTitle(t('planRevisions.title'));
  if (!data) return <QueryStatus loading={loading} error={error} />;
  if (data.strategies.length === 1) return <Navigate to={strategyRevisionsPath(data.strategies[0].id) + search} replace />;
  return (
    <>
      <h1>{t('planRevisions.title')}</h1>
      {data.strategies.length === 0 ? (
        <p>{t('strategy.empty')}</p>
      ) : (
        <ul className="card-list">
          {data.strategies.map((s) => (
            <li key={s.id} className="card">
              <Link to={strategyRevisionsPath(s.id) + search}>{t('planRevisions.ofStrategy', { title: s.title })}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
