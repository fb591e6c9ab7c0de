import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ReviewThread } from './review-thread.entity.js';

/** When a user last read a thread: what is newer is "new" for them. */
@Entity('thread_read')
export class ThreadRead {
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid', name: 'thread_id' })
  threadId: string;

  @ManyToOne(() => ReviewThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ReviewThread>;

  @Column({ type: 'timestamptz', name: 'read_at' })
  readAt: Date;
}
