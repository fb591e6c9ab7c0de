import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { publishedCyclesPath } from '../published-results/paths';
import { GoalSection } from './GoalSection';
import { PeriodText } from './PeriodText';

const StrategyOverviewQuery = graphql(`
  query StrategyOverview($id: ID!) {
    strategy(id: $id) {
      id
      title
      municipality
      periodStartFY
      periodEndFY
      goals {
        id
        ...GoalSection_goal
      }
    }
  }
`);

export function StrategyPage() {
  const { t } = useTranslation();
  const { strategyId = '' } = useParams();
  const { data, loading, error } = useQuery(StrategyOverviewQuery, { variables: { id: strategyId } });
  useDocumentTitle(data?.strategy.title);
  if (loading || error || !data) return <QueryStatus loading={loading} error={error} />;
  const { strategy } = data;
  return (
    <>
      <h1>{strategy.title}</h1>
      <p className="lead">
        {strategy.municipality}・<PeriodText startFY={strategy.periodStartFY} endFY={strategy.periodEndFY} />
      </p>
      {/* The years' results as the city published them, for everyone (signed out too). */}
      <p>
        <Link to={publishedCyclesPath(strategy.id)}>{t('strategy.publishedResults')}</Link>
      </p>
      {strategy.goals.map((goal) => (
        <GoalSection key={goal.id} goal={goal} />
      ))}
    </>
  );
}
