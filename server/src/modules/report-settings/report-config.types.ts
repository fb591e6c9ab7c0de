import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One 今後の方向性 a department may propose for a measure.' })
export class DirectionOptionType {
  @Field(() => String, { description: 'What a report stores (MeasureReport.nextDirection): A–Z, 0–9 and _.' })
  code: string;

  @Field(() => String, { description: 'The words shown (拡充, 継続 …).' })
  label: string;

  @Field(() => String, { nullable: true, description: 'What choosing it means, shown beside it on the form.' })
  meaning: string | null;
}

@ObjectType({ description: 'What a measure report (施策の評価) asks for in this strategy; the default is the national 交付金 効果検証 format.' })
export class ReportConfigType {
  @Field(() => [DirectionOptionType], { description: 'The 今後の方向性 options, in the order the form offers them.' })
  directions: DirectionOptionType[];

  @Field(() => Boolean, { description: 'Reports rate 有効性 (one of ratingLevels).' })
  effectiveness: boolean;

  @Field(() => Boolean, { description: 'Reports rate 効率性 (one of ratingLevels).' })
  efficiency: boolean;

  @Field(() => [String], { description: 'The levels 有効性 and 効率性 are rated in, highest first (高・中・低 by default).' })
  ratingLevels: string[];
}
