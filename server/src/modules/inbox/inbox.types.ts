import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.entity.js';
import { ImprovementAction } from '../improvement-action/improvement-action.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';

export const InboxKind = {
  /** Council: threads they took part in, answered or replied to since they last read them. */
  NEW_ANSWERS: 'NEW_ANSWERS',
  /** Department: open threads their department has not answered yet. */
  AWAITING_RESPONSE: 'AWAITING_RESPONSE',
  /** Department: their actions due this fiscal year or earlier, not done. */
  ACTIONS_DUE: 'ACTIONS_DUE',
  /** Department: actuals and reports still to enter, or returned to them. */
  ENTRIES_TO_HAND_IN: 'ENTRIES_TO_HAND_IN',
  /** Planning division: open threads. */
  UNRESOLVED_THREADS: 'UNRESOLVED_THREADS',
  /** Planning division: handed-in entries to accept or return. */
  SUBMISSIONS_TO_CHECK: 'SUBMISSIONS_TO_CHECK',
  /** Planning division: departments past the entry due date. */
  LATE_DEPARTMENTS: 'LATE_DEPARTMENTS',
} as const;
export type InboxKind = (typeof InboxKind)[keyof typeof InboxKind];
registerEnumType(InboxKind, { name: 'InboxKind' });

@ObjectType({ description: 'One kind of thing waiting for the viewer in one review cycle.' })
export class InboxItem {
  @Field(() => InboxKind)
  kind: InboxKind;

  @Field(() => Int)
  count: number;

  @Field(() => ReviewCycle)
  cycle: ReviewCycle;

  @Field(() => [ReviewThread], { description: 'For the thread kinds.' })
  threads: ReviewThread[] = [];

  @Field(() => [ImprovementAction], { description: 'For ACTIONS_DUE.' })
  actions: ImprovementAction[] = [];

  @Field(() => [Department], { description: 'For LATE_DEPARTMENTS.' })
  departments: Department[] = [];
}

@ObjectType({ description: 'What waits for the viewer, by kind; `total` is the count in the header.' })
export class Inbox {
  @Field(() => Int)
  total: number;

  @Field(() => [InboxItem], { description: 'Only kinds with something in them.' })
  items: InboxItem[];
}
