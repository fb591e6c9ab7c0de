import { NextDirection } from '@kaizen/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A draft of a measure report; every field is saved as given.' })
export class SaveMeasureReportInput {
  @Field(() => ID)
  cycleId: string;

  @Field(() => ID)
  measureId: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(8000)
  whatWasDone: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(8000)
  issues: string;

  @Field(() => NextDirection, { nullable: true })
  @IsOptional()
  nextDirection?: NextDirection | null;

  @Field(() => String, { nullable: true, description: 'One of the strategy’s grades (A, B, C, D by default).' })
  @IsOptional()
  @MaxLength(8)
  selfGrade?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read; null when creating.' })
  expectedVersion?: number | null;
}
