import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const ReviewCycleHeadQuery = graphql(`
  query ReviewCycleHead($id: ID!) {
    reviewCycle(id: $id) {
      id
      fiscalYear
      state
    }
  }
`);

/** The cycle a review page is about: its year scopes progress and carried-over actions. */
export function useReviewCycle(cycleId: string) {
  const { data, loading, error } = useQuery(ReviewCycleHeadQuery, { variables: { id: cycleId } });
  return { cycle: data?.reviewCycle ?? null, loading, error };
}
