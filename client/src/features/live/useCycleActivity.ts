import { useApolloClient } from '@apollo/client/react';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { cycleFeed } from './cycleFeed';

const noWatch = () => () => {};

/**
 * Keeps the page current while others write in the cycle: every query on screen is refetched
 * shortly after each write, and after a dropped connection once it is back. `connected` is for
 * a status line (see LiveStatus).
 */
export function useCycleActivity(cycleId: string | undefined): { connected: boolean } {
  const client = useApolloClient();
  const feed = useMemo(() => (cycleId ? cycleFeed(client, cycleId) : null), [client, cycleId]);
  useEffect(() => feed?.retain(), [feed]);
  const connected = useSyncExternalStore(feed?.watch ?? noWatch, () => feed?.connected() ?? false);
  return { connected };
}
