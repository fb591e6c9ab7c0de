import { Check, CreateDateColumn, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { ImprovementAction } from '../improvement-action/improvement-action.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { User } from '../user/user.entity.js';
import { PlanRevision } from './plan-revision.entity.js';

/**
 * What a revision answers: an improvement action or a council thread that asked for the plan to
 * change (the "A" of PDCA feeding the next "P"). Exactly one of the two is set.
 */
@Entity('plan_revision_link')
@Unique('uq_plan_revision_link_action', ['revisionId', 'actionId'])
@Unique('uq_plan_revision_link_thread', ['revisionId', 'threadId'])
@Check('ck_plan_revision_link_one', `(action_id IS NULL) <> (thread_id IS NULL)`)
export class PlanRevisionLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'revision_id' })
  revisionId: string;

  @ManyToOne(() => PlanRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: Relation<PlanRevision>;

  @Index()
  @Column({ type: 'uuid', name: 'action_id', nullable: true })
  actionId: string | null;

  @ManyToOne(() => ImprovementAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: Relation<ImprovementAction>;

  @Index()
  @Column({ type: 'uuid', name: 'thread_id', nullable: true })
  threadId: string | null;

  @ManyToOne(() => ReviewThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ReviewThread>;

  @Index()
  @Column({ type: 'uuid', name: 'created_by' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
