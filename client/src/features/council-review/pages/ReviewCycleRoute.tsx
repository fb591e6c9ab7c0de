import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useCycleActivity } from '../../live/useCycleActivity';
import type { ReviewCycleHead } from '../threads/AnchorThreads';

const ReviewCycleHeadQuery = graphql(`
  query ReviewCycleHead($id: ID!) {
    reviewCycle(id: $id) {
      id
      fiscalYear
      state
      activitySeq
    }
  }
`);

type Props = { children: (cycle: ReviewCycleHead, connected: boolean) => ReactNode };

/**
 * The cycle of a review page (`:cycleId`), read first: its year scopes progress and carried-over
 * actions. While the page is open, others' comments, answers and moves of the cycle show up
 * without a reload.
 */
export function ReviewCycleRoute({ children }: Props) {
  const { cycleId = '' } = useParams();
  const { data, loading, error } = useQuery(ReviewCycleHeadQuery, { variables: { id: cycleId } });
  const { connected } = useCycleActivity(cycleId, data?.reviewCycle.activitySeq);
  if (!data) return <QueryStatus loading={loading} error={error} />;
  return children(data.reviewCycle, connected);
}
