import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Measure } from '../measure/measure.entity.js';

@ObjectType({ description: '具体的な施策: a concrete policy of a measure (①②③ → ordinal 1, 2, 3).' })
@Entity('policy')
@Unique('uq_policy_measure_ordinal', ['measureId', 'ordinal'])
export class Policy {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'measure_id' })
  measureId: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: Relation<Measure>;

  @Field(() => Int)
  @Column({ type: 'int' })
  ordinal: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => [String])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  bullets: string[];

  @Field(() => Int, { nullable: true, description: '廃止: the first fiscal year it no longer applies (by a revision); its history stays.' })
  @Column({ type: 'int', name: 'retired_from_fy', nullable: true })
  retiredFromFY: number | null;
}
