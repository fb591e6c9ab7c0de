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
      q(`SELECT status AS label, count(*)::int AS count FROM improvement_action WHERE origin_cycle_id = $1 GROUP BY status`),
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
