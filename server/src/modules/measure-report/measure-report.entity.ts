import { NextDirection, SubmissionStatus } from '@kaizen/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { Measure } from '../measure/measure.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';

registerEnumType(NextDirection, { name: 'NextDirection', description: '今後の方向性: EXPAND 拡充, CONTINUE 継続, REVISE 見直し, ABOLISH 廃止.' });

@ObjectType({ description: '施策の評価: what the departments did for a measure in the cycle’s year, and what they propose.' })
@Entity('measure_report')
@Unique('uq_measure_report_cycle_measure', ['cycleId', 'measureId'])
export class MeasureReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'cycle_id' })
  cycleId: string;

  @ManyToOne(() => ReviewCycle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Relation<ReviewCycle>;

  @Index()
  @Column({ type: 'uuid', name: 'measure_id' })
  measureId: string;

  @ManyToOne(() => Measure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'measure_id' })
  measure?: Relation<Measure>;

  @Field(() => String, { description: '取組内容: what was done.' })
  @Column({ type: 'text', name: 'what_was_done', default: '' })
  whatWasDone: string;

  @Field(() => String, { description: '課題: the issues found.' })
  @Column({ type: 'text', default: '' })
  issues: string;

  @Field(() => NextDirection, { nullable: true, description: '今後の方向性.' })
  @Column({ type: 'text', name: 'next_direction', nullable: true })
  nextDirection: NextDirection | null;

  @Field(() => String, { nullable: true, description: 'Self-evaluation, one of the strategy’s grades.' })
  @Column({ type: 'text', name: 'self_grade', nullable: true })
  selfGrade: string | null;

  @Field(() => SubmissionStatus)
  @Column({ type: 'text' })
  status: SubmissionStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'return_reason', nullable: true })
  returnReason: string | null;

  @Field(() => Int, { description: 'Send it back with the next write: a stale one is refused with CONFLICT.' })
  @VersionColumn()
  version: number;

  @Column({ type: 'uuid', name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
