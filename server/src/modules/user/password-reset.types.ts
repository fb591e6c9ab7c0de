import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';

@ObjectType({ description: 'A new password reset link, shown once to whoever issued it: pass it on to the user. Only a hash of its token is kept.' })
export class PasswordResetLink {
  @Field(() => User)
  user: User;

  @Field(() => String, { description: 'Where the user chooses a new password: `/password-reset/<token>` on this server.' })
  resetPath: string;

  @Field(() => Date)
  expiresAt: Date;
}
