import { Field, Int, ObjectType } from 'type-graphql';
import { Indicator } from '../indicator/indicator.entity.js';
import type { ListedIndicator } from '../indicator/listed-indicator.js';
import { Policy } from '../policy/policy.entity.js';

@ObjectType({ description: 'A row group of a measure’s KPI table: No, 施策項目, and its KPIs.' })
export class KpiGroup {
  @Field(() => Int)
  no: number;

  @Field(() => String, { description: '施策項目 as written in the table.' })
  item: string;

  @Field(() => Policy, { nullable: true, description: 'The concrete policy the row belongs to.' })
  policy: Policy | null;

  @Field(() => [Indicator])
  indicators: ListedIndicator[];
}
