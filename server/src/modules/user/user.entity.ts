import { Role } from '@kaizen/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Department } from '../department/department.entity.js';

registerEnumType(Role, { name: 'Role', description: 'PLANNING 政策企画課, COUNCIL 市民会議委員, DEPARTMENT 担当課, ADMIN.' });

@ObjectType({ description: 'A person who signs in.' })
@Entity('app_user')
@Check('ck_user_department', `("role" = 'DEPARTMENT') = ("department_id" IS NOT NULL)`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased: e-mail addresses are matched without regard to case. */
  @Field(() => String)
  @Column({ type: 'text', unique: true })
  email: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'uuid', name: 'department_id', nullable: true, comment: 'Set for DEPARTMENT users only.' })
  departmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;

  @Column({ type: 'text', name: 'password_hash' })
  passwordHash: string;

  @Column({ type: 'timestamptz', name: 'disabled_at', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
