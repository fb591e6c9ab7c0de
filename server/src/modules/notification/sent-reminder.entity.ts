import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { User } from '../user/user.entity.js';
import type { NotificationKind } from './notification-kind.js';

/**
 * A due-date reminder already sent: the daily job inserts the row before sending and sends only
 * when the insert was new, so a second run that day, a restart or a second server process sends
 * nothing twice. Keyed by the due date reminded of: a moved due date is reminded of again.
 */
@Entity('sent_reminder')
export class SentReminder {
  @PrimaryColumn({ type: 'uuid', name: 'cycle_id' })
  cycleId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  kind: NotificationKind;

  @PrimaryColumn({ type: 'date', name: 'due_date' })
  dueDate: string;

  @ManyToOne(() => ReviewCycle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Relation<ReviewCycle>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'timestamptz', name: 'sent_at', default: () => 'now()' })
  sentAt: Date;
}
