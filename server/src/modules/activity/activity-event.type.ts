import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One committed write in a review cycle, as the live feed tells it. What changed is read through the ordinary queries, under their rules.' })
export class ActivityEvent {
  @Field(() => String, { description: 'Position in the cycle’s feed: pass it as `after` to catch up on what came later.' })
  seq: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: 'As in the audit log, e.g. `threadPost.reply`, `threadResponse.save`, `reviewCycle.moveForward`.' })
  action: string;

  @Field(() => String)
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => ID, { nullable: true, description: 'The thread the write belongs to, if any.' })
  threadId: string | null;

  @Field(() => String, { nullable: true, description: 'Who wrote, by display name; null for the system.' })
  actor: string | null;
}

@ObjectType({ description: 'That a plan revision changed (its draft edited, a comment on it): read it again through the ordinary queries.' })
export class RevisionActivityEvent {
  @Field(() => ID)
  revisionId: string;

  @Field(() => Date)
  at: Date;
}
