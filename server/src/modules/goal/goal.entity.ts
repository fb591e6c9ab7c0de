import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Strategy } from '../strategy/strategy.entity.js';

@ObjectType({ description: '基本目標: a basic goal of the strategy, measured by its KGIs.' })
@Entity('goal')
@Unique('uq_goal_strategy_number', ['strategyId', 'number'])
export class Goal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', name: 'strategy_id' })
  strategyId: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: Relation<Strategy>;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { description: '基本的方向: paragraphs separated by a blank line.' })
  @Column({ type: 'text', name: 'basic_direction' })
  basicDirection: string;
}
