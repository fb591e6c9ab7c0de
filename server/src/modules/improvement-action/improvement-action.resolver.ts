import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Department } from '../department/department.entity.js';
import { Goal } from '../goal/goal.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { ActionProgressNote } from './action-progress-note.entity.js';
import { notesAsOf, type ActionAsOf } from './action-as-of.js';
import { CreateImprovementActionInput, UpdateImprovementActionInput } from './improvement-action.inputs.js';
import { ImprovementAction } from './improvement-action.entity.js';

// Signed in only: the review (cycles, their dialogue, drafts) is not public (README "Security"); mutations keep their own roles.
@Authorized()
@Resolver(() => ImprovementAction)
export class ImprovementActionResolver {
  @Authorized(Role.DEPARTMENT, Role.PLANNING)
  @Mutation(() => ImprovementAction, { description: 'Commits to an action: from one’s response, or by the planning division.' })
  createImprovementAction(@Arg('input', () => CreateImprovementActionInput) input: CreateImprovementActionInput, @Ctx() { services, viewer }: Context): Promise<ImprovementAction> {
    return services.improvementActions.create(viewer!, input);
  }

  @Authorized(Role.DEPARTMENT, Role.PLANNING)
  @Mutation(() => ImprovementAction, { description: 'Records progress and the new status (the owner department, or the planning division).' })
  updateImprovementAction(@Arg('input', () => UpdateImprovementActionInput) input: UpdateImprovementActionInput, @Ctx() { services, viewer }: Context): Promise<ImprovementAction> {
    return services.improvementActions.update(viewer!, input);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'Null: the planning division.' })
  ownerDepartment(@Root() action: ImprovementAction, @Ctx() { loaders }: Context): Promise<Department | undefined> | null {
    return action.ownerDepartmentId ? loaders.departmentById.load(action.ownerDepartmentId) : null;
  }

  @FieldResolver(() => Int, { description: 'The fiscal year whose review it came from.' })
  async originFiscalYear(@Root() action: ImprovementAction, @Ctx() { loaders }: Context): Promise<number> {
    return action.originCycle?.fiscalYear ?? (await loaders.reviewCycleById.load(action.originCycleId))!.fiscalYear;
  }

  @FieldResolver(() => Measure, { nullable: true })
  measure(@Root() action: ImprovementAction, @Ctx() { loaders }: Context): Promise<Measure | undefined> | null {
    return action.measureId ? loaders.measureById.load(action.measureId) : null;
  }

  @FieldResolver(() => Goal)
  async goal(@Root() action: ImprovementAction, @Ctx() { loaders }: Context): Promise<Goal> {
    return (await loaders.goalById.load(action.goalId))!;
  }

  @FieldResolver(() => ReviewThread, { nullable: true })
  thread(@Root() action: ImprovementAction, @Ctx() { loaders }: Context): Promise<ReviewThread | undefined> | null {
    return action.threadId ? loaders.reviewThreadById.load(action.threadId) : null;
  }

  @FieldResolver(() => [ActionProgressNote], { description: 'Oldest first; on a closed review’s pages, those written before it closed.' })
  async progressNotes(@Root() action: ActionAsOf, @Ctx() { loaders }: Context): Promise<ActionProgressNote[]> {
    return notesAsOf(await loaders.progressNotesByActionId.load(action.id), action.asOf);
  }
}
