import type { EntityManager } from 'typeorm';
import type { ReviewThread } from './review-thread.entity.js';
import { ThreadRead } from './thread-read.entity.js';

/** Whoever writes in a thread has read it up to their own write: it is not "new" for them. */
export async function readUpToLatest(manager: EntityManager, userId: string, thread: ReviewThread): Promise<void> {
  await manager.upsert(ThreadRead, { userId, threadId: thread.id, readAt: thread.lastActivityAt }, ['userId', 'threadId']);
}
