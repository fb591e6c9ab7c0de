import { CycleState, RevisionState } from '@kaizen/shared';
import type { EntityManager } from 'typeorm';
import { findByIdOrFail } from '../../db/find-by-id.js';
import { InvalidStateError, type Bilingual } from '../../graphql/errors.js';
import { PlanRevision } from '../plan-revision/plan-revision.entity.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { lockCycleIn } from '../review-cycle/review-cycle.service.js';
import type { ReviewThread } from './review-thread.entity.js';

/** A draft revision, share-locked: the council comments on it until it is adopted or withdrawn (which waits for the comment). */
export async function lockDraftForComments(manager: EntityManager, revisionId: string, what: Bilingual, where?: { strategyId: string }): Promise<PlanRevision> {
  const revision = await findByIdOrFail(manager, PlanRevision, 'PlanRevision', revisionId, { lock: { mode: 'pessimistic_read' }, ...(where && { where }) });
  if (revision.state !== RevisionState.DRAFT) {
    const settled = revision.state === RevisionState.ADOPTED ? { ja: '決定', en: 'adopted' } : { ja: '取下げ', en: 'withdrawn' };
    throw new InvalidStateError(
      `この改訂案は${settled.ja}済みのため、${what.ja}はできません / This revision has been ${settled.en}: ${what.en} is no longer possible`,
      revision.state,
    );
  }
  return revision;
}

/**
 * Locks where a thread is written in and checks that it still takes writing: its review cycle in one
 * of `states`, or its revision while a draft. The cycle, for a thread on the plan; null on a revision.
 */
export async function lockThreadVenue(manager: EntityManager, thread: ReviewThread, states: CycleState[], what: Bilingual): Promise<ReviewCycle | null> {
  if (thread.revisionId) {
    await lockDraftForComments(manager, thread.revisionId, what);
    return null;
  }
  return lockCycleIn(manager, thread.cycleId!, states, what);
}
