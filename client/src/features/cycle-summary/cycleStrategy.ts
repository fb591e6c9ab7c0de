import type { ErrorLike } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';

export const StrategyIdsQuery = graphql(`
  query StrategyIds {
    strategies {
      id
    }
  }
`);

export const StrategyCycleStatesQuery = graphql(`
  query StrategyCycleStates($strategyId: ID!) {
    reviewCycles(strategyId: $strategyId) {
      id
      state
      activitySeq
    }
  }
`);

type Found = { strategyId: string | null; loading: boolean; error?: ErrorLike };

/**
 * The strategy a cycle reviews. A cycle does not name it, so each strategy's cycles are looked
 * through (one strategy in practice; the cache answers again next time).
 */
export function useCycleStrategy(cycleId: string): Found {
  const client = useApolloClient();
  const [found, setFound] = useState<Found>({ strategyId: null, loading: true });
  useEffect(() => {
    let current = true;
    const find = async () => {
      const { data } = await client.query({ query: StrategyIdsQuery });
      for (const { id } of data?.strategies ?? []) {
        const cycles = await client.query({ query: StrategyCycleStatesQuery, variables: { strategyId: id } });
        if (cycles.data?.reviewCycles.some((c) => c.id === cycleId)) return id;
      }
      return null;
    };
    setFound({ strategyId: null, loading: true });
    find().then(
      (strategyId) => current && setFound({ strategyId, loading: false }),
      (error: ErrorLike) => current && setFound({ strategyId: null, loading: false, error }),
    );
    return () => {
      current = false;
    };
  }, [client, cycleId]);
  return found;
}
