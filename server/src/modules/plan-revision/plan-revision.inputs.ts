import { Direction, PlanSubject, TargetKind } from '@kaizen/shared';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

export const MAX_REVISION_TITLE = 200;
export const MAX_REVISION_REASON = 4000;

@InputType({ description: 'What a revision is: its title, the year it takes effect, who decided it and when, and why.' })
export class PlanRevisionInput {
  @Field(() => String)
  @MaxLength(MAX_REVISION_TITLE)
  title: string;

  @Field(() => Int, { description: 'The first fiscal year graded against the revised plan.' })
  effectiveFiscalYear: number;

  @Field(() => String, { nullable: true, description: 'The body that decided it, e.g. 行政経営市民会議 R7.5 報告.' })
  @IsOptional()
  @MaxLength(MAX_REVISION_TITLE)
  decidedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @MaxLength(32)
  decidedOn?: string | null;

  @Field(() => String)
  @MaxLength(MAX_REVISION_REASON)
  reason: string;
}

@InputType({ description: 'One field of the plan as a draft revision changes it.' })
export class SetPlanChangeInput {
  @Field(() => ID)
  revisionId: string;

  @Field(() => PlanSubject)
  subjectType: PlanSubject;

  @Field(() => ID)
  subjectId: string;

  @Field(() => String, { description: 'The field, e.g. targetValue, targetText, targetFiscalYear, retiredFromFY (PlanRevisionField lists them).' })
  @MaxLength(64)
  field: string;

  @Field(() => String, { description: 'The value after, as JSON: 120, "延べ 120 件", null.' })
  @MaxLength(20_000)
  value: string;

  @Field(() => String, { nullable: true, description: 'This change’s own reason, where it differs from the revision’s.' })
  @IsOptional()
  @MaxLength(MAX_REVISION_REASON)
  reason?: string | null;
}

@InputType({ description: 'A new KPI (under a measure) or KGI (of a goal) a draft revision adds; on adoption its path and any 延べ sum start in the revision’s year.' })
export class ProposeIndicatorInput {
  @Field(() => ID)
  revisionId: string;

  @Field(() => ID, { nullable: true, description: 'The measure a KPI is listed under (give this or goalId).' })
  @IsOptional()
  measureId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The basic goal a KGI measures (give this or measureId).' })
  @IsOptional()
  goalId?: string | null;

  @Field(() => String, { description: 'Its key in the plan, e.g. `1-1-4`: unique in the plan.' })
  @MaxLength(32)
  key: string;

  @Field(() => String)
  @MaxLength(500)
  name: string;

  @Field(() => String)
  @MaxLength(32)
  unit: string;

  @Field(() => TargetKind)
  targetKind: TargetKind;

  @Field(() => Direction)
  direction: Direction;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  targetValue?: number | null;

  @Field(() => String)
  @MaxLength(500)
  targetText: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  baselineValue?: number | null;

  @Field(() => String)
  @MaxLength(500)
  baselineText: string;

  @Field(() => [ID], { description: 'Departments responsible for it, of the plan’s municipality.' })
  @ArrayMaxSize(20)
  departmentIds: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_REVISION_REASON)
  reason?: string | null;
}

@InputType({ description: 'A new measure (under a basic goal), policy or main project (under a measure) a draft revision adds.' })
export class ProposePlanItemInput {
  @Field(() => ID)
  revisionId: string;

  @Field(() => PlanSubject, { description: 'MEASURE, POLICY or PROJECT.' })
  subjectType: PlanSubject;

  @Field(() => ID, { description: 'The basic goal a measure goes under; the measure a policy or project goes under.' })
  parentId: string;

  @Field(() => String, { nullable: true, description: 'A measure’s code, e.g. `1-5`: unique in the plan.' })
  @IsOptional()
  @MaxLength(16)
  code?: string | null;

  @Field(() => String, { description: 'The measure’s or policy’s title; the project’s name.' })
  @MaxLength(500)
  title: string;

  @Field(() => [ID], { defaultValue: [], description: 'A project’s departments, of the plan’s municipality.' })
  @ArrayMaxSize(20)
  departmentIds: string[];

  @Field(() => Int, { nullable: true, description: 'A project’s first fiscal year (default: the revision’s).' })
  @IsOptional()
  sinceFY?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_REVISION_REASON)
  reason?: string | null;
}
