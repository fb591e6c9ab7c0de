import { Field, InputType, ObjectType } from 'type-graphql';
import { NotificationKind } from './notification-kind.js';

@ObjectType({ description: 'Whether the signed-in user receives one kind of e-mail.' })
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => Boolean)
  enabled: boolean;
}

@ObjectType({ description: 'The e-mails the signed-in user receives. Invitations and password-reset links are always sent, and are not listed.' })
export class NotificationPreferences {
  @Field(() => Boolean, { description: 'Whether this server sends e-mail at all (SMTP_URL): without it nothing is sent, whatever the preferences.' })
  mailConfigured: boolean;

  @Field(() => [NotificationPreference], { description: 'Every kind, in a fixed order.' })
  kinds: NotificationPreference[];
}

@InputType({ description: 'Turns one kind of e-mail on or off; kinds not given stay as they are.' })
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => Boolean)
  enabled: boolean;
}
