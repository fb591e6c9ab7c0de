import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { Goal } from '../goal/goal.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { User } from '../user/user.entity.js';

/**
 * 総合評価: the planning division's judgement of a measure or a goal "総合的に勘案", beside the
 * grade computed from its KPIs, never in its place. Exactly one of measure and goal is set; the
 * unique constraints (whose leading column is cycle_id) also index the cycle's foreign key.
 */
// Signed in only (README "Security"): no field of it is public.
@Authorized()
@ObjectType({ description: '総合評価: the planning division’s overall judgement of a measure or a goal in a review cycle, beside the computed grade.' })
@Entity('overall_judgement')
@Unique('uq_overall_judgement_cycle_measure', ['cycleId', 'measureId'])
@Unique('uq_overall_judgement_cycle_goal', ['cycleId', 'goalId'])
@Check('ck_overall_judgement_subject', `(measure_id IS NULL) <> (goal_id IS NULL)`)
export class OverallJudgement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'cycle_id' })
  cycleId: string;

  @ManyToOne(() => ReviewCycle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Relation<ReviewCycle>;

  @Index()
  @Column({ type: 'uuid', name: 'measure_id', nullable: true, comment: 'Null for a judgement of a goal.' })
  measureId: string | null;

  @ManyToOne(() => Measure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'measure_id' })
  measure?: Relation<Measure>;

  @Index()
  @Column({ type: 'uuid', name: 'goal_id', nullable: true, comment: 'Null for a judgement of a measure.' })
  goalId: string | null;

  @ManyToOne(() => Goal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<Goal>;

  @Field(() => String, { description: 'One of the grades assignable in the cycle’s year (A, B, C, D by default).' })
  @Column({ type: 'text' })
  grade: string;

  @Field(() => String, { description: 'Why: what was weighed besides the KPIs.' })
  @Column({ type: 'text' })
  reason: string;

  @Index()
  @Column({ type: 'uuid', name: 'decided_by' })
  decidedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by' })
  decidedBy?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, { description: 'When it was last decided.' })
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with the next write: a stale one is refused with CONFLICT.' })
  @VersionColumn()
  version: number;
}
