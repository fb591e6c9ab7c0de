import { ActionStatus } from '@kaizen/shared';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { Department } from '../department/department.entity.js';
import { Goal } from '../goal/goal.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { ThreadResponse } from '../thread-response/thread-response.entity.js';

registerEnumType(ActionStatus, { name: 'ActionStatus' });

/** Outlives its cycle: it is carried into the next years' reviews of its measure (or goal) until done or dropped. */
// Signed in only (README "Security"): no field of it is public.
@Authorized()
@ObjectType({ description: '改善アクション: what a department commits to after the council’s review.' })
@Entity('improvement_action')
export class ImprovementAction {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', name: 'origin_cycle_id' })
  originCycleId: string;

  @ManyToOne(() => ReviewCycle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'origin_cycle_id' })
  originCycle?: Relation<ReviewCycle>;

  @Index()
  @Column({ type: 'uuid', name: 'goal_id' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<Goal>;

  @Index()
  @Column({ type: 'uuid', name: 'measure_id', nullable: true, comment: 'Null for an action on the goal as a whole.' })
  measureId: string | null;

  @ManyToOne(() => Measure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'measure_id' })
  measure?: Relation<Measure>;

  @Index()
  @Column({ type: 'uuid', name: 'thread_id', nullable: true })
  threadId: string | null;

  @ManyToOne(() => ReviewThread, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ReviewThread>;

  @Index()
  @Column({ type: 'uuid', name: 'response_id', nullable: true })
  responseId: string | null;

  @ManyToOne(() => ThreadResponse, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'response_id' })
  response?: Relation<ThreadResponse>;

  @Index()
  @Column({ type: 'uuid', name: 'owner_department_id', nullable: true, comment: 'Null: the planning division.' })
  ownerDepartmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_department_id' })
  ownerDepartment?: Relation<Department>;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => Int, { description: 'The fiscal year it is due by.' })
  @Column({ type: 'int', name: 'due_fiscal_year' })
  dueFiscalYear: number;

  @Field(() => ActionStatus)
  @Column({ type: 'text' })
  status: ActionStatus;

  @Column({ type: 'uuid', name: 'created_by' })
  createdBy: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
