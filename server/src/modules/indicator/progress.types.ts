import { JudgingBasis, NotGraded } from '@kaizen/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '達成率 and grade of an indicator in a fiscal year (rules: docs/progress-rules.md).' })
export class IndicatorProgress {
  @Field(() => Int, { description: 'The review year.' })
  fiscalYear: number;

  @Field(() => Int, { description: 'The year the judged value describes: earlier than fiscalYear for late data (最新値（R5年度）).' })
  judgedFiscalYear: number;

  @Field(() => JudgingBasis, { description: 'What the rate and the grade were judged against.' })
  basis: JudgingBasis;

  @Field(() => Float, { nullable: true, description: 'The value judged: the year’s actual, or the sum so far (延べ).' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'The value it was judged against: the year’s expected value, the final target or the baseline.' })
  judgedAgainst: number | null;

  @Field(() => Float, { nullable: true, description: 'Progress from the baseline towards judgedAgainst (1 = reached).' })
  rate: number | null;

  @Field(() => Float, { nullable: true, description: 'value / judgedAgainst (the inverse when lower is better).' })
  ratio: number | null;

  @Field(() => Float, { nullable: true, description: 'Progress towards the final target, whatever the basis (1 = reached).' })
  finalRate: number | null;

  @Field(() => String)
  grade: string;

  @Field(() => NotGraded, { nullable: true, description: 'Why there is no grade; null when graded.' })
  notGraded: NotGraded | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the value reached what it is judged against (the scale’s top step).' })
  onTrack: boolean | null;

  @Field(() => Float, { nullable: true, description: 'The year’s expected value (期待値) on the path to the target.' })
  pathTarget: number | null;

  @Field(() => String, { nullable: true, description: 'Why a figure is missing: NO_ACTUAL, NO_BASELINE, TARGET_EQUALS_BASELINE, …' })
  reason: string | null;
}

@ObjectType()
export class GradeCount {
  @Field(() => String)
  grade: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'How the KPIs of a measure or a goal stand together in a fiscal year (rules: docs/progress-rules.md).' })
export class RollUpProgress {
  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Int, { description: 'KPIs counted; a 【再掲】 KPI counts once in a goal.' })
  indicators: number;

  @Field(() => Int, { description: 'KPIs with a grade.' })
  measured: number;

  @Field(() => Int)
  onTrack: number;

  @Field(() => [GradeCount], { description: 'Every grade of the strategy’s scale, best first, then “not measurable”.' })
  gradeCounts: GradeCount[];

  @Field(() => Float, { nullable: true, description: 'Mean of the measured rates, each held within 0…1.' })
  rate: number | null;

  @Field(() => String)
  grade: string;

  @Field(() => NotGraded, { nullable: true, description: 'CANNOT_JUDGE when fewer KPIs are measured than the strategy asks; null when graded.' })
  notGraded: NotGraded | null;
}
