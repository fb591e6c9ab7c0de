import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Strategy } from '../strategy/strategy.entity.js';

@ObjectType({ description: '主な事業: a main project carrying out one or more measures.' })
@Entity('project')
@Unique('uq_project_strategy_name', ['strategyId', 'name'])
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'strategy_id' })
  strategyId: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: Relation<Strategy>;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Wording that is not a department, e.g. ほか.' })
  @Column({ type: 'text', name: 'departments_note', nullable: true })
  departmentsNote: string | null;

  @Field(() => Int, { nullable: true, description: 'Fiscal year the project starts (R6~ = 2024); null when it predates the plan.' })
  @Column({ type: 'int', name: 'since_fy', nullable: true })
  sinceFY: number | null;

  @Field(() => Int, { nullable: true, description: '廃止: the first fiscal year it no longer applies (by a revision); its history stays.' })
  @Column({ type: 'int', name: 'retired_from_fy', nullable: true })
  retiredFromFY: number | null;
}
