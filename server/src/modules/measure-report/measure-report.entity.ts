import { NextDirection } from '@kaizen/shared';
import { Authorized, Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { Measure } from '../measure/measure.entity.js';
import { Submission } from '../review-cycle/submission.entity.js';

registerEnumType(NextDirection, { name: 'NextDirection', description: '今後の方向性: EXPAND 拡充, CONTINUE 継続, REVISE 見直し, ABOLISH 廃止.' });

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

  @Field(() => NextDirection, { nullable: true, description: '今後の方向性.' })
  @Column({ type: 'text', name: 'next_direction', nullable: true })
  nextDirection: NextDirection | null;

  @Field(() => String, { nullable: true, description: 'Self-evaluation, one of the strategy’s grades.' })
  @Column({ type: 'text', name: 'self_grade', nullable: true })
  selfGrade: string | null;
}
