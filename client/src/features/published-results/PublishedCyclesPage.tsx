import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel, todayInJapan } from '@kaizen/shared';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { formatDate } from '../../ui/format';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { publishedCyclePath } from './paths';

const PublishedCyclesQuery = graphql(`
  query PublishedCycles($strategyId: ID!) {
    strategy(id: $strategyId) {
      id
      title
      municipality
    }
    publishedCycles(strategyId: $strategyId) {
      id
      fiscalYear
      publishedAt
    }
  }
`);

/** 効果検証の結果: the years the planning division has published, newest first. */
export function PublishedCyclesPage() {
  const { t, i18n } = useTranslation();
  const { strategyId = '' } = useParams();
  const { data, loading, error } = useQuery(PublishedCyclesQuery, { variables: { strategyId } });
  useDocumentTitle(data && t('published.listTitle', { title: data.strategy.title }));
  if (!data) return <QueryStatus loading={loading} error={error} />;
  return (
    <>
      <Breadcrumb links={[{ to: `/strategies/${data.strategy.id}`, label: data.strategy.title }]} />
      <h1>{t('published.listTitle', { title: data.strategy.title })}</h1>
      <p className="lead">{t('published.listLead', { municipality: data.strategy.municipality })}</p>
      {data.publishedCycles.length === 0 ? (
        <p>{t('published.none')}</p>
      ) : (
        <ul className="published-cycles">
          {data.publishedCycles.map((c) => (
            <li key={c.id}>
              <Link to={publishedCyclePath(c.id)}>{t('published.cycleTitle', { year: fiscalYearLabel(c.fiscalYear) })}</Link>{' '}
              <span className="muted">{t('published.publishedOn', { date: formatDate(todayInJapan(new Date(c.publishedAt)), i18n.language) })}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
