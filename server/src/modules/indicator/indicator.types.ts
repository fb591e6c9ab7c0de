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
}

@ObjectType({ description: '目標値: what the indicator should reach by the target fiscal year.' })
export class Target {
  @Field(() => Float, { nullable: true, description: 'Null for 基準値以上 (at least the baseline).' })
  value: number | null;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => String, { description: 'The plan’s wording, e.g. `延べ 100 件`.' })
  text: string;
}
