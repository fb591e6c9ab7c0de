import { In, type DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { PostRevision } from './post-revision.entity.js';
import { ReviewThread } from './review-thread.entity.js';
import { ThreadPost } from './thread-post.entity.js';
import { ThreadRead } from './thread-read.entity.js';

export function reviewThreadLoaders(dataSource: DataSource) {
  return {
    reviewThreadById: byIdLoader((ids) => dataSource.getRepository(ReviewThread).findBy({ id: In(ids) })),
    /** The opening comment first, then the replies. */
    postsByThreadId: groupLoader(
      (ids) => dataSource.getRepository(ThreadPost).find({ where: { threadId: In(ids) }, order: { createdAt: 'ASC' } }),
      (p) => p.threadId,
    ),
    revisionsByPostId: groupLoader(
      (ids) => dataSource.getRepository(PostRevision).find({ where: { postId: In(ids) }, order: { replacedAt: 'ASC' } }),
      (r) => r.postId,
    ),
    readsByThreadId: groupLoader((ids) => dataSource.getRepository(ThreadRead).findBy({ threadId: In(ids) }), (r) => r.threadId),
  };
}
