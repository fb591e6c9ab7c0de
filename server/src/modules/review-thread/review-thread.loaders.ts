import type { DataSource } from 'typeorm';
import { anyOf, byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { PostRevision } from './post-revision.entity.js';
import { ReviewThread } from './review-thread.entity.js';
import { ThreadPost } from './thread-post.entity.js';
import { ThreadRead } from './thread-read.entity.js';

export function reviewThreadLoaders(dataSource: DataSource) {
  return {
    reviewThreadById: byIdLoader((ids) => dataSource.getRepository(ReviewThread).findBy({ id: anyOf(ids) })),
    /** The opening comment first, then the replies. */
    postsByThreadId: groupLoader(
      (ids) => dataSource.getRepository(ThreadPost).find({ where: { threadId: anyOf(ids) }, order: { createdAt: 'ASC' } }),
      (p) => p.threadId,
    ),
    revisionsByPostId: groupLoader(
      (ids) => dataSource.getRepository(PostRevision).find({ where: { postId: anyOf(ids) }, order: { replacedAt: 'ASC' } }),
      (r) => r.postId,
    ),
    readsByThreadId: groupLoader((ids) => dataSource.getRepository(ThreadRead).findBy({ threadId: anyOf(ids) }), (r) => r.threadId),
  };
}
