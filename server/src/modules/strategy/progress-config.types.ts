import { JudgingBasis, NotGraded, ProgressFormula, RollUpMethod, ToleranceKind } from '@kaizen/shared';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(ProgressFormula, { name: 'ProgressFormula', description: 'Which number a grade is read from.' });
registerEnumType(JudgingBasis, { name: 'JudgingBasis', description: 'What a year’s figure is judged against: the year’s expected value, the final target or the baseline.' });
registerEnumType(NotGraded, { name: 'NotGraded', description: 'Why a figure carries no grade.' });
registerEnumType(ToleranceKind, { name: 'ToleranceKind', description: 'RELATIVE: a share of the baseline; POINTS: in the indicator’s unit.' });
registerEnumType(RollUpMethod, { name: 'RollUpMethod', description: 'How the KPIs of a measure or a goal make its grade.' });

@ObjectType()
export class GradeStepType {
  @Field(() => String)
  grade: string;

  @Field(() => Float, { description: 'The bound (1 = 100 %; points for a roll-up by points).' })
  minRate: number;

  @Field(() => Boolean, { description: 'true: at least the bound (以上); false: more than it (超).' })
  inclusive: boolean;

  @Field(() => String, { nullable: true })
  meaning?: string | null;
}

@ObjectType()
export class NotGradedLabelType {
  @Field(() => NotGraded)
  code: NotGraded;

  @Field(() => String)
  label: string;

  @Field(() => String)
  meaning: string;
}

@ObjectType({ description: 'A grade scale, in force from a fiscal year on.' })
export class GradeScaleType {
  @Field(() => Int, { nullable: true, description: 'null: from the plan’s start.' })
  fromFiscalYear: number | null;

  @Field(() => [GradeStepType])
  steps: GradeStepType[];

  @Field(() => String)
  lowestGrade: string;

  @Field(() => [NotGradedLabelType])
  notGraded: NotGradedLabelType[];
}

@ObjectType()
export class ToleranceType {
  @Field(() => ToleranceKind)
  kind: ToleranceKind;

  @Field(() => Float)
  value: number;
}

@ObjectType()
export class GradeCountRuleType {
  @Field(() => String)
  grade: string;

  @Field(() => [String], { description: 'The KPI grades counted.' })
  of: string[];

  @Field(() => Float, { description: 'Their share of the measured KPIs (1 = all).' })
  minShare: number;

  @Field(() => Boolean)
  inclusive: boolean;
}

@ObjectType()
export class GradePointsType {
  @Field(() => String)
  grade: string;

  @Field(() => Float)
  points: number;
}

@ObjectType()
export class RollUpConfigType {
  @Field(() => RollUpMethod)
  method: RollUpMethod;

  @Field(() => Float, { description: 'Fewer measured KPIs than this share gives no grade (評価困難), only the coverage.' })
  minMeasuredShare: number;

  @Field(() => [GradeCountRuleType])
  rules: GradeCountRuleType[];

  @Field(() => [GradePointsType])
  points: GradePointsType[];

  @Field(() => [GradeStepType])
  pointSteps: GradeStepType[];

  @Field(() => String)
  lowestGrade: string;
}

@ObjectType({ description: 'How this strategy grades progress (docs/progress-rules.md).' })
export class ProgressConfigType {
  @Field(() => Int, { nullable: true, description: 'Set on the rules a closed cycle’s year keeps: that year.' })
  closedFiscalYear?: number | null;

  @Field(() => JudgingBasis)
  basis: JudgingBasis;

  @Field(() => ProgressFormula)
  formula: ProgressFormula;

  @Field(() => ToleranceType, { nullable: true })
  tolerance: ToleranceType | null;

  @Field(() => [GradeScaleType])
  scales: GradeScaleType[];

  @Field(() => RollUpConfigType)
  rollUp: RollUpConfigType;
}
