import { Field, Int, ObjectType } from 'type-graphql';
import { Actual } from '../actual/actual.entity.js';
import { Department } from '../department/department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { MeasureReport } from '../measure-report/measure-report.entity.js';

@ObjectType({ description: 'An indicator someone must report on in a cycle, with what they have entered.' })
export class Assignment {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => Actual, { nullable: true, description: 'Null until something is saved, or while it is a draft (or returned) the viewer may not read.' })
  actual: Actual | null;
}

@ObjectType({ description: 'A measure whose report a department writes in a cycle, with what is written so far.' })
export class ReportAssignment {
  @Field(() => Measure)
  measure: Measure;

  @Field(() => MeasureReport, { nullable: true, description: 'Null until something is saved, or while it is a draft (or returned) the viewer may not read.' })
  report: MeasureReport | null;
}

@ObjectType({ description: 'How many entries stand where.' })
export class SubmissionCounts {
  @Field(() => Int)
  total = 0;

  @Field(() => Int, { description: 'Nothing saved yet.' })
  missing = 0;

  @Field(() => Int)
  drafts = 0;

  @Field(() => Int)
  returned = 0;

  @Field(() => Int)
  submitted = 0;

  @Field(() => Int)
  accepted = 0;
}

@ObjectType({ description: 'Where a department stands with its actuals and measure reports in a cycle (the planning division’s board).' })
export class DepartmentSubmission {
  @Field(() => Department, { nullable: true, description: 'Null for what no department holds (各課等): the planning division’s own.' })
  department: Department | null;

  @Field(() => SubmissionCounts)
  actuals: SubmissionCounts;

  @Field(() => SubmissionCounts)
  reports: SubmissionCounts;

  @Field(() => Boolean, { description: 'The entry due date has passed with something still not handed in.' })
  late: boolean;
}
