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
