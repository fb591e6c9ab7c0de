import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../graphql/errors.js';
import { User } from '../user/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.PLANNING, Role.ADMIN)
  @Query(() => [AuditEntry], { description: 'The audit log, newest first; optionally of one record.' })
  auditLog(
    @Ctx() { dataSource }: Context,
    @Arg('entityId', () => ID, { nullable: true }) entityId: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 100 }) first = 100,
  ): Promise<AuditEntry[]> {
    return dataSource.getRepository(AuditEntry).find({
      // An explicit null means the same as leaving the argument out: every record.
      where: entityId == null ? {} : { entityId: isUuid(entityId) ? entityId : '00000000-0000-0000-0000-000000000000' },
      order: { at: 'DESC' },
      take: Math.min(Math.max(first, 1), 500),
    });
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who wrote; null for the system (imports, seeding).' })
  user(@Root() entry: AuditEntry, @Ctx() { loaders }: Context): Promise<User | undefined> | null {
    return entry.userId ? loaders.userById.load(entry.userId) : null;
  }
}
