import { Direction, IndicatorKind, TargetKind } from '@kaizen/shared';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(IndicatorKind, { name: 'IndicatorKind', description: 'KGI (goal) or KPI (measure).' });
registerEnumType(TargetKind, { name: 'TargetKind', description: 'How the target is read against actuals.' });
registerEnumType(Direction, { name: 'Direction' });

@ObjectType({ description: '基準値: the value an indicator starts from, with the period it was measured.' })
export class Baseline {
  @Field(() => Float, { nullable: true, description: 'Null when the plan gives none (—).' })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'Period as written, e.g. `R4年度`, `~R4.10`, `H30.6~R4`.' })
  label: string | null;

  @Field(() => String, { description: 'The plan’s wording, e.g. `21 件/年`.' })
  text: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { description: 'The unit of the baseline: the indicator’s unless the plan gives another.' })
  unit: string;
}

@ObjectType({ description: '目標値: what the indicator should reach by the target fiscal year.' })
export class Target {
  @Field(() => Float, { nullable: true, description: 'Null for 基準値以上 (at least the baseline).' })
  value: number | null;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => String, { description: 'The plan’s wording, e.g. `延べ 100 件`.' })
  text: string;

  @Field(() => String, { description: 'The unit of the target: the indicator’s unless the plan gives another.' })
  unit: string;

  @Field(() => String, { nullable: true, description: 'A note on the target, e.g. how it was set.' })
  note: string | null;
}

@ObjectType({ description: 'A yearly target or 中間目標値 on the way to the final target.' })
export class YearlyTarget {
  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Float, { nullable: true, description: 'Null when the plan words it without a number.' })
  value: number | null;

  @Field(() => String, { description: 'The plan’s wording.' })
  text: string;

  @Field(() => Boolean, { description: 'An intermediate target (中間目標値) rather than a yearly one.' })
  intermediate: boolean;
}
