import { MAX_JUDGEMENT_REASON_LENGTH } from '@kaizen/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'The planning division’s overall judgement of a measure or (else) a goal in a review cycle.' })
export class SetOverallJudgementInput {
  @Field(() => ID)
  cycleId: string;

  @Field(() => ID, { nullable: true, description: 'The measure judged (or else goalId).' })
  @IsOptional()
  measureId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  goalId?: string | null;

  @Field(() => String, { description: 'One of the grades assignable in the cycle’s year.' })
  @MaxLength(8)
  grade: string;

  @Field(() => String, { description: `Why, 1–${MAX_JUDGEMENT_REASON_LENGTH} characters.` })
  @MaxLength(MAX_JUDGEMENT_REASON_LENGTH)
  reason: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; null when creating.' })
  @IsOptional()
  expectedVersion?: number | null;
}
