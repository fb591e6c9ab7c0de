import { POST_EDIT_WINDOW_MINUTES } from '@kaizen/shared';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { User } from '../user/user.entity.js';
import { PostRevision } from './post-revision.entity.js';
import { ThreadPost } from './thread-post.entity.js';

// Signed in only, as the threads posts belong to.
@Authorized()
@Resolver(() => ThreadPost)
export class ThreadPostResolver {
  @FieldResolver(() => User)
  async author(@Root() post: ThreadPost, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.userById.load(post.authorId))!;
  }

  @FieldResolver(() => [PostRevision], { description: 'Earlier versions, oldest first.' })
  revisions(@Root() post: ThreadPost, @Ctx() { loaders }: Context): Promise<PostRevision[]> {
    return loaders.revisionsByPostId.load(post.id);
  }

  @FieldResolver(() => Date, { description: 'Until when its author may still correct it.' })
  editableUntil(@Root() post: ThreadPost): Date {
    return new Date(post.createdAt.getTime() + POST_EDIT_WINDOW_MINUTES * 60_000);
  }
}
