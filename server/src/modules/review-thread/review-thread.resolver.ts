import { RevisionState, Role, ThreadAnchor, ThreadStatus } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Department } from '../department/department.entity.js';
import { Goal } from '../goal/goal.entity.js';
import { threadActionsAsOf } from '../improvement-action/action-as-of.js';
import { ImprovementAction } from '../improvement-action/improvement-action.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { PlanRevision } from '../plan-revision/plan-revision.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { mayHandIn } from '../review-cycle/submission.policy.js';
import { ThreadResponse } from '../thread-response/thread-response.entity.js';
import { User } from '../user/user.entity.js';
import { ReviewThread } from './review-thread.entity.js';
import { StartThreadInput } from './review-thread.inputs.js';
import { CONVERSATION_STATES } from './review-thread.service.js';
import { ThreadPermissions } from './review-thread.types.js';
import { ThreadPost } from './thread-post.entity.js';
import { mayReply } from './thread.policy.js';

const EVERYONE_SIGNED_IN = [Role.COUNCIL, Role.DEPARTMENT, Role.PLANNING, Role.ADMIN];

// Signed in only: the review (cycles, their dialogue, drafts) is not public (README "Security"); mutations keep their own roles.
@Authorized()
@Resolver(() => ReviewThread)
export class ReviewThreadResolver {
  @Query(() => [ReviewThread], { description: 'Council threads of a cycle; with measureId, those on the measure, its KPIs and its goal.' })
  reviewThreads(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('measureId', () => ID, { nullable: true }) measureId: string | null,
    @Ctx() { services }: Context,
  ): Promise<ReviewThread[]> {
    return services.reviewThreads.list(cycleId, measureId);
  }

  @Authorized(Role.COUNCIL)
  @Mutation(() => ReviewThread, { description: 'Opens a thread (市民会議委員): on the plan while the cycle is REVIEWING, on a revision while it is a draft.' })
  startThread(@Arg('input', () => StartThreadInput) input: StartThreadInput, @Ctx() { services, viewer }: Context): Promise<ReviewThread> {
    return services.reviewThreads.start(viewer!, input);
  }

  @Authorized(Role.COUNCIL, Role.DEPARTMENT, Role.PLANNING)
  @Mutation(() => ThreadPost, { description: 'Replies in an open thread (council, the responsible departments, the planning division).' })
  replyToThread(@Arg('threadId', () => ID) threadId: string, @Arg('body', () => String) body: string, @Ctx() { services, viewer }: Context): Promise<ThreadPost> {
    return services.reviewThreads.reply(viewer!, threadId, body);
  }

  @Authorized(Role.COUNCIL, Role.DEPARTMENT, Role.PLANNING)
  @Mutation(() => ThreadPost, { description: 'Corrects one’s own post within the edit window; the earlier text is kept.' })
  editThreadPost(@Arg('postId', () => ID) postId: string, @Arg('body', () => String) body: string, @Ctx() { services, viewer }: Context): Promise<ThreadPost> {
    return services.reviewThreads.editPost(viewer!, postId, body);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => ReviewThread, { description: 'Marks a thread resolved (政策企画課).' })
  resolveThread(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) v: number, @Ctx() { services, viewer }: Context): Promise<ReviewThread> {
    return services.reviewThreads.resolve(viewer!, id, v);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => ReviewThread, { description: 'Reopens a resolved or left thread (政策企画課).' })
  reopenThread(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) v: number, @Ctx() { services, viewer }: Context): Promise<ReviewThread> {
    return services.reviewThreads.reopen(viewer!, id, v);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => ReviewThread, { description: 'Closes a thread unanswered, with a reason, so that the cycle can close (政策企画課).' })
  leaveThread(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<ReviewThread> {
    return services.reviewThreads.leave(viewer!, id, v, reason);
  }

  @Authorized(...EVERYONE_SIGNED_IN)
  @Mutation(() => ReviewThread, { description: 'Marks the thread read by the viewer: what changes later counts as new.' })
  markThreadRead(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context): Promise<ReviewThread> {
    return services.reviewThreads.markRead(viewer!, id);
  }

  @FieldResolver(() => [ThreadPost], { description: 'The opening comment first, then the replies.' })
  posts(@Root() thread: ReviewThread, @Ctx() { loaders }: Context): Promise<ThreadPost[]> {
    return loaders.postsByThreadId.load(thread.id);
  }

  @FieldResolver(() => [ThreadResponse])
  responses(@Root() thread: ReviewThread, @Ctx() { loaders }: Context): Promise<ThreadResponse[]> {
    return loaders.responsesByThreadId.load(thread.id);
  }

  @FieldResolver(() => [ImprovementAction], { description: 'Actions committed to in answer to the thread.' })
  async actions(@Root() thread: ReviewThread, @Ctx() { loaders }: Context): Promise<ImprovementAction[]> {
    return threadActionsAsOf(loaders, await loaders.actionsByThreadId.load(thread.id));
  }

  @FieldResolver(() => [Department], { description: 'Who answers; empty when the planning division does (a goal, a revision).' })
  async responsibleDepartments(@Root() thread: ReviewThread, @Ctx() { loaders }: Context): Promise<Department[]> {
    if (thread.anchor === ThreadAnchor.INDICATOR) return loaders.departmentsByIndicatorId.load(thread.indicatorId!);
    if (thread.anchor === ThreadAnchor.GOAL || thread.anchor === ThreadAnchor.REVISION) return [];
    const links = await loaders.responsibleDepartmentsByMeasureId.load(thread.measureId!);
    return (await Promise.all(links.map((l) => loaders.departmentById.load(l.departmentId)))).filter((d): d is Department => !!d);
  }

  @FieldResolver(() => Boolean, { description: 'Until each responsible department (or the planning division) has answered; on a revision, until the planning division has replied.' })
  async awaitingResponse(@Root() thread: ReviewThread, @Ctx() ctx: Context): Promise<boolean> {
    if (thread.revisionId) return !(await this.repliedByPlanning(thread, ctx));
    const [departments, responses] = await Promise.all([this.responsibleDepartments(thread, ctx), ctx.loaders.responsesByThreadId.load(thread.id)]);
    const answered = new Set(responses.map((r) => r.departmentId));
    return departments.length ? departments.some((d) => !answered.has(d.id)) : !answered.has(null);
  }

  private async repliedByPlanning(thread: ReviewThread, { loaders }: Context): Promise<boolean> {
    const [, ...replies] = await loaders.postsByThreadId.load(thread.id);
    const authors = await Promise.all(replies.map((p) => loaders.userById.load(p.authorId)));
    return authors.some((u) => u?.role === Role.PLANNING);
  }

  @FieldResolver(() => ThreadPermissions)
  async viewerCan(@Root() thread: ReviewThread, @Ctx() ctx: Context): Promise<ThreadPermissions> {
    const { viewer, loaders } = ctx;
    // Side by side: the departments are asked for in the batch the thread's other fields ask in.
    const [writable, departments] = await Promise.all([this.takesWriting(thread, ctx), this.responsibleDepartments(thread, ctx)]);
    const live = !!viewer && writable;
    const open = live && thread.status === ThreadStatus.OPEN;
    const departmentIds = departments.map((d) => d.id);
    return {
      reply: open && mayReply(viewer!, departmentIds),
      // A comment on a revision is answered by reply and by the revision itself, not by a formal response.
      respond: open && !thread.revisionId && mayHandIn(viewer!, departmentIds),
      settle: open && viewer!.role === Role.PLANNING,
      reopen: live && !open && viewer!.role === Role.PLANNING,
    };
  }

  /** Its cycle is in conversation, or its revision still a draft. */
  private async takesWriting(thread: ReviewThread, { loaders }: Context): Promise<boolean> {
    if (thread.revisionId) return (await loaders.planRevisionById.load(thread.revisionId))?.state === RevisionState.DRAFT;
    return CONVERSATION_STATES.includes((await loaders.reviewCycleById.load(thread.cycleId!))!.state);
  }

  @FieldResolver(() => Boolean, { description: 'Changed since the viewer last read it (false when signed out).' })
  async unread(@Root() thread: ReviewThread, @Ctx() { loaders, viewer }: Context): Promise<boolean> {
    if (!viewer) return false;
    const read = (await loaders.readsByThreadId.load(thread.id)).find((r) => r.userId === viewer.id);
    return !read || read.readAt < thread.lastActivityAt;
  }

  // A thread listed away from its review (a revision's page) links back to it by its cycle.
  @FieldResolver(() => ReviewCycle, { nullable: true, description: 'The review it was raised in; none for a comment on a revision.' })
  cycle(@Root() thread: ReviewThread, @Ctx() { loaders }: Context): Promise<ReviewCycle | undefined> | null {
    return thread.cycleId ? loaders.reviewCycleById.load(thread.cycleId) : null;
  }

  @FieldResolver(() => PlanRevision, { nullable: true, description: 'The draft revision commented on (anchor REVISION).' })
  revision(@Root() thread: ReviewThread, @Ctx() { loaders }: Context): Promise<PlanRevision | undefined> | null {
    return thread.revisionId ? loaders.planRevisionById.load(thread.revisionId) : null;
  }

  @FieldResolver(() => Goal, { nullable: true })
  goal(@Root() thread: ReviewThread, @Ctx() { loaders }: Context): Promise<Goal | undefined> | null {
    return thread.goalId ? loaders.goalById.load(thread.goalId) : null;
  }

  @FieldResolver(() => Measure, { nullable: true })
  measure(@Root() thread: ReviewThread, @Ctx() { loaders }: Context): Promise<Measure | undefined> | null {
    return thread.measureId ? loaders.measureById.load(thread.measureId) : null;
  }

  @FieldResolver(() => Indicator, { nullable: true })
  indicator(@Root() thread: ReviewThread, @Ctx() { loaders }: Context): Promise<Indicator | undefined> | null {
    return thread.indicatorId ? loaders.indicatorById.load(thread.indicatorId) : null;
  }

  @FieldResolver(() => User)
  async createdByUser(@Root() thread: ReviewThread, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.userById.load(thread.createdBy))!;
  }
}
