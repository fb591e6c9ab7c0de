import { JudgingBasis, NotGraded, ProgressFormula, RollUpMethod, ToleranceKind } from '@kaizen/shared';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';

// Bounds a hostile request cannot exceed; checkProgressConfig then says what a valid configuration needs.
const LIST = 12;
const LABEL = 20;
const MEANING = 200;

@InputType()
export class GradeStepInput {
  @Field(() => String)
  @MaxLength(LABEL)
  grade: string;

  @Field(() => Float)
  minRate: number;

  @Field(() => Boolean)
  inclusive: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MEANING)
  meaning?: string | null;
}

@InputType()
export class NotGradedLabelInput {
  @Field(() => NotGraded)
  code: NotGraded;

  @Field(() => String)
  @MaxLength(LABEL)
  label: string;

  @Field(() => String)
  @MaxLength(MEANING)
  meaning: string;
}

@InputType()
export class GradeScaleInput {
  @Field(() => Int, { nullable: true })
  fromFiscalYear: number | null;

  @Field(() => [GradeStepInput])
  @ArrayMaxSize(LIST)
  @ValidateNested({ each: true })
  steps: GradeStepInput[];

  @Field(() => String)
  @MaxLength(LABEL)
  lowestGrade: string;

  @Field(() => [NotGradedLabelInput])
  @ArrayMaxSize(Object.keys(NotGraded).length)
  @ValidateNested({ each: true })
  notGraded: NotGradedLabelInput[];
}

@InputType()
export class ToleranceInput {
  @Field(() => ToleranceKind)
  kind: ToleranceKind;

  @Field(() => Float)
  value: number;
}

@InputType()
export class GradeCountRuleInput {
  @Field(() => String)
  @MaxLength(LABEL)
  grade: string;

  @Field(() => [String])
  @ArrayMaxSize(LIST)
  @MaxLength(LABEL, { each: true })
  of: string[];

  @Field(() => Float)
  minShare: number;

  @Field(() => Boolean)
  inclusive: boolean;
}

@InputType()
export class GradePointsInput {
  @Field(() => String)
  @MaxLength(LABEL)
  grade: string;

  @Field(() => Float)
  points: number;
}

@InputType()
export class RollUpConfigInput {
  @Field(() => RollUpMethod)
  method: RollUpMethod;

  @Field(() => Float)
  minMeasuredShare: number;

  @Field(() => [GradeCountRuleInput])
  @ArrayMaxSize(LIST)
  @ValidateNested({ each: true })
  rules: GradeCountRuleInput[];

  @Field(() => [GradePointsInput])
  @ArrayMaxSize(LIST)
  @ValidateNested({ each: true })
  points: GradePointsInput[];

  @Field(() => [GradeStepInput])
  @ArrayMaxSize(LIST)
  @ValidateNested({ each: true })
  pointSteps: GradeStepInput[];

  @Field(() => String)
  @MaxLength(LABEL)
  lowestGrade: string;
}

@InputType({ description: 'How a strategy grades (docs/progress-rules.md): the same shape as Strategy.progressConfig.' })
export class ProgressConfigInput {
  @Field(() => JudgingBasis)
  basis: JudgingBasis;

  @Field(() => ProgressFormula)
  formula: ProgressFormula;

  @Field(() => ToleranceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  tolerance: ToleranceInput | null;

  @Field(() => [GradeScaleInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  scales: GradeScaleInput[];

  @Field(() => RollUpConfigInput)
  @ValidateNested()
  rollUp: RollUpConfigInput;
}
