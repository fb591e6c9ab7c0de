import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql } from '../../gql';

// Badge and page read the same document: two shapes of the id-less `inbox` in one cache would
// keep replacing each other. The cycles under review ride along: the header follows them live
// (FollowOpenCycles), polled on the same minute, in one request instead of one per strategy.
export const InboxQuery = graphql(`
  query Inbox {
    reviewCyclesIn(states: [REVIEWING, RESPONDING]) {
      id
      state
      activitySeq
    }
    inbox {
      total
      items {
        kind
        count
        cycle {
          id
          fiscalYear
          state
        }
        threads {
          ...ThreadLink_thread
        }
        actions {
          id
          description
          dueFiscalYear
          status
          # Only where it is read (reviewPathOf): the list shows the action's own words.
          measure {
            id
          }
          goal {
            id
          }
        }
        departments {
          id
          name
        }
      }
    }
  }
`);

const POLL_MS = 60_000;

/**
 * What waits for the viewer, kept current without live events too: polled every minute and
 * read again when the window gets focus (someone coming back to the tab expects it fresh).
 */
export function useInbox(skip = false) {
  const result = useQuery(InboxQuery, { skip, pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const { refetch } = result;
  useEffect(() => {
    if (skip) return;
    const onFocus = () => void refetch().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [skip, refetch]);
  return result;
}
