import { CommentKind, ThreadAnchor } from '@kaizen/shared';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A council member’s comment opening a thread on a goal, a measure or an indicator.' })
export class StartThreadInput {
  @Field(() => ID)
  cycleId: string;

  @Field(() => ThreadAnchor)
  anchor: ThreadAnchor;

  @Field(() => ID, { description: 'The goal, measure or indicator `anchor` names.' })
  anchorId: string;

  @Field(() => CommentKind)
  kind: CommentKind;

  @Field(() => String, { description: 'Plain text: line breaks and links are kept, no HTML.' })
  body: string;
}
