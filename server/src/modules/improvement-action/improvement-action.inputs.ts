import { ActionStatus } from '@kaizen/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'From a response (its department owns the action), or by the planning division on a thread, a measure or a goal.' })
export class CreateImprovementActionInput {
  @Field(() => ID, { nullable: true, description: 'The response the action carries out; its department owns it.' })
  responseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Planning division: the thread it answers.' })
  threadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Planning division, without a thread: the review cycle it comes from.' })
  cycleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Planning division, without a thread: the measure (or else goalId).' })
  measureId?: string | null;

  @Field(() => ID, { nullable: true })
  goalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Planning division: the owner department; null for itself.' })
  ownerDepartmentId?: string | null;

  @Field(() => String)
  description: string;

  @Field(() => Int)
  dueFiscalYear: number;
}

@InputType({ description: 'A progress note, and the status it leaves the action in.' })
export class UpdateImprovementActionInput {
  @Field(() => ID)
  id: string;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => String)
  note: string;

  @Field(() => Int)
  expectedVersion: number;
}
