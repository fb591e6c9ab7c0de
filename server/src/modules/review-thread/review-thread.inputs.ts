import { CommentKind, ThreadAnchor } from '@kaizen/shared';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A council member’s comment opening a thread on a goal, a measure or an indicator in a review cycle, or on a draft revision.' })
export class StartThreadInput {
  @Field(() => ID, { nullable: true, description: 'The review cycle, for a comment on the plan; none for one on a revision.' })
  cycleId?: string | null;

  @Field(() => ThreadAnchor)
  anchor: ThreadAnchor;

  @Field(() => ID, { description: 'The goal, measure, indicator or draft revision `anchor` names.' })
  anchorId: string;

  @Field(() => CommentKind)
  kind: CommentKind;

  @Field(() => String, { description: 'Plain text: line breaks and links are kept, no HTML.' })
  body: string;
}
