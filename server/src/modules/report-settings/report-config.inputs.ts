import { REPORT_LIMITS } from '@kaizen/shared';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';

// Bounds a hostile request cannot exceed; checkReportConfig then says what a valid configuration needs.
@InputType()
export class DirectionOptionInput {
  @Field(() => String)
  @MaxLength(REPORT_LIMITS.code * 2)
  code: string;

  @Field(() => String)
  @MaxLength(REPORT_LIMITS.label * 2)
  label: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REPORT_LIMITS.meaning * 2)
  meaning?: string | null;
}

@InputType({ description: 'What a measure report asks for: the same shape as Strategy.reportConfig.' })
export class ReportConfigInput {
  @Field(() => [DirectionOptionInput])
  @ArrayMaxSize(REPORT_LIMITS.maxOptions * 2)
  @ValidateNested({ each: true })
  directions: DirectionOptionInput[];

  @Field(() => Boolean)
  effectiveness: boolean;

  @Field(() => Boolean)
  efficiency: boolean;

  @Field(() => [String])
  @ArrayMaxSize(REPORT_LIMITS.maxLevels * 2)
  @MaxLength(REPORT_LIMITS.label * 2, { each: true })
  ratingLevels: string[];
}
