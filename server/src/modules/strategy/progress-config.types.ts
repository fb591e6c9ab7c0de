import { ProgressFormula } from '@kaizen/shared';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(ProgressFormula, { name: 'ProgressFormula', description: 'Which number a grade is read from.' });

@ObjectType()
export class GradeThresholdType {
  @Field(() => String)
  grade: string;

  @Field(() => Float, { description: 'The lowest rate (1 = 100 %) that earns the grade.' })
  minRate: number;
}

@ObjectType({ description: 'How this strategy grades progress (docs/progress-rules.md).' })
export class ProgressConfigType {
  @Field(() => ProgressFormula)
  formula: ProgressFormula;

  @Field(() => [GradeThresholdType])
  thresholds: GradeThresholdType[];

  @Field(() => String)
  lowestGrade: string;

  @Field(() => String)
  notMeasurableGrade: string;
}
