import { Authorized, Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { numericTransformer } from '../../db/numeric.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Submission } from '../review-cycle/submission.entity.js';

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

  @Field(() => String, { nullable: true, description: 'Why the value is not yet known (e.g. statistics published later).' })
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
