import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { CycleOpenItems } from './open-items.types.js';
import { Assignment, DepartmentSubmission, ReportAssignment } from './review-board.types.js';

// Signed in only: who has handed in what is not public.
@Authorized()
@Resolver(() => ReviewCycle)
export class ReviewBoardResolver {
  @FieldResolver(() => [Assignment], {
    description: 'Indicators to report on: of `departmentId`, or else the viewer’s (a department’s own; for the planning division, those no department holds).',
  })
  assignments(
    @Root() cycle: ReviewCycle,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId: string | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<Assignment[]> {
    return services.reviewBoard.assignments(cycle, viewer, departmentId);
  }

  @FieldResolver(() => [ReportAssignment], { description: 'Measures to write a report on: of `departmentId`, or else the viewer’s (as for assignments).' })
  reportAssignments(
    @Root() cycle: ReviewCycle,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId: string | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<ReportAssignment[]> {
    return services.reviewBoard.reportAssignments(cycle, viewer, departmentId);
  }

  @FieldResolver(() => [DepartmentSubmission], { description: 'Submission status per department (the planning division’s cycle board).' })
  board(@Root() cycle: ReviewCycle, @Ctx() { services }: Context): Promise<DepartmentSubmission[]> {
    return services.reviewBoard.board(cycle);
  }

  // What the planning division confirms before moving the cycle on: drafts and returned entries included, so not for departments or the council.
  @Authorized(Role.PLANNING, Role.ADMIN)
  @FieldResolver(() => CycleOpenItems, { description: 'What is still open in the cycle, by kind, with the first items of each (政策企画課, 管理者).' })
  openItems(@Root() cycle: ReviewCycle, @Ctx() { services }: Context): Promise<CycleOpenItems> {
    return services.reviewBoard.openItems(cycle);
  }
}
