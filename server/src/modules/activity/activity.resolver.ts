import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireViewer } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { ActivityEvent } from './activity-event.type.js';

type ActivityArgs = { cycleId: string; after?: string | null };

@Resolver()
export class ActivityResolver {
  @Subscription(() => ActivityEvent, {
    description: 'Writes in a review cycle as they commit, from every server process: signed-in users only. With `after`, first the ones missed since that seq.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, ActivityArgs, Context>) => {
      requireViewer(context);
      return context.services.activity.open(args.cycleId, args.after ?? null);
    },
  })
  activity(
    @Root() event: ActivityEvent,
    @Arg('cycleId', () => ID) _cycleId: string,
    @Arg('after', () => String, { nullable: true }) _after?: string,
  ): ActivityEvent {
    return event;
  }
}
