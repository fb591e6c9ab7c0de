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

  @Field(() => String, { nullable: true, description: 'The code of one of the strategy’s 今後の方向性 options.' })
  @IsOptional()
  @MaxLength(32)
  nextDirection?: string | null;

  @Field(() => String, { nullable: true, description: '有効性, one of the strategy’s rating levels; only when its reports rate it.' })
  @IsOptional()
  @MaxLength(20)
  effectiveness?: string | null;

  @Field(() => String, { nullable: true, description: '効率性, one of the strategy’s rating levels; only when its reports rate it.' })
  @IsOptional()
  @MaxLength(20)
  efficiency?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the strategy’s grades (A, B, C, D by default).' })
  @IsOptional()
  @MaxLength(8)
  selfGrade?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read; null when creating.' })
  expectedVersion?: number | null;
}
