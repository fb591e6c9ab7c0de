import { Repeater } from '@repeaterjs/repeater';
import type { DataSource } from 'typeorm';
import { isUuid, NotFoundError } from '../../graphql/errors.js';
import { hashToken } from '../auth/auth.service.js';
import { PlanRevision } from '../plan-revision/plan-revision.entity.js';
import { revisionKey, type ActivityBus } from './activity-bus.js';
import { coalescing } from './coalescing.js';
import type { LiveSessions } from './live-sessions.js';

/** That a revision changed: its page reads it again through the ordinary queries, under their rules. */
export type RevisionSignal = { revisionId: string; at: Date };

/**
 * A plan revision's writes as they commit — its draft edited by anyone, a comment on it — as bare
 * signals: everyone signed in reads revisions, so there is nothing to filter, and what changed is
 * read through the ordinary queries. Each signal waits for the session to be checked again; an
 * ended session ends the subscription and its sockets.
 */
export class RevisionActivity {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: ActivityBus,
    private readonly sessions: LiveSessions,
  ) {}

  async open(revisionId: string, sessionToken: string): Promise<AsyncIterable<RevisionSignal>> {
    if (!isUuid(revisionId) || !(await this.dataSource.getRepository(PlanRevision).existsBy({ id: revisionId }))) throw new NotFoundError('PlanRevision', revisionId);
    return new Repeater<RevisionSignal>(async (push, stop) => {
      // A burst of writes (adopting writes every change) is one signal, and one more if more came meanwhile.
      const wake = coalescing(async () => {
        if (!(await this.signedIn(sessionToken))) {
          this.sessions.ended(sessionToken);
          stop();
          return false;
        }
        await push({ revisionId, at: new Date() });
        return false;
      }, stop);
      const unlisten = this.bus.listen(revisionKey(revisionId), wake);
      await stop;
      unlisten();
    });
  }

  private async signedIn(sessionToken: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [hashToken(sessionToken)],
    );
    return rows.length > 0;
  }
}
