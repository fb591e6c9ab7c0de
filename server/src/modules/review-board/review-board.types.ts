import { Field, Int, ObjectType } from 'type-graphql';
import { Actual } from '../actual/actual.entity.js';
import { Department } from '../department/department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';

@ObjectType({ description: 'An indicator someone must report on in a cycle, with what they have entered.' })
export class Assignment {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => Actual, { nullable: true, description: 'Null until something is saved.' })
  actual: Actual | null;
}

@ObjectType({ description: 'Where a department stands with its actuals in a cycle (the planning division’s board).' })
export class DepartmentSubmission {
  @Field(() => Department, { nullable: true, description: 'Null for indicators no department holds (各課等): the planning division’s own.' })
  department: Department | null;

  @Field(() => Int)
  indicators: number;

  @Field(() => Int, { description: 'Nothing saved yet.' })
  missing: number;

  @Field(() => Int)
  drafts: number;

  @Field(() => Int)
  returned: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Boolean, { description: 'The entry due date has passed with something still not handed in.' })
  late: boolean;
}
