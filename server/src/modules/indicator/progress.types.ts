import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '達成率 and grade of an indicator in a fiscal year (rules: docs/progress-rules.md).' })
export class IndicatorProgress {
  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Float, { nullable: true, description: 'The value judged: the year’s actual, or the sum so far (延べ).' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'Progress from the baseline towards the target (1 = reached).' })
  rate: number | null;

  @Field(() => Float, { nullable: true, description: 'actual / target (target / actual when lower is better).' })
  ratio: number | null;

  @Field(() => String)
  grade: string;

  @Field(() => Boolean, { nullable: true })
  onTrack: boolean | null;

  @Field(() => Float, { nullable: true, description: 'What the path to the target expects by this year.' })
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

  @Field(() => Int, { description: 'KPIs with a rate.' })
  measured: number;

  @Field(() => Int)
  onTrack: number;

  @Field(() => [GradeCount], { description: 'Every grade of the strategy’s scale, best first, then “not measurable”.' })
  gradeCounts: GradeCount[];

  @Field(() => Float, { nullable: true, description: 'Mean of the measured rates, each held within 0…1.' })
  rate: number | null;

  @Field(() => String)
  grade: string;
}
