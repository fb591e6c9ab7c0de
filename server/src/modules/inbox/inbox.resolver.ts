import { Role } from '@kaizen/shared';
import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Inbox } from './inbox.types.js';

@Resolver()
export class InboxResolver {
  @Authorized(Role.COUNCIL, Role.DEPARTMENT, Role.PLANNING, Role.ADMIN)
  @Query(() => Inbox, { description: 'What waits for the viewer in the open review cycles.' })
  inbox(@Ctx() { services, viewer }: Context): Promise<Inbox> {
    return services.inbox.inbox(viewer!);
  }
}
