import { NotGraded } from '@kaizen/shared';
import { ArrayMaxSize, IsOptional, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A value as typed (`1,650`, `１６５０`, `75.1%`), or why it is not yet known.' })
export class SaveActualInput {
  @Field(() => ID)
  cycleId: string;

  @Field(() => ID)
  indicatorId: string;

  @Field(() => String, { nullable: true, description: 'The value as typed; omit it with notKnownReason.' })
  @IsOptional()
  @MaxLength(40)
  value?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the value is not yet known, or why the year is not graded (with notGraded).' })
  @IsOptional()
  @MaxLength(2000)
  notKnownReason?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year the value describes when only an earlier figure is out (最新値（R5年度）): at most 5 years before the cycle’s.' })
  @IsOptional()
  @Min(1989)
  @Max(2200)
  periodFiscalYear?: number | null;

  @Field(() => String, { nullable: true, description: 'The period as written, e.g. `R6.10時点`.' })
  @IsOptional()
  @MaxLength(40)
  periodLabel?: string | null;

  @Field(() => NotGraded, { nullable: true, description: 'Declare the year not graded (DATA_LATER, NOT_STARTED, STOPPED, CANNOT_JUDGE), with the reason in notKnownReason.' })
  @IsOptional()
  notGraded?: NotGraded | null;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(4000)
  note: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each evidence link must be an http(s) URL' })
  evidenceLinks: string[];

  @Field(() => Int, { nullable: true, description: 'The version you read; null when creating.' })
  expectedVersion?: number | null;
}
