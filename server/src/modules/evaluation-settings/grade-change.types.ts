import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export const GradedSubject = { INDICATOR: 'INDICATOR', MEASURE: 'MEASURE', GOAL: 'GOAL' } as const;
export type GradedSubject = (typeof GradedSubject)[keyof typeof GradedSubject];
registerEnumType(GradedSubject, { name: 'GradedSubject', description: 'What a grade belongs to.' });

@ObjectType({ description: 'A grade of the cycle’s year that other rules would change.' })
export class GradeChange {
  @Field(() => GradedSubject)
  subject: GradedSubject;

  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The KPI’s name, or the measure’s code and title, or the goal’s number and title.' })
  label: string;

  @Field(() => String)
  before: string;

  @Field(() => String)
  after: string;
}
