import { useQuery } from '@apollo/client/react';
import { StrategyCycleStatesQuery, StrategyIdsQuery } from '../cycle-summary/cycleStrategy';
import { useCycleActivity } from './useCycleActivity';

// A cycle that starts its review is noticed within a minute, as the inbox itself.
const POLL_MS = 60_000;

// Only while threads are written and answered: during collecting, every save would refetch
// everyone's pages, and entries are counted by polling anyway.
const CONVERSATION = new Set(['REVIEWING', 'RESPONDING']);

/** Follows every cycle under review, so that the header's counts move as others write. Renders nothing. */
export function FollowOpenCycles() {
  const { data } = useQuery(StrategyIdsQuery);
  return <>{data?.strategies.map((s) => <FollowStrategy key={s.id} strategyId={s.id} />)}</>;
}

function FollowStrategy({ strategyId }: { strategyId: string }) {
  const { data } = useQuery(StrategyCycleStatesQuery, { variables: { strategyId }, pollInterval: POLL_MS });
  return <>{data?.reviewCycles.filter((c) => CONVERSATION.has(c.state)).map((c) => <Follow key={c.id} cycleId={c.id} since={c.activitySeq} />)}</>;
}

function Follow({ cycleId, since }: { cycleId: string; since: string }) {
  useCycleActivity(cycleId, since);
  return null;
}
