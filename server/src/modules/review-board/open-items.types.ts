import { CommentKind } from '@kaizen/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Department } from '../department/department.entity.js';

/** How many items a list of open items carries at most: enough to act on, the total says the rest. */
export const OPEN_ITEMS_SHOWN = 50;

@ObjectType({ description: 'A KPI whose actual, or a measure whose report, is still open in a cycle.' })
export class OpenEntry {
  @Field(() => ID, { description: 'The indicator (for an actual) or the measure (for a report).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The measure’s code; null for an indicator.' })
  code: string | null;

  @Field(() => String)
  title: string;

  @Field(() => [Department], { description: 'Who enters it; empty for what no department holds (the planning division’s own).' })
  departments: Department[];
}

@ObjectType({ description: 'The first items of one kind still open, and how many there are in all.' })
export class OpenEntries {
  @Field(() => Int)
  total: number;

  @Field(() => [OpenEntry], { description: `At most ${OPEN_ITEMS_SHOWN}, in the plan’s order.` })
  items: OpenEntry[];
}

@ObjectType({ description: 'A thread not yet resolved or left, with where it is read.' })
export class OpenThread {
  @Field(() => ID)
  id: string;

  @Field(() => CommentKind)
  kind: CommentKind;

  @Field(() => String, { description: 'What it is about: the indicator’s name, the measure’s code and title, the goal’s number and title.' })
  about: string;

  @Field(() => ID, { nullable: true, description: 'The measure whose review page shows it (a KPI’s: the first measure listing it).' })
  measureId: string | null;

  @Field(() => ID, { nullable: true, description: 'The goal whose review page shows it, when no measure does (a goal’s or a KGI’s thread).' })
  goalId: string | null;
}

@ObjectType({ description: 'The first open threads of one kind, and how many there are in all.' })
export class OpenThreads {
  @Field(() => Int)
  total: number;

  @Field(() => [OpenThread], { description: `At most ${OPEN_ITEMS_SHOWN}, oldest first.` })
  items: OpenThread[];
}

@ObjectType({ description: 'What is still open in a cycle, by kind: what the planning division confirms before moving it on.' })
export class CycleOpenItems {
  @Field(() => OpenEntries, { description: 'KPIs with nothing saved.' })
  actualsMissing: OpenEntries;

  @Field(() => OpenEntries, { description: 'Actuals saved as drafts, never submitted.' })
  actualDrafts: OpenEntries;

  @Field(() => OpenEntries, { description: 'Actuals returned and not handed in again.' })
  actualsReturned: OpenEntries;

  @Field(() => OpenEntries, { description: 'Actuals handed in, not yet accepted or returned.' })
  actualsSubmitted: OpenEntries;

  @Field(() => OpenEntries, { description: 'Measures with no report saved.' })
  reportsMissing: OpenEntries;

  @Field(() => OpenEntries)
  reportDrafts: OpenEntries;

  @Field(() => OpenEntries)
  reportsReturned: OpenEntries;

  @Field(() => OpenEntries)
  reportsSubmitted: OpenEntries;

  @Field(() => OpenThreads, { description: 'Open threads some responsible department (or the planning division) has not answered.' })
  threadsAwaitingResponse: OpenThreads;

  @Field(() => OpenThreads, { description: 'Open threads every one concerned has answered, not yet resolved or left.' })
  threadsUnresolved: OpenThreads;
}
