import { ActionStatus, CommentKind, ResponseStance, ThreadStatus } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import type { CycleSummary, LabelCount } from './cycle-summary.types.js';

/** Every label of `labels` in order, zeros included, from rows of (label, count). */
const counted = (labels: Record<string, string>, rows: { label: string; count: number }[]): LabelCount[] =>
  Object.values(labels).map((label) => ({ label, count: rows.find((r) => r.label === label)?.count ?? 0 }));

export class CycleSummaryService {
  constructor(private readonly dataSource: DataSource) {}

  async summary(cycleId: string): Promise<CycleSummary> {
    const q = (sql: string) => this.dataSource.query(sql, [cycleId]) as Promise<{ label: string; count: number }[]>;
    const [kinds, statuses, stances, actions] = await Promise.all([
      q(`SELECT kind AS label, count(*)::int AS count FROM review_thread WHERE cycle_id = $1 GROUP BY kind`),
      q(`SELECT status AS label, count(*)::int AS count FROM review_thread WHERE cycle_id = $1 GROUP BY status`),
      q(`SELECT r.stance AS label, count(*)::int AS count FROM thread_response r JOIN review_thread t ON t.id = r.thread_id WHERE t.cycle_id = $1 GROUP BY r.stance`),
      // A closed cycle counts its actions as they stood when it closed (see actionsAsOf): the status of the last note by then, else PLANNED.
      q(`SELECT CASE WHEN c.closed_at IS NULL THEN a.status
                     ELSE COALESCE((SELECT n.status FROM action_progress_note n WHERE n.action_id = a.id AND n.at <= c.closed_at ORDER BY n.at DESC LIMIT 1), '${ActionStatus.PLANNED}') END AS label,
                count(*)::int AS count
           FROM improvement_action a JOIN review_cycle c ON c.id = a.origin_cycle_id
          WHERE a.origin_cycle_id = $1
          GROUP BY 1`),
    ]);
    const threadsByKind = counted(CommentKind, kinds);
    return {
      threads: threadsByKind.reduce((n, c) => n + c.count, 0),
      threadsByKind,
      threadsByStatus: counted(ThreadStatus, statuses),
      responsesByStance: counted(ResponseStance, stances),
      actionsByStatus: counted(ActionStatus, actions),
    };
  }
}
