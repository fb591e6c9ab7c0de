import { ResponseStance } from '@kaizen/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'The viewer’s department’s answer to a thread (the planning division’s, for a goal).' })
export class RespondToThreadInput {
  @Field(() => ID)
  threadId: string;

  @Field(() => ResponseStance)
  stance: ResponseStance;

  @Field(() => String)
  body: string;

  @Field(() => String, { nullable: true, description: 'Required unless WILL_ADDRESS.' })
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version of the department’s response you read; null when answering first.' })
  expectedVersion?: number | null;
}
