import { Authorized, Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { Measure } from '../measure/measure.entity.js';
import { Submission } from '../review-cycle/submission.entity.js';

// Signed in only (README "Security"): no field of it is public.
@Authorized()
@ObjectType({ description: '施策の評価: what the departments did for a measure in the cycle’s year, and what they propose.' })
@Entity('measure_report')
@Unique('uq_measure_report_cycle_measure', ['cycleId', 'measureId'])
export class MeasureReport extends Submission {
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

  @Field(() => String, { nullable: true, description: '今後の方向性: the code of one of the strategy’s options (Strategy.reportConfig.directions).' })
  @Column({ type: 'text', name: 'next_direction', nullable: true })
  nextDirection: string | null;

  @Field(() => String, { nullable: true, description: '有効性: one of the strategy’s rating levels, when its reports rate it.' })
  @Column({ type: 'text', nullable: true })
  effectiveness: string | null;

  @Field(() => String, { nullable: true, description: '効率性: one of the strategy’s rating levels, when its reports rate it.' })
  @Column({ type: 'text', nullable: true })
  efficiency: string | null;

  @Field(() => String, { nullable: true, description: 'Self-evaluation, one of the strategy’s grades.' })
  @Column({ type: 'text', name: 'self_grade', nullable: true })
  selfGrade: string | null;
}
