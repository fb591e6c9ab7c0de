import { PlanSubject } from '@kaizen/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

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
