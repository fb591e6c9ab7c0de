import { PlanChangeAction, PlanSubject, RevisionState } from '@kaizen/shared';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { Strategy } from '../strategy/strategy.entity.js';
import { User } from '../user/user.entity.js';

registerEnumType(RevisionState, { name: 'RevisionState', description: 'DRAFT 案, ADOPTED 決定, DISCARDED 取下げ.' });
registerEnumType(PlanSubject, { name: 'PlanSubject', description: 'What a revision’s change is about.' });
registerEnumType(PlanChangeAction, { name: 'PlanChangeAction', description: 'ADD a new indicator; UPDATE one field (retiring included).' });

/**
 * 改訂: a decided set of changes to a plan, in force from a fiscal year. The plan's own rows hold
 * the plan as adopted today; a revision's changes keep each field's value before and after, so the
 * plan of any year (or as of any revision, or as a review closed with it) is folded back from them.
 */
// Signed in only (README "Security"): drafts are the planning division's working material.
@Authorized()
@ObjectType({ description: '改訂: the planning division’s decided (or drafted) changes to a plan, in force from a fiscal year.' })
@Entity('plan_revision')
@Unique('uq_plan_revision_number', ['strategyId', 'number'])
@Unique('uq_plan_revision_seq', ['strategyId', 'adoptedSeq'])
export class PlanRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'strategy_id' })
  strategyId: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: Relation<Strategy>;

  @Field(() => Int, { description: 'No. of the revision within its plan, in the order drafted (第N次改訂).' })
  @Column({ type: 'int' })
  number: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => Int, { description: 'The first fiscal year graded against the revised plan.' })
  @Column({ type: 'int', name: 'effective_fiscal_year' })
  effectiveFiscalYear: number;

  @Field(() => String, { nullable: true, description: 'The body that decided it and how, e.g. 行政経営市民会議 R7.5 報告, 市議会 全員協議会.' })
  @Column({ type: 'text', name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true, description: 'When it was decided (YYYY-MM-DD).' })
  @Column({ type: 'date', name: 'decided_on', nullable: true })
  decidedOn: string | null;

  @Field(() => String, { description: 'Why the plan changes; a change may give its own.' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => RevisionState)
  @Column({ type: 'text', default: RevisionState.DRAFT })
  state: RevisionState;

  @Field(() => Int, { nullable: true, description: 'Its place in the order of adoption (null until adopted).' })
  @Column({ type: 'int', name: 'adopted_seq', nullable: true })
  adoptedSeq: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'adopted_at', nullable: true })
  adoptedAt: Date | null;

  @Index()
  @Column({ type: 'uuid', name: 'created_by', nullable: true, comment: 'Null: drafted by a plan-file import.' })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: Relation<User>;

  @Index()
  @Column({ type: 'uuid', name: 'closed_by', nullable: true, comment: 'Who adopted or discarded it.' })
  closedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'closed_by' })
  closedBy?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with the next write of the revision itself: a stale one is refused with CONFLICT.' })
  @VersionColumn()
  version: number;
}
