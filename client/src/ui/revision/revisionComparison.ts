import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const RevisionComparisonQuery = graphql(`
  query RevisionComparison($strategyId: ID!, $revisionId: ID!) {
    strategy(id: $strategyId) {
      id
      goals {
        ...ComparisonTable_goal
      }
      planComparison(from: { beforeRevisionId: $revisionId }, to: { revisionId: $revisionId }) {
        ...ComparisonTable_row
      }
    }
  }
`);

/** The 新旧対照表 of one revision: the plan just before it against the plan it makes (none for a withdrawn one: `skip`). */
export function useRevisionComparison(strategyId: string, revisionId: string, skip: boolean) {
  return useQuery(RevisionComparisonQuery, { variables: { strategyId, revisionId }, skip, fetchPolicy: 'cache-and-network' });
}
