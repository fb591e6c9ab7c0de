import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@ObjectType({ description: '担当課: a department of the municipality, responsible for indicators and projects.' })
@Entity('department')
@Unique('uq_department_municipality_name', ['municipality', 'name'])
export class Department {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;
}
