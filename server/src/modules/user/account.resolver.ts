import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { PasswordResetLink } from './password-reset.types.js';
import { User } from './user.entity.js';

/** One's own password, and password resets by those who manage users. */
@Resolver(() => User)
export class AccountResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'True until the user changes the password they were given (the first-start administrator): every operation but viewer, changePassword and signOut is refused with PASSWORD_CHANGE_REQUIRED. Null for anyone but the user themself.',
  })
  mustChangePassword(@Root() user: User, @Ctx() { viewer }: Context): boolean | null {
    return viewer?.id === user.id ? user.mustChangePassword : null;
  }

  // Not @Authorized: a user who must change their password gets here, and nowhere else.
  @Mutation(() => User, { description: 'The signed-in user changes their password (12 characters or more, not the e-mail address); their other sessions end. Audited as user.changePassword.' })
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return ctx.services.passwords.changePassword(requireViewer(ctx), ctx.session.token, currentPassword, newPassword);
  }

  @Authorized(Role.PLANNING, Role.ADMIN)
  @Mutation(() => PasswordResetLink, {
    description: 'A one-time link (24 hours) for an active user to choose a new password; the previous link stops working. Not oneself; only an administrator resets an ADMIN. Pass the link on: it is shown only now.',
  })
  issuePasswordReset(@Arg('userId', () => ID) userId: string, @Ctx() { services, viewer }: Context): Promise<PasswordResetLink> {
    return services.passwords.issueReset(viewer!, userId);
  }

  @Mutation(() => User, { description: 'The holder of a reset link chooses a new password: every session of the user ends and this browser is signed in; an unknown, expired, used or replaced link gets one answer.' })
  async resetPassword(@Arg('token', () => String) token: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<User> {
    const { user, sessionToken } = await ctx.services.passwords.resetPassword(token, password);
    ctx.session.set(sessionToken);
    // The answer is read as the user now signed in (their own e-mail), as after signIn; the rest of the operation is not.
    ctx.signedInNow = user;
    return user;
  }
}
