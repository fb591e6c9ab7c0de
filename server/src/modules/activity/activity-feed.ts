import { Repeater } from '@repeaterjs/repeater';
import type { DataSource } from 'typeorm';
import { BadInputError, isUuid, NotFoundError } from '../../graphql/errors.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import type { ActivityBus } from './activity-bus.js';
import type { ActivityEvent } from './activity-event.type.js';

const PAGE = 100;

type Row = { seq: string; at: Date; action: string; entity_type: string; entity_id: string; thread_id: string | null; actor: string | null };

/** A review cycle's writes, read from the audit log in order, woken by the activity bus. */
export class ActivityFeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: ActivityBus,
  ) {}

  /** Checks what the subscriber asked for before it waits: a clear error now, not silence. */
  async open(cycleId: string, after: string | null): Promise<AsyncIterable<ActivityEvent>> {
    if (after !== null && !/^\d{1,18}$/.test(after)) throw new BadInputError('after には以前のイベントの seq を指定してください / `after` must be the seq of an earlier event', 'after');
    if (!isUuid(cycleId) || !(await this.dataSource.getRepository(ReviewCycle).existsBy({ id: cycleId }))) throw new NotFoundError('ReviewCycle', cycleId);
    return this.follow(cycleId, after);
  }

  /**
   * Every entry after `after` (or, without it, from now on), then each new one as it commits.
   * A Repeater rather than an async generator: a client that leaves stops it at once, even while
   * it waits for the next write.
   */
  private follow(cycleId: string, after: string | null): AsyncIterable<ActivityEvent> {
    return new Repeater<ActivityEvent>(async (push, stop) => {
      let last = after;
      let reading: Promise<void> | null = null;
      let again = false;
      const read = async (): Promise<void> => {
        do {
          again = false;
          last ??= await this.lastSeq(cycleId);
          const events = await this.since(cycleId, last);
          for (const event of events) {
            last = event.seq;
            await push(event);
          }
          if (events.length === PAGE) again = true;
        } while (again);
      };
      const wake = () => {
        if (reading) {
          again = true;
          return;
        }
        reading = read()
          .catch((error: unknown) => stop(error))
          .finally(() => {
            reading = null;
          });
      };
      const unlisten = this.bus.listen(cycleId, wake);
      wake();
      await stop;
      unlisten();
    });
  }

  private async lastSeq(cycleId: string): Promise<string> {
    const [row] = await this.dataSource.query<{ seq: string }[]>(`SELECT COALESCE(MAX(seq), 0)::text AS seq FROM audit_entry WHERE cycle_id = $1`, [cycleId]);
    return row.seq;
  }

  private async since(cycleId: string, after: string): Promise<ActivityEvent[]> {
    const rows = await this.dataSource.query<Row[]>(
      `SELECT a.seq::text AS seq, a.at, a.action, a.entity_type, a.entity_id,
              COALESCE(a.after->>'threadId', CASE WHEN a.entity_type = 'ReviewThread' THEN a.entity_id::text END) AS thread_id,
              u.display_name AS actor
         FROM audit_entry a LEFT JOIN app_user u ON u.id = a.user_id
        WHERE a.cycle_id = $1 AND a.seq > $2
        ORDER BY a.seq LIMIT ${PAGE}`,
      [cycleId, after],
    );
    return rows.map((r) => ({ seq: r.seq, at: r.at, action: r.action, entityType: r.entity_type, entityId: r.entity_id, threadId: r.thread_id, actor: r.actor }));
  }
}
