import { NotGraded, ValueBound } from '@kaizen/shared';
import { Authorized, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { numericTransformer } from '../../db/numeric.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Submission } from '../review-cycle/submission.entity.js';

registerEnumType(ValueBound, { name: 'ValueBound', description: 'A figure written as a bound: AT_LEAST 以上, AT_MOST 以下, ABOVE 超, BELOW 未満.' });

@ObjectType({ description: '実績値: an indicator’s value for the fiscal year of a review cycle.' })
@Entity('actual')
@Unique('uq_actual_cycle_indicator', ['cycleId', 'indicatorId'])
export class Actual extends Submission {
  @Index()
  @Column({ type: 'uuid', name: 'indicator_id' })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<Indicator>;

  @Field(() => Int, { description: 'The fiscal year the value is for (the cycle’s year).' })
  @Column({ type: 'int', name: 'fiscal_year' })
  fiscalYear: number;

  @Field(() => Float, { nullable: true, description: 'Null while "not yet known".' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  value: number | null;

  @Field(() => ValueBound, { nullable: true, description: 'The value was written as a bound (`75%以上`) and is judged at it.' })
  @Column({ type: 'text', name: 'value_bound', nullable: true })
  valueBound: ValueBound | null;

  @Field(() => Int, { nullable: true, description: 'The year the value describes when earlier than the cycle’s (最新値（R5年度）); null: the cycle’s year.' })
  @Column({ type: 'int', name: 'period_fiscal_year', nullable: true })
  periodFiscalYear: number | null;

  @Field(() => String, { nullable: true, description: 'The period as written, e.g. `R6.10時点`.' })
  @Column({ type: 'text', name: 'period_label', nullable: true })
  periodLabel: string | null;

  @Field(() => NotGraded, { nullable: true, description: 'The department declared the year not graded (中止, 未着手 …); its reason is notKnownReason.' })
  @Column({ type: 'text', name: 'not_graded', nullable: true })
  notGraded: NotGraded | null;

  @Field(() => String, { nullable: true, description: 'Why the value is not yet known (e.g. statistics published later), or why the year is not graded.' })
  @Column({ type: 'text', name: 'not_known_reason', nullable: true })
  notKnownReason: string | null;

  // The department's working notes and sources: for those signed in (the public reads the figure).
  @Authorized()
  @Field(() => String)
  @Column({ type: 'text', default: '' })
  note: string;

  @Authorized()
  @Field(() => [String])
  @Column({ type: 'jsonb', name: 'evidence_links', default: () => "'[]'" })
  evidenceLinks: string[];
}
