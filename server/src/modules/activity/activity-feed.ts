import { Repeater } from '@repeaterjs/repeater';
import type { Role, SubmissionStatus } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import { BadInputError, isUuid, NotFoundError } from '../../graphql/errors.js';
import { hashToken } from '../auth/auth.service.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { User } from '../user/user.entity.js';
import type { ActivityBus } from './activity-bus.js';
import type { ActivityEvent } from './activity-event.type.js';
import { readableFeedEntries, type FeedEntry } from './activity.policy.js';
import { coalescing } from './coalescing.js';
import { LiveSessions } from './live-sessions.js';

const PAGE = 100;

/** A page of the log with the subscriber as the session now says (no row at all: the session ended). */
type Row = {
  viewer_id: string;
  viewer_role: Role;
  viewer_department_id: string | null;
  seq: string | null;
  at: Date;
  action: string;
  entity_type: string;
  entity_id: string;
  thread_id: string | null;
  actor: string | null;
  status_before: SubmissionStatus | null;
  status_after: SubmissionStatus | null;
  indicator_id: string | null;
  measure_id: string | null;
};

type Entry = FeedEntry & { event: ActivityEvent };

/**
 * A review cycle's writes, read from the audit log in order, woken by the activity bus, each told
 * only to subscribers who may read the record it names, and only while their session lasts.
 */
export class ActivityFeed {
  /** The open sockets' sessions: the subscriptions server registers its sockets here. */
  readonly sessions: LiveSessions;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: ActivityBus,
  ) {
    this.sessions = new LiveSessions(dataSource);
  }

  /**
   * Checks what the subscriber asked for before it waits: a clear error now, not silence.
   * `sessionToken` is the cookie the subscriber was signed in by: checked again with every page.
   */
  async open(cycleId: string, after: string | null, sessionToken: string): Promise<AsyncIterable<ActivityEvent>> {
    if (after !== null && !/^\d{1,18}$/.test(after)) throw new BadInputError('after には以前のイベントの seq を指定してください / `after` must be the seq of an earlier event', 'after');
    if (!isUuid(cycleId) || !(await this.dataSource.getRepository(ReviewCycle).existsBy({ id: cycleId }))) throw new NotFoundError('ReviewCycle', cycleId);
    return this.follow(cycleId, after, sessionToken);
  }

  /**
   * Every entry after `after` (or, without it, from now on), then each new one as it commits.
   * A Repeater rather than an async generator: a client that leaves stops it at once, even while
   * it waits for the next write. Entries the subscriber may not read move `last` on all the same,
   * so what it may read still comes in order, none skipped.
   */
  private follow(cycleId: string, after: string | null, sessionToken: string): AsyncIterable<ActivityEvent> {
    return new Repeater<ActivityEvent>(async (push, stop) => {
      let last = after;
      const wake = coalescing(async () => {
        last ??= await this.lastSeq(cycleId);
        const page = await this.since(cycleId, last, sessionToken);
        if (!page) {
          // Signed out, disabled or expired since subscribing: nothing more, and the socket goes now.
          this.sessions.ended(sessionToken);
          stop();
          return false;
        }
        for (const event of page.readable) await push(event);
        if (page.last) last = page.last;
        return page.size === PAGE;
      }, stop);
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

  /**
   * The next page after `after` and, in the same statement, who the session signs in now (so a
   * role or department changed meanwhile counts too): null when it signs in no one any more.
   */
  private async since(cycleId: string, after: string, sessionToken: string): Promise<{ readable: ActivityEvent[]; last: string | null; size: number } | null> {
    const rows = await this.dataSource.query<Row[]>(
      `WITH viewer AS (
         SELECT u.id, u.role, u.department_id FROM session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = $3 AND s.expires_at > now() AND u.disabled_at IS NULL)
       SELECT v.id AS viewer_id, v.role AS viewer_role, v.department_id AS viewer_department_id, e.*
         FROM viewer v LEFT JOIN LATERAL (
           SELECT a.seq::text AS seq, a.at, a.action, a.entity_type, a.entity_id,
                  COALESCE(a.after->>'threadId', CASE WHEN a.entity_type = 'ReviewThread' THEN a.entity_id::text END) AS thread_id,
                  u.display_name AS actor,
                  a.before->>'status' AS status_before, a.after->>'status' AS status_after,
                  a.after->>'indicatorId' AS indicator_id, a.after->>'measureId' AS measure_id
             FROM audit_entry a LEFT JOIN app_user u ON u.id = a.user_id
            WHERE a.cycle_id = $1 AND a.seq > $2
            ORDER BY a.seq LIMIT ${PAGE}) e ON true
        ORDER BY e.seq::bigint`,
      [cycleId, after, hashToken(sessionToken)],
    );
    if (rows.length === 0) return null;
    const viewer = this.dataSource.getRepository(User).create({ id: rows[0].viewer_id, role: rows[0].viewer_role, departmentId: rows[0].viewer_department_id });
    const entries: Entry[] = rows
      .filter((r): r is Row & { seq: string } => r.seq !== null)
      .map((r) => ({
        entityType: r.entity_type,
        statusBefore: r.status_before,
        statusAfter: r.status_after,
        indicatorId: r.indicator_id,
        measureId: r.measure_id,
        event: { seq: r.seq, at: r.at, action: r.action, entityType: r.entity_type, entityId: r.entity_id, threadId: r.thread_id, actor: r.actor },
      }));
    const readable = await readableFeedEntries(this.dataSource, viewer, entries);
    return { readable: readable.map((e) => e.event), last: entries.at(-1)?.event.seq ?? null, size: entries.length };
  }
}
