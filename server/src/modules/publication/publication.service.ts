import { CycleState, Role } from '@kaizen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { BadInputError, ConflictError, ForbiddenError, InvalidStateError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import type { User } from '../user/user.entity.js';

/** 公開: the planning division publishes a closed cycle's results, or withdraws them with a reason. */
export class PublicationService {
  constructor(private readonly dataSource: DataSource) {}

  publish(viewer: User, id: string, expectedVersion: number): Promise<ReviewCycle> {
    return this.write(viewer, id, expectedVersion, 'reviewCycle.publish', async (manager, cycle) => {
      // Only a closed cycle reads the same tomorrow: an open one's figures and dialogue still change.
      if (cycle.state !== CycleState.CLOSED) {
        throw new InvalidStateError(`完了したレビューだけを公開できます（現在は ${cycle.state}） / Only a closed cycle can be published; it is ${cycle.state}`, cycle.state);
      }
      if (cycle.publishedAt) throw new InvalidStateError('このレビューは公開済みです / The cycle is published already', cycle.state);
      const [{ now }] = await manager.query<{ now: Date }[]>(`SELECT now() AS now`);
      cycle.publishedAt = now;
      cycle.publishedBy = viewer.id;
      return null;
    });
  }

  /**
   * Withdraws a publication: for what should never have been public (a post naming a citizen, a
   * figure found wrong). The reason is the audit log's, kept beside who withdrew it and when.
   */
  unpublish(viewer: User, id: string, expectedVersion: number, reason: string): Promise<ReviewCycle> {
    const why = reason.trim();
    if (!why) throw new BadInputError('公開を取り下げるには理由が必要です / Withdrawing a publication needs a reason', 'reason');
    return this.write(viewer, id, expectedVersion, 'reviewCycle.unpublish', async (_manager, cycle) => {
      if (!cycle.publishedAt) throw new InvalidStateError('このレビューは公開されていません / The cycle is not published', cycle.state);
      cycle.publishedAt = null;
      cycle.publishedBy = null;
      return { reason: why };
    });
  }

  /** One transaction with its audit entry; CONFLICT (with the current cycle) on a stale version. */
  private write(
    viewer: User,
    id: string,
    expectedVersion: number,
    action: string,
    change: (manager: EntityManager, cycle: ReviewCycle) => Promise<object | null>,
  ): Promise<ReviewCycle> {
    // The schema lets PLANNING alone in; checked again here, where the write happens.
    if (viewer.role !== Role.PLANNING) throw new ForbiddenError('公開は政策企画課が行います / Only the planning division publishes');
    return this.dataSource.transaction(async (manager) => {
      const cycle = await manager.findOne(ReviewCycle, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!cycle) throw new NotFoundError('ReviewCycle', id);
      if (cycle.version !== expectedVersion) throw new ConflictError('ReviewCycle', snapshot(cycle));
      const before = { ...cycle };
      const extra = await change(manager, cycle);
      await manager.save(cycle);
      await recordAudit(manager, { userId: viewer.id, cycleId: cycle.id, action, entityType: 'ReviewCycle', entityId: cycle.id, before, after: { ...cycle, ...extra } });
      return cycle;
    });
  }
}
