import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Loading } from '../../ui/Loading';
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
  if (loading) return <Loading />;
  if (error || !data) return error ? <ErrorPanel error={error} /> : null;
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
