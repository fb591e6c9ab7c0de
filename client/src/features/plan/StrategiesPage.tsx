import { useQuery } from '@apollo/client/react';
import { Link, Navigate } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { PeriodText } from './PeriodText';

const StrategiesQuery = graphql(`
  query Strategies {
    strategies {
      id
      title
      municipality
      periodStartFY
      periodEndFY
    }
  }
`);

export function StrategiesPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(StrategiesQuery);
  useDocumentTitle(t('strategy.list'));
  if (loading || error) return <QueryStatus loading={loading} error={error} />;
  const strategies = data?.strategies ?? [];
  if (strategies.length === 1) return <Navigate to={`/strategies/${strategies[0].id}`} replace />;
  return (
    <>
      <h1>{t('strategy.list')}</h1>
      {strategies.length === 0 ? (
        <p>{t('strategy.empty')}</p>
      ) : (
        <ul className="card-list">
          {strategies.map((s) => (
            <li key={s.id} className="card">
              <Link to={`/strategies/${s.id}`}>{s.title}</Link>
              <p className="muted">
                {s.municipality}・<PeriodText startFY={s.periodStartFY} endFY={s.periodEndFY} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
