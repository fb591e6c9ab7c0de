import { Direction, JudgingBasis, PlanSubject, TargetKind } from '@kaizen/shared';
import { IsOptional } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Indicator } from '../indicator/indicator.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { PlanRevision } from './plan-revision.entity.js';

@InputType({ description: 'A version of the plan: as in force in a fiscal year, and/or as of a revision (a draft: the plan with its changes). Neither: as adopted today.' })
export class PlanVersionInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  fiscalYear?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  revisionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The plan just before this revision: the 改訂前 of its 新旧対照表 (instead of revisionId).' })
  @IsOptional()
  beforeRevisionId?: string | null;
}

@ObjectType({ description: 'The plan as one version has it. Its rows’ own fields are that version’s; what they link to (a measure’s KPIs, progress) is read as usual.' })
export class PlanInForce {
  @Field(() => Int, { nullable: true })
  fiscalYear: number | null;

  @Field(() => PlanRevision, { nullable: true, description: 'The revision the version is read as of, when one was asked for.' })
  revision: PlanRevision | null;

  @Field(() => Strategy, { description: 'The plan’s title and period in that version.' })
  strategy: Strategy;

  @Field(() => [Indicator], { description: 'Every KGI and KPI of that version, retired ones included (retiredFromFY), in key order.' })
  indicators: Indicator[];
}

@ObjectType({ description: 'A row of a 新旧対照表: one field of the plan, before and after, and why.' })
export class PlanComparisonRow {
  @Field(() => Int, { nullable: true, description: 'The basic goal the row is under.' })
  goalNumber: number | null;

  @Field(() => String, { nullable: true, description: 'The measure the row is under (an indicator: the one defining it).' })
  measureCode: string | null;

  @Field(() => PlanSubject)
  subjectType: PlanSubject;

  @Field(() => ID)
  subjectId: string;

  @Field(() => String, { description: '項目: what changed, e.g. `1-1-1 市内企業と…の共同研究数`.' })
  subject: string;

  @Field(() => String, { description: 'The field, as the table heads it (目標値, 目標年度…); 新設 for a new indicator.' })
  fieldLabel: string;

  @Field(() => String, { description: '改訂前, as printed (– when it did not exist).' })
  before: string;

  @Field(() => String, { description: '改訂後, as printed.' })
  after: string;

  @Field(() => String, { description: '理由: the change’s own, or its revision’s.' })
  reason: string;
}

@ObjectType({ description: 'A grade a draft revision would change: an indicator’s or a measure’s, in a year whose review is not closed.' })
export class RevisionGradeEffect {
  @Field(() => Int)
  fiscalYear: number;

  @Field(() => PlanSubject, { description: 'INDICATOR or MEASURE.' })
  subjectType: PlanSubject;

  @Field(() => ID)
  subjectId: string;

  @Field(() => String, { description: 'e.g. `1-1-1 市内企業と…の共同研究数` or `施策 1-1 …`.' })
  subject: string;

  @Field(() => String)
  gradeBefore: string;

  @Field(() => String)
  gradeAfter: string;
}

@ObjectType({ description: 'How an indicator is judged in one fiscal year: as the plan in force that year defines it (a closed review: as it closed).' })
export class IndicatorYearRule {
  @Field(() => Int)
  fiscalYear: number;

  @Field(() => TargetKind)
  targetKind: TargetKind;

  @Field(() => Direction)
  direction: Direction;

  @Field(() => JudgingBasis, { nullable: true })
  basis: JudgingBasis | null;

  @Field(() => Int, { nullable: true })
  startFY: number | null;

  @Field(() => Float, { nullable: true })
  targetValue: number | null;

  @Field(() => Int)
  targetFiscalYear: number;

  @Field(() => Float, { nullable: true })
  baselineValue: number | null;
}

@ObjectType({ description: 'A yearly target or 中間目標値 of the rule one fiscal year is judged by (Indicator.yearRules), listed flat to keep reads shallow.' })
export class YearRuleTarget {
  @Field(() => Int, { description: 'The year whose rule it belongs to.' })
  ruleFiscalYear: number;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Float, { nullable: true })
  value: number | null;
}
