import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { User } from '../user/user.entity.js';
import { Actual } from './actual.entity.js';
import { SaveActualInput } from './actual.inputs.js';
import { readableActuals } from './actual.policy.js';

@Resolver(() => Actual)
export class ActualResolver {
  // Signed in only: a cycle's entries are the review's; the public reads accepted figures through Indicator.actuals.
  @Authorized()
  @Query(() => [Actual], { description: 'The actuals entered in a review cycle that the viewer may read (as for `Indicator.actuals`).' })
  async actuals(@Arg('cycleId', () => ID) cycleId: string, @Ctx() { services, loaders, viewer }: Context): Promise<Actual[]> {
    return readableActuals(viewer, loaders, await services.actuals.listForCycle(cycleId));
  }

  @Authorized(Role.DEPARTMENT, Role.PLANNING)
  @Mutation(() => Actual, { description: 'Saves a draft actual (the responsible department). CONFLICT when expectedVersion is stale.' })
  saveActual(@Arg('input', () => SaveActualInput) input: SaveActualInput, @Ctx() { services, viewer }: Context): Promise<Actual> {
    return services.actuals.save(viewer!, input);
  }

  @Authorized(Role.DEPARTMENT, Role.PLANNING)
  @Mutation(() => Actual, { description: 'Submits a draft or returned actual to the planning division.' })
  submitActual(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) v: number, @Ctx() { services, viewer }: Context): Promise<Actual> {
    return services.actuals.workflow.submit(viewer!, id, v);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => Actual, { description: 'Accepts a submitted actual (政策企画課).' })
  acceptActual(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) v: number, @Ctx() { services, viewer }: Context): Promise<Actual> {
    return services.actuals.workflow.accept(viewer!, id, v);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => Actual, { description: 'Returns a submitted or accepted actual to its department, with a reason (政策企画課).' })
  returnActual(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Actual> {
    return services.actuals.workflow.return(viewer!, id, v, reason);
  }

  @FieldResolver(() => Indicator)
  async indicator(@Root() actual: Actual, @Ctx() { loaders }: Context): Promise<Indicator> {
    return (await loaders.indicatorById.load(actual.indicatorId))!;
  }

  @Authorized()
  @FieldResolver(() => User, { nullable: true, description: 'Who wrote it last.' })
  updatedByUser(@Root() actual: Actual, @Ctx() { loaders }: Context): Promise<User | undefined> | null {
    return actual.updatedBy ? loaders.userById.load(actual.updatedBy) : null;
  }
}
