import { Role } from '@kaizen/shared';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { SELF, type AuthRule } from '../../graphql/auth-checker.js';
import { Department } from '../department/department.entity.js';

registerEnumType(Role, { name: 'Role', description: 'PLANNING 政策企画課, COUNCIL 市民会議委員, DEPARTMENT 担当課, ADMIN.' });

// Who someone is (name, role, department) is for those signed in; nobody reaches a user signed out.
@Authorized()
@ObjectType({ description: 'A person who signs in.' })
@Entity('app_user')
@Check('ck_user_department', `("role" = 'DEPARTMENT') = ("department_id" IS NOT NULL)`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased: e-mail addresses are matched without regard to case. Personal data: FORBIDDEN to anyone else. */
  @Authorized<AuthRule>(Role.PLANNING, Role.ADMIN, SELF)
  @Field(() => String, { description: 'Read by the user themself, 政策企画課 and administrators; FORBIDDEN for anyone else.' })
  @Column({ type: 'text', unique: true })
  email: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Index()
  @Column({ type: 'uuid', name: 'department_id', nullable: true, comment: 'Set for DEPARTMENT users only.' })
  departmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;

  /** An argon2 hash; null until the user accepts their invitation and chooses a password. */
  @Column({ type: 'text', name: 'password_hash', nullable: true })
  passwordHash: string | null;

  /** Set for the first-start administrator, whose password was written to a file: every operation but changing it is refused until then. */
  @Column({ type: 'boolean', name: 'must_change_password', default: false })
  mustChangePassword: boolean;

  /** Not a @Field: `disabledAt` and `status` are served by UserResolver to those who manage users. */
  @Column({ type: 'timestamptz', name: 'disabled_at', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'text', name: 'disabled_reason', nullable: true })
  disabledReason: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Int, { description: 'Send it back with updateUser: a stale one is refused with CONFLICT.' })
  @VersionColumn({ default: 1 })
  version: number;
}
