import { useApolloClient } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { cycleFeed } from './cycleFeed';

const noWatch = () => () => {};

/**
 * Keeps the page current while others write in the cycle: every query on screen is refetched
 * shortly after each write, and after a dropped connection once it is back. `since` is the cycle's
 * `activitySeq` read with the page's data: the feed starts there, so a write made between reading
 * and subscribing is not missed; while it is undefined (still loading) the feed waits; null starts
 * from now. `connected` is for a status line (see LiveStatus).
 */
export function useCycleActivity(cycleId: string | undefined, since: string | null | undefined): { connected: boolean } {
  const client = useApolloClient();
  const feed = useMemo(() => (cycleId ? cycleFeed(client, cycleId) : null), [client, cycleId]);
  const ready = since !== undefined;
  // Only the first position counts: later reads (polls, refetches) must not restart the feed.
  const sinceRef = useRef(since);
  sinceRef.current = since;
  useEffect(() => (feed && ready ? feed.retain(sinceRef.current ?? null) : undefined), [feed, ready]);
  const connected = useSyncExternalStore(feed?.watch ?? noWatch, () => feed?.connected() ?? false);
  return { connected };
}
