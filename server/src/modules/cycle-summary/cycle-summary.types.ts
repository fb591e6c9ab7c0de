import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many of something carry each label (a kind, a status, a stance).' })
export class LabelCount {
  @Field(() => String)
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'The conversation of a cycle in figures; grades per goal and measure come from their `progress` and `report` fields.' })
export class CycleSummary {
  @Field(() => Int)
  threads: number;

  @Field(() => [LabelCount], { description: 'Threads by kind: QUESTION, OPINION, RECOMMENDATION.' })
  threadsByKind: LabelCount[];

  @Field(() => [LabelCount], { description: 'Threads by status: OPEN, RESOLVED, LEFT.' })
  threadsByStatus: LabelCount[];

  @Field(() => [LabelCount], { description: 'Responses by stance.' })
  responsesByStance: LabelCount[];

  @Field(() => [LabelCount], { description: 'Improvement actions committed to in this cycle, by status now.' })
  actionsByStatus: LabelCount[];
}
