import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../graphql/errors.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { User } from '../user/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditLabel } from './audit-label.types.js';
import { auditLabels, auditSubject } from './audit-labels.js';

/** The id the written record holds in `key`: as it was written, or as it was before it was deleted. */
function recordedId(entry: AuditEntry, key: 'indicatorId' | 'measureId'): string | null {
  const id = (entry.after ?? entry.before)?.[key];
  return typeof id === 'string' && isUuid(id) ? id : null;
}

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

  // The log names what an entry is about from these, one batch per page: no reading of every plan to find the names.
  @FieldResolver(() => Indicator, { nullable: true, description: 'The indicator the written record belongs to (an actual’s KPI, a thread’s), while it exists.' })
  indicator(@Root() entry: AuditEntry, @Ctx() { loaders }: Context): Promise<Indicator | undefined> | null {
    const id = recordedId(entry, 'indicatorId');
    return id ? loaders.indicatorById.load(id) : null;
  }

  @FieldResolver(() => Measure, { nullable: true, description: 'The measure the written record belongs to (a measure report’s, an action’s), while it exists.' })
  measure(@Root() entry: AuditEntry, @Ctx() { loaders }: Context): Promise<Measure | undefined> | null {
    const id = recordedId(entry, 'measureId');
    return id ? loaders.measureById.load(id) : null;
  }

  @FieldResolver(() => AuditLabel, { nullable: true, description: 'What the entry is about, named (a user’s name, a cycle’s fiscal year, a thread’s subject, an actual’s indicator); null once that record is gone.' })
  subject(@Root() entry: AuditEntry, @Ctx() { loaders }: Context): Promise<AuditLabel | null> {
    return auditSubject(entry, loaders);
  }

  @FieldResolver(() => [AuditLabel], { description: 'The ids (and 今後の方向性 codes) in `before` and `after`, named: the log shows names, never ids. A record since removed is left out.' })
  labels(@Root() entry: AuditEntry, @Ctx() { loaders }: Context): Promise<AuditLabel[]> {
    return auditLabels(entry, loaders);
  }
}
