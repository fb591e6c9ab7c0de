import { ActionStatus, CycleState, fiscalYearOf, Role, ThreadStatus } from '@kaizen/shared';
import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import { anyOf } from '../../graphql/loader-helpers.js';
import { Department } from '../department/department.entity.js';
import { ImprovementAction } from '../improvement-action/improvement-action.entity.js';
import type { ReviewBoardService } from '../review-board/review-board.service.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { CONVERSATION_STATES as CONVERSATION } from '../review-thread/review-thread.service.js';
import { departmentsOfThreads } from '../review-thread/thread-departments.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { ThreadResponse } from '../thread-response/thread-response.entity.js';
import type { User } from '../user/user.entity.js';
import { InboxItem, InboxKind, type Inbox } from './inbox.types.js';

function item(kind: InboxKind, cycle: ReviewCycle, count: number, lists: Partial<Pick<InboxItem, 'threads' | 'actions' | 'departments'>> = {}): InboxItem {
  return Object.assign(new InboxItem(), { kind, cycle, count, ...lists });
}

const collecting = (c: ReviewCycle) => c.state === CycleState.COLLECTING;
const inConversation = (c: ReviewCycle) => CONVERSATION.includes(c.state);

/** Rows by the cycle they belong to, in the order given (a thread on a revision belongs to none). */
function byCycle<T extends { cycleId: string | null }>(rows: T[]): (cycle: ReviewCycle) => T[] {
  const groups = new Map<string | null, T[]>();
  for (const row of rows) groups.set(row.cycleId, [...(groups.get(row.cycleId) ?? []), row]);
  return (cycle) => groups.get(cycle.id) ?? [];
}

/**
 * What waits for whom, over every open cycle at once: a fixed number of statements (each over all
 * the cycles concerned, by one array parameter) whatever the number of cities and their cycles.
 */
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly board: ReviewBoardService,
  ) {}

  async inbox(viewer: User): Promise<Inbox> {
    const cycles = await this.openCycles(viewer);
    const items =
      viewer.role === Role.COUNCIL
        ? await this.forCouncil(viewer, cycles.filter(inConversation))
        : viewer.role === Role.DEPARTMENT
          ? await this.forDepartment(viewer.departmentId!, cycles)
          : viewer.role === Role.PLANNING
            ? await this.forPlanning(cycles)
            : [];
    const shown = items.filter((i) => i.count > 0);
    return { total: shown.reduce((n, i) => n + i.count, 0), items: shown };
  }

  /**
   * Cycles past preparing and not closed, newest first. A department's are those of its own
   * municipality's strategies: nothing of another city is ever its to do.
   */
  private openCycles(viewer: User): Promise<ReviewCycle[]> {
    const query = this.dataSource
      .getRepository(ReviewCycle)
      .createQueryBuilder('c')
      .where('c.state NOT IN (:...notOpen)', { notOpen: [CycleState.PREPARING, CycleState.CLOSED] })
      .orderBy('c.fiscalYear', 'DESC');
    if (viewer.role === Role.DEPARTMENT) {
      query
        .innerJoin(Strategy, 's', 's.id = c.strategy_id')
        .innerJoin(Department, 'd', 'd.municipality = s.municipality AND d.id = :department', { department: viewer.departmentId });
    }
    return query.getMany();
  }

  private async forCouncil(viewer: User, cycles: ReviewCycle[]): Promise<InboxItem[]> {
    if (!cycles.length) return [];
    // Newer than both the viewer's last visit and their own last word, and written by someone else.
    const threads: ReviewThread[] = await this.dataSource
      .getRepository(ReviewThread)
      .createQueryBuilder('t')
      .where('t.cycle_id = ANY(CAST(:cycles AS uuid[]))', { cycles: cycles.map((c) => c.id) })
      .andWhere('EXISTS (SELECT 1 FROM thread_post p WHERE p.thread_id = t.id AND p.author_id = :me)')
      .andWhere(
        `GREATEST(
           (SELECT max(p.created_at) FROM thread_post p WHERE p.thread_id = t.id AND p.author_id <> :me),
           (SELECT max(r.updated_at) FROM thread_response r WHERE r.thread_id = t.id AND r.author_id <> :me))
         > GREATEST(
           COALESCE((SELECT r.read_at FROM thread_read r WHERE r.thread_id = t.id AND r.user_id = :me), '-infinity'),
           (SELECT max(p.created_at) FROM thread_post p WHERE p.thread_id = t.id AND p.author_id = :me))`,
      )
      .setParameter('me', viewer.id)
      .orderBy('t.last_activity_at', 'DESC')
      .getMany();
    const of = byCycle(threads);
    return cycles.map((cycle) => item(InboxKind.NEW_ANSWERS, cycle, of(cycle).length, { threads: of(cycle) }));
  }

  private async forDepartment(departmentId: string, cycles: ReviewCycle[]): Promise<InboxItem[]> {
    const [boards, awaiting, actions] = await Promise.all([
      this.board.boards(cycles.filter(collecting), departmentId),
      this.awaitingResponse(departmentId, cycles.filter(inConversation)),
      this.actionsDue(departmentId, cycles),
    ]);
    const toHandIn = (c: { missing: number; drafts: number; returned: number }) => c.missing + c.drafts + c.returned;
    const items = cycles.flatMap((cycle) => {
      if (inConversation(cycle)) return [item(InboxKind.AWAITING_RESPONSE, cycle, awaiting(cycle).length, { threads: awaiting(cycle) })];
      return (boards.get(cycle.id) ?? []).map((row) => item(InboxKind.ENTRIES_TO_HAND_IN, cycle, toHandIn(row.actuals) + toHandIn(row.reports)));
    });
    return [...items, ...actions];
  }

  /** Open threads the department answers for and has not answered yet. */
  private async awaitingResponse(departmentId: string, cycles: ReviewCycle[]): Promise<(cycle: ReviewCycle) => ReviewThread[]> {
    const open = await this.openThreads(cycles);
    if (!open.length) return () => [];
    const departments = await departmentsOfThreads(this.dataSource.manager, open);
    const answered = new Set(
      (await this.dataSource.getRepository(ThreadResponse).findBy({ threadId: anyOf(open.map((t) => t.id)), departmentId })).map((r) => r.threadId),
    );
    return byCycle(open.filter((t) => departments.get(t.id)!.includes(departmentId) && !answered.has(t.id)));
  }

  /** Actions are the department's whatever cycle they came from; shown against the newest open cycle. */
  private async actionsDue(departmentId: string, cycles: ReviewCycle[]): Promise<InboxItem[]> {
    if (!cycles.length) return [];
    const actions = await this.dataSource.getRepository(ImprovementAction).find({
      where: {
        ownerDepartmentId: departmentId,
        status: In([ActionStatus.PLANNED, ActionStatus.IN_PROGRESS]),
        dueFiscalYear: LessThanOrEqual(fiscalYearOf(new Date())),
      },
      order: { dueFiscalYear: 'ASC' },
    });
    return [item(InboxKind.ACTIONS_DUE, cycles[0], actions.length, { actions })];
  }

  private async forPlanning(cycles: ReviewCycle[]): Promise<InboxItem[]> {
    const [boards, threads] = await Promise.all([this.board.boards(cycles.filter(collecting)), this.openThreads(cycles.filter(inConversation)).then(byCycle)]);
    return cycles.flatMap((cycle) => {
      if (inConversation(cycle)) return [item(InboxKind.UNRESOLVED_THREADS, cycle, threads(cycle).length, { threads: threads(cycle) })];
      const board = boards.get(cycle.id);
      if (!board) return [];
      const late = board.filter((r) => r.late && r.department).map((r) => r.department!);
      const submitted = board.reduce((n, r) => n + r.actuals.submitted + r.reports.submitted, 0);
      return [item(InboxKind.SUBMISSIONS_TO_CHECK, cycle, submitted), item(InboxKind.LATE_DEPARTMENTS, cycle, late.length, { departments: late })];
    });
  }

  private async openThreads(cycles: ReviewCycle[]): Promise<ReviewThread[]> {
    if (!cycles.length) return [];
    return this.dataSource.getRepository(ReviewThread).find({ where: { cycleId: anyOf(cycles.map((c) => c.id)), status: ThreadStatus.OPEN }, order: { createdAt: 'ASC' } });
  }
}
