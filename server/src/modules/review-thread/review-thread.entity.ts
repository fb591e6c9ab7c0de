import { CommentKind, ThreadAnchor, ThreadStatus } from '@kaizen/shared';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Goal } from '../goal/goal.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { PlanRevision } from '../plan-revision/plan-revision.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';

registerEnumType(ThreadAnchor, { name: 'ThreadAnchor' });
registerEnumType(CommentKind, { name: 'CommentKind', description: 'QUESTION 質問, OPINION 意見, RECOMMENDATION 提言.' });
registerEnumType(ThreadStatus, { name: 'ThreadStatus', description: 'LEFT: closed unanswered by the planning division, with a reason.' });

/**
 * Exactly one anchor column is set, the one `anchor` names: a real foreign key for each kind. A thread
 * on the plan belongs to a review cycle; one on a draft revision to no cycle (the revision's own
 * state says when it may be written in).
 */
// Signed in only (README "Security"): no field of it is public.
export const REVIEW_THREAD_ANCHOR_CHECK = `(anchor = 'GOAL' AND goal_id IS NOT NULL AND measure_id IS NULL AND indicator_id IS NULL AND revision_id IS NULL AND cycle_id IS NOT NULL)
  OR (anchor = 'MEASURE' AND measure_id IS NOT NULL AND goal_id IS NULL AND indicator_id IS NULL AND revision_id IS NULL AND cycle_id IS NOT NULL)
  OR (anchor = 'INDICATOR' AND indicator_id IS NOT NULL AND goal_id IS NULL AND measure_id IS NULL AND revision_id IS NULL AND cycle_id IS NOT NULL)
  OR (anchor = 'REVISION' AND revision_id IS NOT NULL AND goal_id IS NULL AND measure_id IS NULL AND indicator_id IS NULL AND cycle_id IS NULL)`;

@Authorized()
@ObjectType({ description: 'A council member’s comment on a goal, a measure or an indicator in a review cycle, or on a draft revision of the plan, with its replies and responses.' })
@Entity('review_thread')
@Check('ck_review_thread_anchor', REVIEW_THREAD_ANCHOR_CHECK)
export class ReviewThread {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', name: 'cycle_id', nullable: true })
  cycleId: string | null;

  @ManyToOne(() => ReviewCycle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Relation<ReviewCycle>;

  @Field(() => ThreadAnchor)
  @Column({ type: 'text' })
  anchor: ThreadAnchor;

  @Index()
  @Column({ type: 'uuid', name: 'goal_id', nullable: true })
  goalId: string | null;

  @ManyToOne(() => Goal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<Goal>;

  @Index()
  @Column({ type: 'uuid', name: 'measure_id', nullable: true })
  measureId: string | null;

  @ManyToOne(() => Measure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'measure_id' })
  measure?: Relation<Measure>;

  @Index()
  @Column({ type: 'uuid', name: 'indicator_id', nullable: true })
  indicatorId: string | null;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<Indicator>;

  @Index()
  @Column({ type: 'uuid', name: 'revision_id', nullable: true })
  revisionId: string | null;

  @ManyToOne(() => PlanRevision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revision_id' })
  revision?: Relation<PlanRevision>;

  @Field(() => CommentKind)
  @Column({ type: 'text' })
  kind: CommentKind;

  @Field(() => ThreadStatus)
  @Column({ type: 'text', default: ThreadStatus.OPEN })
  status: ThreadStatus;

  @Field(() => String, { nullable: true, description: 'Why the planning division left it unanswered.' })
  @Column({ type: 'text', name: 'left_reason', nullable: true })
  leftReason: string | null;

  @Column({ type: 'uuid', name: 'created_by' })
  createdBy: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, { description: 'When anything in the thread last changed.' })
  @Column({ type: 'timestamptz', name: 'last_activity_at', default: () => 'now()' })
  lastActivityAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
