import { registerEnumType } from 'type-graphql';

/**
 * The mails a user may turn off. Invitations and password-reset links are not among them: they
 * are sent whatever the preferences, being the only way the link reaches its holder.
 */
export const NotificationKind = {
  /** A cycle opened for entry (or reopened), with its due dates: departments with something to enter. */
  CYCLE_OPENED: 'CYCLE_OPENED',
  /** An actual or a measure report was returned, with the reason: the departments answering for it. */
  ENTRY_RETURNED: 'ENTRY_RETURNED',
  /** A council thread asks the department for a response. */
  THREAD_AWAITING_ANSWER: 'THREAD_AWAITING_ANSWER',
  /** A due date is three days away or nearer, with something still to do. */
  DUE_SOON: 'DUE_SOON',
  /** A due date has passed with something still to do. */
  OVERDUE: 'OVERDUE',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const notificationKinds: NotificationKind[] = Object.values(NotificationKind);

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'E-mails a user may turn off: CYCLE_OPENED 受付開始, ENTRY_RETURNED 差戻し, THREAD_AWAITING_ANSWER 回答待ちの論点, DUE_SOON 締切3日前, OVERDUE 締切超過.',
});
