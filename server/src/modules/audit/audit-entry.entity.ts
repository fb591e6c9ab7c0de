import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'One write: who, when, what, and the record before and after.' })
@Entity('audit_entry')
@Index(['entityType', 'entityId'])
@Index(['cycleId', 'seq'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * Position in the log, for the live activity feed: within one review cycle, a deferred trigger
   * draws it at commit under a per-cycle lock (migration FeedOrderAtCommit), so seq order is commit
   * order and "everything after seq N" misses nothing. Read back before commit, it is a placeholder.
   */
  @Column({ type: 'bigint', generated: 'increment' })
  seq: string;

  /** The review cycle the write belongs to, if any: the live feed is per cycle. */
  @Column({ type: 'uuid', name: 'cycle_id', nullable: true })
  cycleId: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** Kept as a plain id (no foreign key): the log outlives what it describes. */
  @Column({ type: 'uuid', name: 'user_id', nullable: true })
  userId: string | null;

  @Field(() => String, { description: 'e.g. `actual.save`, `reviewCycle.move`.' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'entity_type' })
  entityType: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'entity_id' })
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
