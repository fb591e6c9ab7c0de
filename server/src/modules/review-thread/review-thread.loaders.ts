import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { PostRevision } from './post-revision.entity.js';
import { ReviewThread } from './review-thread.entity.js';
import { ThreadPost } from './thread-post.entity.js';
import { ThreadRead } from './thread-read.entity.js';

export function reviewThreadLoaders(dataSource: DataSource) {
  return {
    reviewThreadById: byIdLoader(rowsWhereAnyOf(dataSource, ReviewThread, 'id')),
    /** The opening comment first, then the replies. */
    postsByThreadId: groupLoader(rowsWhereAnyOf(dataSource, ThreadPost, 'thread_id', { orderBy: 't.created_at' }), (p) => p.threadId),
    revisionsByPostId: groupLoader(rowsWhereAnyOf(dataSource, PostRevision, 'post_id', { orderBy: 't.replaced_at' }), (r) => r.postId),
    readsByThreadId: groupLoader(rowsWhereAnyOf(dataSource, ThreadRead, 'thread_id'), (r) => r.threadId),
  };
}
