import { Role } from '@kaizen/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from './user.entity.js';

export const UserStatus = {
  /** Invited, has not chosen a password yet. */
  INVITED: 'INVITED',
  ACTIVE: 'ACTIVE',
  /** Cannot sign in; their sessions were ended. */
  DISABLED: 'DISABLED',
} as const;
export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];

registerEnumType(UserStatus, { name: 'UserStatus', description: 'INVITED 招待中, ACTIVE 利用中, DISABLED 無効.' });

export function userStatus(user: Pick<User, 'disabledAt' | 'passwordHash'>): UserStatus {
  if (user.disabledAt) return UserStatus.DISABLED;
  return user.passwordHash ? UserStatus.ACTIVE : UserStatus.INVITED;
}

@InputType({ description: 'Who to invite: a DEPARTMENT user, and only one, names their department.' })
export class InviteUserInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Role, { description: 'Only an administrator invites an ADMIN.' })
  role: Role;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;
}

@InputType({ description: 'A user’s name, role and department as they should be: the same rules as an invitation, and nobody changes their own role or department.' })
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Role, { description: 'Only an administrator grants ADMIN, or changes an administrator.' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for a DEPARTMENT user, and only for one.' })
  departmentId?: string | null;

  @Field(() => Int, { description: 'The user’s version as read (User.version): a stale one is refused with CONFLICT, carrying the user as it is now.' })
  expectedVersion: number;
}

@ObjectType({ description: 'A new invitation, shown once to whoever issued it: pass the link on to the invitee. Only a hash of the token is kept, so it cannot be shown again.' })
export class Invitation {
  @Field(() => User)
  user: User;

  @Field(() => String, { description: 'The secret of the invitation.' })
  token: string;

  @Field(() => String, { description: 'Where the invitee chooses a password: `/invitation/<token>` on this server.' })
  acceptPath: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType({ description: 'An invitation as its link shows it before it is accepted: whose it is and until when. For whoever holds the link, signed in or not.' })
export class InvitationPreview {
  @Field(() => String, { description: 'The name the inviter entered; the invitee may correct it when accepting.' })
  displayName: string;

  @Field(() => String, { description: 'The address the invitee will sign in with.' })
  email: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType({ description: 'What the viewer may do with a user now, so that the UI offers only that.' })
export class UserPermissions {
  @Field(() => Boolean)
  disable: boolean;

  @Field(() => Boolean)
  enable: boolean;

  @Field(() => Boolean, { description: 'Change the user’s name, role or department (not one’s own).' })
  update: boolean;

  @Field(() => Boolean, { description: 'Issue a new invitation link (replacing the old one) to a user who has not accepted yet.' })
  reissueInvitation: boolean;

  @Field(() => Boolean, { description: 'Issue a one-time password reset link (replacing an unused one) to an active user.' })
  issuePasswordReset: boolean;
}
