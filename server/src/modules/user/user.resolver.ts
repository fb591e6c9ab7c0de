import { Role } from '@kaizen/shared';
import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Department } from '../department/department.entity.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.PLANNING, Role.ADMIN)
  @Query(() => [User], { description: 'Everyone who can sign in (政策企画課 and administrators only).' })
  users(@Ctx() { services }: Context): Promise<User[]> {
    return services.users.list();
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department a DEPARTMENT user acts for.' })
  department(@Root() user: User, @Ctx() { loaders }: Context): Promise<Department | undefined> | null {
    return user.departmentId ? loaders.departmentById.load(user.departmentId) : null;
  }
}
