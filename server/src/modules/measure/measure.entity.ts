import { Field, ID, ObjectType, Int } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Goal } from '../goal/goal.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';

@ObjectType({ description: '施策: a measure under a goal, with its policies, KPIs and main projects.' })
@Entity('measure')
@Unique('uq_measure_strategy_code', ['strategyId', 'code'])
export class Measure {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'strategy_id' })
  strategyId: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: Relation<Strategy>;

  @Index()
  @Column({ type: 'uuid', name: 'goal_id' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<Goal>;

  @Field(() => String, { description: 'Code as the plan writes it, e.g. `1-1`.' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int' })
  position: number;

  @Field(() => [String], { description: '注) lines and ※ footnotes, as written.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  notes: string[];

  @Field(() => Int, { nullable: true, description: '廃止: the first fiscal year it no longer applies (by a revision); its history stays.' })
  @Column({ type: 'int', name: 'retired_from_fy', nullable: true })
  retiredFromFY: number | null;
}
