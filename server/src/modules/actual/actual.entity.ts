import { SubmissionStatus } from '@kaizen/shared';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { numericTransformer } from '../../db/numeric.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';

registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });

@ObjectType({ description: '実績値: an indicator’s value for the fiscal year of a review cycle.' })
@Entity('actual')
@Unique('uq_actual_cycle_indicator', ['cycleId', 'indicatorId'])
export class Actual {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'cycle_id' })
  cycleId: string;

  @ManyToOne(() => ReviewCycle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Relation<ReviewCycle>;

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

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => [String])
  @Column({ type: 'jsonb', name: 'evidence_links', default: () => "'[]'" })
  evidenceLinks: string[];

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
