import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { NotificationPreferenceInput, NotificationPreferences } from './notification-preference.types.js';

// Anyone signed in chooses their own mails; nobody reads or sets another's.
@Authorized()
@Resolver()
export class NotificationPreferenceResolver {
  @Query(() => NotificationPreferences, { description: 'The e-mails the signed-in user receives.' })
  myNotificationPreferences(@Ctx() { services, viewer }: Context): Promise<NotificationPreferences> {
    return services.notificationPreferences.of(viewer!.id);
  }

  @Mutation(() => NotificationPreferences, { description: 'Turns kinds of e-mail on or off for the signed-in user; audited as user.updateNotificationPreferences.' })
  updateMyNotificationPreferences(
    @Arg('input', () => [NotificationPreferenceInput]) input: NotificationPreferenceInput[],
    @Ctx() { services, viewer }: Context,
  ): Promise<NotificationPreferences> {
    return services.notificationPreferences.update(viewer!, input);
  }
}
