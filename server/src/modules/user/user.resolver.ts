import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Department } from '../department/department.entity.js';
import { User } from './user.entity.js';
import { mayManageUser, mayManageUsers } from './user.policy.js';
import { Invitation, InvitationPreview, InviteUserInput, UpdateUserInput, UserPermissions, UserStatus, userStatus } from './user.types.js';

/** Admin data about a user is for those who manage users, and for the user themself. */
const mayReadAdminData = (viewer: User | null, user: User) => mayManageUsers(viewer) || viewer?.id === user.id;

// Every field a resolver adds to User needs a signed-in viewer, as the type's own fields do (user.entity.ts).
@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.PLANNING, Role.ADMIN)
  @Query(() => [User], { description: 'Everyone who can sign in, has been invited or was disabled (政策企画課 and administrators only).' })
  users(@Ctx() { services }: Context): Promise<User[]> {
    return services.users.list();
  }

  @Authorized(Role.PLANNING, Role.ADMIN)
  @Mutation(() => Invitation, { description: 'Creates a user without a password and an invitation valid for 7 days; only an administrator invites an ADMIN. Pass the link on: it is shown only now.' })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() { services, viewer }: Context): Promise<Invitation> {
    return services.users.invite(viewer!, input);
  }

  @Authorized(Role.PLANNING, Role.ADMIN)
  @Mutation(() => Invitation, { description: 'A new 7-day invitation for a user who has not accepted yet; the previous link stops working.' })
  reissueInvitation(@Arg('userId', () => ID) userId: string, @Ctx() { services, viewer }: Context): Promise<Invitation> {
    return services.users.reissueInvitation(viewer!, userId);
  }

  @Query(() => InvitationPreview, { nullable: true, description: 'Whose an invitation link is, for its page to greet the invitee by name; null for a link that is unknown, expired, used or replaced.' })
  invitation(@Arg('token', () => String) token: string, @Ctx() { services }: Context): Promise<InvitationPreview | null> {
    return services.users.previewInvitation(token);
  }

  @Mutation(() => User, { description: 'The invitee chooses a password (12 characters or more) and is signed in; an unknown, expired, used or replaced link gets one answer.' })
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Arg('displayName', () => String, { nullable: true, description: 'To correct the name the inviter entered.' }) displayName: string | null,
    @Ctx() ctx: Context,
  ): Promise<User> {
    const { user, sessionToken } = await ctx.services.users.acceptInvitation(token, password, displayName);
    ctx.session.set(sessionToken);
    // The answer is read as the user now signed in, as after signIn.
    ctx.signedInNow = user;
    return user;
  }

  @Authorized(Role.PLANNING, Role.ADMIN)
  @Mutation(() => User, { description: 'Changes a user’s name, role or department; only an administrator grants ADMIN or changes an administrator, nobody changes their own role or department. Audited as user.update.' })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() { services, viewer }: Context): Promise<User> {
    return services.users.update(viewer!, input);
  }

  @Authorized(Role.PLANNING, Role.ADMIN)
  @Mutation(() => User, { description: 'The user can no longer sign in, and their sessions end now. Not oneself; only an administrator disables an ADMIN.' })
  disableUser(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() { services, viewer }: Context): Promise<User> {
    return services.users.disable(viewer!, id, reason);
  }

  @Authorized(Role.PLANNING, Role.ADMIN)
  @Mutation(() => User, { description: 'A disabled user may sign in again with their password; only an administrator enables an ADMIN.' })
  enableUser(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context): Promise<User> {
    return services.users.enable(viewer!, id);
  }

  @Authorized()
  @FieldResolver(() => Department, { nullable: true, description: 'The department a DEPARTMENT user acts for.' })
  department(@Root() user: User, @Ctx() { loaders }: Context): Promise<Department | undefined> | null {
    return user.departmentId ? loaders.departmentById.load(user.departmentId) : null;
  }

  @Authorized()
  @FieldResolver(() => UserStatus, { nullable: true, description: 'INVITED, ACTIVE or DISABLED: for those who manage users (政策企画課, administrators) and the user themself; null for anyone else.' })
  status(@Root() user: User, @Ctx() { viewer }: Context): UserStatus | null {
    return mayReadAdminData(viewer, user) ? userStatus(user) : null;
  }

  @Authorized()
  @FieldResolver(() => Date, { nullable: true, description: 'When the user was disabled; null when not. Like `status`, null for viewers who do not manage users.' })
  disabledAt(@Root() user: User, @Ctx() { viewer }: Context): Date | null {
    return mayReadAdminData(viewer, user) ? user.disabledAt : null;
  }

  @Authorized()
  @FieldResolver(() => String, { nullable: true, description: 'Why the user was disabled; null when not. Like `status`, null for viewers who do not manage users.' })
  disabledReason(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return mayReadAdminData(viewer, user) ? user.disabledReason : null;
  }

  @Authorized()
  @FieldResolver(() => Date, { nullable: true, description: 'When the link of an INVITED user stops working (it may be past: reissue it); null otherwise, and for viewers who do not manage users.' })
  async invitationExpiresAt(@Root() user: User, @Ctx() { viewer, loaders }: Context): Promise<Date | null> {
    if (!mayManageUsers(viewer) || user.passwordHash || user.disabledAt) return null;
    return (await loaders.pendingInvitationByUserId.load(user.id))?.expiresAt ?? null;
  }

  @Authorized()
  @FieldResolver(() => UserPermissions)
  viewerCan(@Root() user: User, @Ctx() { viewer }: Context): UserPermissions {
    const may = mayManageUser(viewer, user);
    const status = userStatus(user);
    return { disable: may && status !== UserStatus.DISABLED, update: may, enable: may && status === UserStatus.DISABLED, reissueInvitation: may && status === UserStatus.INVITED, issuePasswordReset: may && status === UserStatus.ACTIVE };
  }
}
