import { PlanChangeAction, PlanSubject } from '@kaizen/shared';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, type Relation } from 'typeorm';
import { Strategy } from '../strategy/strategy.entity.js';
import { PlanRevision } from './plan-revision.entity.js';

/**
 * One change of a revision: a field of a plan row, before and after (JSON of the entity's own
 * column value), or a new indicator. One change per field per revision: a second edit replaces it.
 * `strategy_id` repeats the revision's so that one statement reads a plan's whole history.
 */
@Authorized()
@ObjectType({ description: 'One change of a revision: a field of the plan, before and after, or a new indicator.' })
@Entity('plan_change')
@Unique('uq_plan_change_field', ['revisionId', 'subjectType', 'subjectId', 'field'])
@Index('ix_plan_change_strategy', ['strategyId', 'subjectType', 'subjectId'])
export class PlanChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', name: 'revision_id' })
  revisionId: string;

  @ManyToOne(() => PlanRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: Relation<PlanRevision>;

  @Column({ type: 'uuid', name: 'strategy_id' })
  strategyId: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: Relation<Strategy>;

  @Field(() => Int, { description: 'Order within the revision, as entered.' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => PlanSubject)
  @Column({ type: 'text', name: 'subject_type' })
  subjectType: PlanSubject;

  @Field(() => ID, { description: 'The row changed; for ADD, the id the new indicator takes on adoption.' })
  @Column({ type: 'uuid', name: 'subject_id' })
  subjectId: string;

  @Field(() => PlanChangeAction)
  @Column({ type: 'text' })
  action: PlanChangeAction;

  @Field(() => String, { description: 'The field changed (an entity field name, e.g. targetValue); `*` for ADD.' })
  @Column({ type: 'text' })
  field: string;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Field(() => String, { nullable: true, description: 'This change’s own reason, where it differs from the revision’s.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
