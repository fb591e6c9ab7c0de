import { CycleState, POST_EDIT_WINDOW_MINUTES, ThreadAnchor, ThreadStatus } from '@kaizen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { anyOf } from '../../graphql/loader-helpers.js';
import { entityQuery } from '../../db/entity-rows.js';
import { findByIdOrFail } from '../../db/find-by-id.js';
import { BadInputError, ConflictError, ForbiddenError, InvalidStateError, type Bilingual } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { Goal } from '../goal/goal.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { MeasureIndicator } from '../indicator/measure-indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { lockCycleIn } from '../review-cycle/review-cycle.service.js';
import { lockDraftForComments, lockThreadVenue } from './thread-venue.js';
import type { Notifier } from '../notification/notifier.js';
import type { User } from '../user/user.entity.js';
import { PostRevision } from './post-revision.entity.js';
import { postBody } from './post-body.js';
import { ReviewThread } from './review-thread.entity.js';
import type { StartThreadInput } from './review-thread.inputs.js';
import { threadDepartmentIds } from './thread-departments.js';
import { ThreadPost } from './thread-post.entity.js';
import { mayReply } from './thread.policy.js';
import { ThreadRead } from './thread-read.entity.js';
import { readUpToLatest } from './thread-read.js';

/** Replies, responses and actions: while the council reviews and the departments answer. */
export const CONVERSATION_STATES: CycleState[] = [CycleState.REVIEWING, CycleState.RESPONDING];

const { OPEN, RESOLVED, LEFT } = ThreadStatus;

/** The thread, locked, with its cycle (none for a thread on a revision), refused unless the conversation is still going on. */
export async function lockOpenThread(manager: EntityManager, threadId: string, what: Bilingual): Promise<{ thread: ReviewThread; cycle: ReviewCycle | null }> {
  const thread = await findByIdOrFail(manager, ReviewThread, 'ReviewThread', threadId, { lock: { mode: 'pessimistic_write' } });
  const cycle = await lockThreadVenue(manager, thread, CONVERSATION_STATES, what);
  if (thread.status !== OPEN) {
    throw new InvalidStateError(
      `この論点は ${thread.status} です。政策企画課が再開するまで書き込めません / This thread is ${thread.status}: the planning division must reopen it first`,
      thread.status,
    );
  }
  return { thread, cycle };
}

const threadsOfCycle = (dataSource: DataSource) => entityQuery(dataSource, ReviewThread, { where: 't.cycle_id = $1', orderBy: 't.created_at' });

const COMMENTING = { ja: '論点の投稿', en: 'Commenting' };

/** A post as the audit log records it; on a revision's thread, with the revision, so that its page hears of it (the activity bus). */
const withRevision = (post: ThreadPost, thread: ReviewThread) => (thread.revisionId ? { ...post, revisionId: thread.revisionId } : post);

export class ReviewThreadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier | null = null,
  ) {}

  /** Threads of a cycle; with `measureId`, those on the measure, its KPIs and its goal. */
  async list(cycleId: string, measureId?: string | null): Promise<ReviewThread[]> {
    const threads = this.dataSource.getRepository(ReviewThread);
    if (!measureId) return threadsOfCycle(this.dataSource)([cycleId]);
    const measure = await findByIdOrFail(this.dataSource, Measure, 'Measure', measureId);
    const kpis = (await this.dataSource.getRepository(MeasureIndicator).findBy({ measureId })).map((l) => l.indicatorId);
    return threads.find({
      where: [
        { cycleId, measureId },
        { cycleId, indicatorId: anyOf(kpis) },
        { cycleId, goalId: measure.goalId },
      ],
      order: { createdAt: 'ASC' },
    });
  }

  async start(viewer: User, input: StartThreadInput): Promise<ReviewThread> {
    const body = postBody(input.body);
    const started = await this.dataSource.transaction(async (manager) => {
      const place = await this.placeOf(manager, input);
      const thread = manager.create(ReviewThread, { ...place, anchor: input.anchor, kind: input.kind, status: OPEN, createdBy: viewer.id });
      await manager.save(thread);
      const post = manager.create(ThreadPost, { threadId: thread.id, authorId: viewer.id, body });
      await manager.save(post);
      await readUpToLatest(manager, viewer.id, thread);
      await recordAudit(manager, { userId: viewer.id, cycleId: thread.cycleId, action: 'reviewThread.start', entityType: 'ReviewThread', entityId: thread.id, before: null, after: { ...thread, body } });
      return thread;
    });
    this.notifier?.threadStarted(started);
    return started;
  }

  /** Where a new thread goes: a draft revision (anchored to it, in no cycle), or a part of the plan in a cycle the council reviews. */
  private async placeOf(manager: EntityManager, input: StartThreadInput): Promise<Partial<ReviewThread>> {
    if (input.anchor === ThreadAnchor.REVISION) {
      if (input.cycleId) throw new BadInputError('改訂案への意見はレビューに属しません。cycleId を指定しないでください / A comment on a revision belongs to no review cycle: leave cycleId out', 'cycleId');
      await lockDraftForComments(manager, input.anchorId, COMMENTING);
      return { cycleId: null, revisionId: input.anchorId };
    }
    if (!input.cycleId) throw new BadInputError('どのレビューへの意見かを指定してください / Give the review cycle the comment is made in', 'cycleId');
    const cycle = await lockCycleIn(manager, input.cycleId, [CycleState.REVIEWING], COMMENTING);
    const where = { where: { strategyId: cycle.strategyId } };
    const anchorColumn = { GOAL: 'goalId', MEASURE: 'measureId', INDICATOR: 'indicatorId' } as const;
    if (input.anchor === ThreadAnchor.GOAL) await findByIdOrFail(manager, Goal, 'Goal', input.anchorId, where);
    if (input.anchor === ThreadAnchor.MEASURE) await findByIdOrFail(manager, Measure, 'Measure', input.anchorId, where);
    if (input.anchor === ThreadAnchor.INDICATOR) await findByIdOrFail(manager, Indicator, 'Indicator', input.anchorId, where);
    return { cycleId: cycle.id, [anchorColumn[input.anchor]]: input.anchorId };
  }

  reply(viewer: User, threadId: string, text: string): Promise<ThreadPost> {
    const body = postBody(text);
    return this.dataSource.transaction(async (manager) => {
      const { thread } = await lockOpenThread(manager, threadId, { ja: '返信', en: 'Replying' });
      if (!mayReply(viewer, await threadDepartmentIds(manager, thread))) throw new ForbiddenError('この論点に回答する担当課ではありません / Your department does not answer this thread');
      const post = manager.create(ThreadPost, { threadId, authorId: viewer.id, body });
      await manager.save(post);
      await this.touch(manager, viewer, thread);
      await recordAudit(manager, { userId: viewer.id, cycleId: thread.cycleId, action: 'threadPost.reply', entityType: 'ThreadPost', entityId: post.id, before: null, after: withRevision(post, thread) });
      return post;
    });
  }

  /** The author corrects a post within the edit window; the earlier text is kept as a revision. */
  editPost(viewer: User, postId: string, text: string): Promise<ThreadPost> {
    const body = postBody(text);
    return this.dataSource.transaction(async (manager) => {
      const post = await findByIdOrFail(manager, ThreadPost, 'ThreadPost', postId, { lock: { mode: 'pessimistic_write' } });
      const { thread } = await lockOpenThread(manager, post.threadId, { ja: '投稿の編集', en: 'Editing' });
      if (post.authorId !== viewer.id) throw new ForbiddenError('自分の投稿だけを編集できます / Only the author edits a post');
      if (Date.now() - post.createdAt.getTime() > POST_EDIT_WINDOW_MINUTES * 60_000) {
        throw new InvalidStateError(`投稿後 ${POST_EDIT_WINDOW_MINUTES} 分を過ぎると編集できません。返信で補足してください / Posts can be edited for ${POST_EDIT_WINDOW_MINUTES} minutes; add a reply instead`);
      }
      if (body === post.body) return post;
      const before = { ...post };
      const now = new Date();
      await manager.save(manager.create(PostRevision, { postId, body: post.body, replacedAt: now }));
      Object.assign(post, { body, editedAt: now });
      await manager.save(post);
      await this.touch(manager, viewer, thread);
      await recordAudit(manager, { userId: viewer.id, cycleId: thread.cycleId, action: 'threadPost.edit', entityType: 'ThreadPost', entityId: post.id, before, after: withRevision(post, thread) });
      return post;
    });
  }

  resolve(viewer: User, threadId: string, expectedVersion: number): Promise<ReviewThread> {
    return this.setStatus(viewer, threadId, expectedVersion, [OPEN], RESOLVED, null);
  }

  reopen(viewer: User, threadId: string, expectedVersion: number): Promise<ReviewThread> {
    return this.setStatus(viewer, threadId, expectedVersion, [RESOLVED, LEFT], OPEN, null);
  }

  leave(viewer: User, threadId: string, expectedVersion: number, reason: string): Promise<ReviewThread> {
    if (!reason.trim()) throw new BadInputError('未回答のまま終えるには理由が必要です / Leaving a thread unanswered needs a reason', 'reason');
    return this.setStatus(viewer, threadId, expectedVersion, [OPEN], LEFT, reason.trim());
  }

  /** Not audited: a personal bookmark, not a change to the review. */
  async markRead(viewer: User, threadId: string): Promise<ReviewThread> {
    const thread = await findByIdOrFail(this.dataSource, ReviewThread, 'ReviewThread', threadId);
    await this.dataSource.getRepository(ThreadRead).upsert({ userId: viewer.id, threadId, readAt: new Date() }, ['userId', 'threadId']);
    return thread;
  }

  private setStatus(viewer: User, threadId: string, expectedVersion: number, from: ThreadStatus[], to: ThreadStatus, leftReason: string | null): Promise<ReviewThread> {
    return this.dataSource.transaction(async (manager) => {
      const thread = await findByIdOrFail(manager, ReviewThread, 'ReviewThread', threadId, { lock: { mode: 'pessimistic_write' } });
      await lockThreadVenue(manager, thread, CONVERSATION_STATES, { ja: '論点の解決・終了', en: 'Resolving a thread' });
      if (thread.version !== expectedVersion) throw new ConflictError('ReviewThread', snapshot(thread));
      if (!from.includes(thread.status)) {
        throw new InvalidStateError(`この論点は ${thread.status} のため、この操作はできません（${from.join('・')} のときだけ） / This thread is ${thread.status}, not ${from.join(' or ')}`, thread.status);
      }
      const before = { ...thread };
      Object.assign(thread, { status: to, leftReason, lastActivityAt: new Date() });
      await manager.save(thread);
      await readUpToLatest(manager, viewer.id, thread);
      const verb = { OPEN: 'reopen', RESOLVED: 'resolve', LEFT: 'leave' }[to];
      await recordAudit(manager, { userId: viewer.id, cycleId: thread.cycleId, action: `reviewThread.${verb}`, entityType: 'ReviewThread', entityId: thread.id, before, after: thread });
      return thread;
    });
  }

  /** Bumps the version too: whoever resolves it must have seen the latest reply. */
  private async touch(manager: EntityManager, viewer: User, thread: ReviewThread): Promise<void> {
    thread.lastActivityAt = new Date();
    await manager.save(thread);
    await readUpToLatest(manager, viewer.id, thread);
  }
}
