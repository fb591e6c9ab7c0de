import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Department } from '../department/department.entity.js';
import { ImprovementAction } from '../improvement-action/improvement-action.entity.js';
import { threadActionsAsOf } from '../improvement-action/action-as-of.js';
import { User } from '../user/user.entity.js';
import { ThreadResponse } from './thread-response.entity.js';
import { RespondToThreadInput } from './thread-response.inputs.js';

// Signed in only: the review (cycles, their dialogue, drafts) is not public (README "Security"); mutations keep their own roles.
@Authorized()
@Resolver(() => ThreadResponse)
export class ThreadResponseResolver {
  @Authorized(Role.DEPARTMENT, Role.PLANNING)
  @Mutation(() => ThreadResponse, { description: 'Answers a thread for the viewer’s department (the planning division for a goal). CONFLICT when expectedVersion is stale.' })
  respondToThread(@Arg('input', () => RespondToThreadInput) input: RespondToThreadInput, @Ctx() { services, viewer }: Context): Promise<ThreadResponse> {
    return services.threadResponses.respond(viewer!, input);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'Null: the planning division.' })
  department(@Root() response: ThreadResponse, @Ctx() { loaders }: Context): Promise<Department | undefined> | null {
    return response.departmentId ? loaders.departmentById.load(response.departmentId) : null;
  }

  @FieldResolver(() => User)
  async author(@Root() response: ThreadResponse, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.userById.load(response.authorId))!;
  }

  @FieldResolver(() => [ImprovementAction], { description: 'The actions committed to with this response.' })
  async actions(@Root() response: ThreadResponse, @Ctx() { loaders }: Context): Promise<ImprovementAction[]> {
    return threadActionsAsOf(loaders, (await loaders.actionsByThreadId.load(response.threadId)).filter((a) => a.responseId === response.id));
  }
}
