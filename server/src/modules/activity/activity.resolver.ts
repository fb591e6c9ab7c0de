import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireViewer } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { ActivityEvent, RevisionActivityEvent } from './activity-event.type.js';

type ActivityArgs = { cycleId: string; after?: string | null };

@Resolver()
export class ActivityResolver {
  @Subscription(() => ActivityEvent, {
    description: 'Writes in a review cycle as they commit, from every server process: signed-in users only, and of each write only those who may read the record it names (no draft of another department). Ends, closing the socket with 4401, when the session does. With `after`, first the ones missed since that seq.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, ActivityArgs, Context>) => {
      requireViewer(context);
      // Signed in, so the cookie holds a session: the feed checks it again before each page it sends.
      return context.services.activity.open(args.cycleId, args.after ?? null, context.session.token!);
    },
  })
  activity(
    @Root() event: ActivityEvent,
    @Arg('cycleId', () => ID) _cycleId: string,
    @Arg('after', () => String, { nullable: true }) _after?: string,
  ): ActivityEvent {
    return event;
  }

  @Subscription(() => RevisionActivityEvent, {
    description: 'That a plan revision changed, as each write commits (its draft edited by anyone, a comment on it or a reply): signed-in users only; ends, closing the socket with 4401, when the session does.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { revisionId: string }, Context>) => {
      requireViewer(context);
      return context.services.revisionActivity.open(args.revisionId, context.session.token!);
    },
  })
  revisionActivity(@Root() event: RevisionActivityEvent, @Arg('revisionId', () => ID) _revisionId: string): RevisionActivityEvent {
    return event;
  }
}
