import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the viewer may do with a thread now, so that the UI offers only that.' })
export class ThreadPermissions {
  @Field(() => Boolean)
  reply: boolean;

  @Field(() => Boolean, { description: 'Answer with a stance for their department (or the planning division).' })
  respond: boolean;

  @Field(() => Boolean, { description: 'Resolve or leave it.' })
  settle: boolean;

  @Field(() => Boolean)
  reopen: boolean;
}
