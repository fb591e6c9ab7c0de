import { graphql } from '../../../gql';
import type { OpenThreads_ThreadFragment } from '../../../gql/graphql';

graphql(`
  fragment OpenThreads_thread on ReviewThread {
    id
    status
    anchor
    goal {
      id
    }
    measure {
      id
    }
    indicator {
      id
      goal {
        id
      }
      measures {
        id
      }
    }
  }
`);

/**
 * Unresolved threads per measure (on it or on a KPI it lists) and per goal (on it or on a KGI),
 * keyed by id: what the review index and the goal page count.
 */
export function openThreadCounts(threads: OpenThreads_ThreadFragment[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (id: string | undefined) => id && counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const thread of threads) {
    if (thread.status !== 'OPEN') continue;
    add(thread.goal?.id);
    add(thread.measure?.id);
    const kpiMeasures = thread.indicator?.measures ?? [];
    for (const m of kpiMeasures) add(m.id);
    if (thread.indicator && kpiMeasures.length === 0) add(thread.indicator.goal?.id);
  }
  return counts;
}
