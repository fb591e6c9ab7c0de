import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
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
      {strategy.goals.map((goal) => (
        <GoalSection key={goal.id} goal={goal} />
      ))}
    </>
  );
}
