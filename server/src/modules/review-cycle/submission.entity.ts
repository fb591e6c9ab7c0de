import { SubmissionStatus } from '@kaizen/shared';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { ReviewCycle } from './review-cycle.entity.js';

registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });

/**
 * The columns of whatever departments hand in during a cycle (actuals, measure reports): see
 * SubmissionWorkflow. `@ObjectType` passes the GraphQL fields on; the schema never names this type.
 */
@ObjectType()
export abstract class Submission {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'cycle_id' })
  cycleId: string;

  @ManyToOne(() => ReviewCycle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Relation<ReviewCycle>;

  @Field(() => SubmissionStatus)
  @Column({ type: 'text' })
  status: SubmissionStatus;

  // The planning division's check of a submission: for those signed in.
  @Authorized()
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
