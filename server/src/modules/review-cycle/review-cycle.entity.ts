import { GraphQLLocalDate } from 'graphql-scalars';
import { CycleState, type ReportConfig } from '@kaizen/shared';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, VersionColumn, type Relation } from 'typeorm';
import { Strategy } from '../strategy/strategy.entity.js';
import { User } from '../user/user.entity.js';

registerEnumType(CycleState, { name: 'CycleState' });

// Signed in only (README "Security"): no field of it is public.
@Authorized()
@ObjectType({ description: 'The yearly review of the results of one fiscal year.' })
@Entity('review_cycle')
@Unique('uq_review_cycle_year', ['strategyId', 'fiscalYear'])
export class ReviewCycle {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'strategy_id' })
  strategyId: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: Relation<Strategy>;

  @Field(() => Int, { description: 'The fiscal year whose results are reviewed.' })
  @Column({ type: 'int', name: 'fiscal_year' })
  fiscalYear: number;

  @Field(() => CycleState)
  @Column({ type: 'text' })
  state: CycleState;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Due date of the entry of actuals and reports.' })
  @Column({ type: 'date', name: 'collecting_due', nullable: true })
  collectingDue: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', name: 'reviewing_due', nullable: true })
  reviewingDue: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', name: 'responding_due', nullable: true })
  respondingDue: string | null;

  // Departments see why their entry reopened (issue 12): the audit log has every move, this is the one that explains the current step.
  @Field(() => String, { nullable: true, description: 'Why the planning division last moved the cycle back; cleared when it moves forward again.' })
  @Column({ type: 'text', name: 'last_move_back_reason', nullable: true })
  lastMoveBackReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the cycle was last moved back (with `lastMoveBackReason`).' })
  @Column({ type: 'timestamptz', name: 'last_moved_back_at', nullable: true })
  lastMovedBackAt: Date | null;

  // A closed cycle's pages read improvement actions as they stood at this moment (they go on changing in later years).
  @Field(() => Date, { nullable: true, description: 'When the cycle closed; null while it is open.' })
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  /** The report form's options (今後の方向性…) its reports were written with, kept as it closed: the strategy's may change afterwards. */
  @Column({ type: 'jsonb', name: 'closed_report_config', nullable: true })
  closedReportConfig: ReportConfig | null;

  // Published (公開): from then on its results read signed out (publishedCycle, the open data).
  @Field(() => Date, { nullable: true, description: 'When the planning division published the closed cycle’s results; null while unpublished.' })
  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Index()
  @Column({ type: 'uuid', name: 'published_by', nullable: true })
  publishedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by' })
  publishedByUser?: Relation<User>;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
