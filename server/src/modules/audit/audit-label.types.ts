import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** What a value of a logged record names: the kind of record an id points to, or a configured option. */
export const AuditLabelKind = {
  USER: 'USER',
  DEPARTMENT: 'DEPARTMENT',
  GOAL: 'GOAL',
  MEASURE: 'MEASURE',
  INDICATOR: 'INDICATOR',
  CYCLE: 'CYCLE',
  THREAD: 'THREAD',
  STRATEGY: 'STRATEGY',
  /** A 今後の方向性 code of the strategy's report options. */
  DIRECTION: 'DIRECTION',
} as const;
export type AuditLabelKind = (typeof AuditLabelKind)[keyof typeof AuditLabelKind];

registerEnumType(AuditLabelKind, { name: 'AuditLabelKind', description: 'What an audited value names: a user, department, goal, measure, indicator, review cycle, thread, strategy, or a 今後の方向性 option.' });

@ObjectType({ description: 'A value of a logged record (an id, a code) as people know it: a name, a code and title, a fiscal year.' })
export class AuditLabel {
  @Field(() => String, { description: 'The field of the record that holds the value (`goalId`); `id` for the record itself.' })
  field: string;

  @Field(() => String, { description: 'The value as stored: an id, or an option’s code.' })
  value: string;

  @Field(() => AuditLabelKind)
  kind: AuditLabelKind;

  @Field(() => String, { description: 'What the UI shows for it, e.g. `1-2 地域産業の振興`, `商工課`, `令和6年度`.' })
  label: string;
}
