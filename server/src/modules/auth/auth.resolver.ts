import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { User } from '../user/user.entity.js';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  viewer(@Ctx() { viewer }: Context): User | null {
    return viewer;
  }

  @Mutation(() => User, { description: 'Signs in with e-mail and password; sets an HttpOnly session cookie.' })
  async signIn(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<User> {
    const { user, token, deviceCookie } = await ctx.services.auth.signIn(email, password, ctx.client, ctx.session.device?.value);
    ctx.session.set(token);
    ctx.session.device?.set(deviceCookie);
    // The answer is read as the user now signed in (their own e-mail); the rest of the operation is not.
    ctx.signedInNow = user;
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends this browser’s session.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.signOut(ctx.session.token);
    ctx.session.clear();
    return true;
  }
}
