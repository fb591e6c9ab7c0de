import { CycleState, ThreadStatus } from '@kaizen/shared';
import type { EntityManager } from 'typeorm';
import { InvalidStateError } from '../../graphql/errors.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { ReviewThread } from './review-thread.entity.js';

/** A cycle closes only when every thread is resolved or explicitly left. */
export async function everyThreadSettled(manager: EntityManager, cycle: ReviewCycle, to: CycleState): Promise<void> {
  if (to !== CycleState.CLOSED) return;
  const open = await manager.countBy(ReviewThread, { cycleId: cycle.id, status: ThreadStatus.OPEN });
  if (open > 0) {
    throw new InvalidStateError(
      `未解決の論点が ${open} 件あります。解決するか、理由を添えて終了してください / ${open} thread(s) still open: resolve them, or leave them with a reason`,
      cycle.state,
    );
  }
}
