import { ResponseStance } from '@kaizen/shared';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { Department } from '../department/department.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';

registerEnumType(ResponseStance, { name: 'ResponseStance', description: 'WILL_ADDRESS 対応する, PARTLY 一部対応, WILL_NOT 対応しない.' });

/** One per thread and responsible department (null: the planning division); answering again edits it. */
// Signed in only (README "Security"): no field of it is public.
@Authorized()
@ObjectType({ description: 'A responsible department’s answer to a council thread.' })
@Entity('thread_response')
@Index('uq_thread_response_department', ['threadId', 'departmentId'], { unique: true, where: '"department_id" IS NOT NULL' })
@Index('uq_thread_response_planning', ['threadId'], { unique: true, where: '"department_id" IS NULL' })
export class ThreadResponse {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', name: 'thread_id' })
  threadId: string;

  @ManyToOne(() => ReviewThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ReviewThread>;

  @Index()
  @Column({ type: 'uuid', name: 'department_id', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;

  @Field(() => ResponseStance)
  @Column({ type: 'text' })
  stance: ResponseStance;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => String, { nullable: true, description: 'Why not (or not wholly): required unless WILL_ADDRESS.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId: string;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
