import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { liveSocketOf } from './liveSockets';

const RevisionActivitySubscription = graphql(`
  subscription RevisionActivity($revisionId: ID!) {
    revisionActivity(revisionId: $revisionId) {
      revisionId
      at
    }
  }
`);

/**
 * Keeps a revision's page current while others edit the draft or comment on it: `readAgain` after
 * each write (a burst, and what came while it ran, read once more when it is back), and once the
 * connection is back after a drop. `connected` is for a status line (see LiveStatus).
 */
export function useRevisionActivity(revisionId: string | undefined, readAgain: () => Promise<unknown>): { connected: boolean } {
  const client = useApolloClient();
  const [connected, setConnected] = useState(false);
  const latest = useRef(readAgain);
  latest.current = readAgain;
  useEffect(() => {
    if (!revisionId) return;
    let busy = false;
    let again = false;
    let dropped = false;
    const read = () => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      void latest
        .current()
        .catch(() => undefined)
        .finally(() => {
          busy = false;
          if (again) {
            again = false;
            read();
          }
        });
    };
    const subscription = client.subscribe({ query: RevisionActivitySubscription, variables: { revisionId }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ error }) => (error ? setConnected(false) : read()),
      error: () => setConnected(false),
      complete: () => setConnected(false),
    });
    const socket = liveSocketOf(client);
    setConnected(socket?.state() === 'connected');
    const unwatch = socket?.onState((state) => {
      if (state === 'reconnecting') dropped = true;
      if (state === 'connected' && dropped) {
        dropped = false;
        read();
      }
      setConnected(state === 'connected');
    });
    return () => {
      subscription.unsubscribe();
      unwatch?.();
    };
  }, [client, revisionId]);
  return { connected };
}
