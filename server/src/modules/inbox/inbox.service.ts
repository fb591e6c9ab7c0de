import { ActionStatus, CycleState, fiscalYearOf, Role, ThreadStatus } from '@kaizen/shared';
import { In, LessThanOrEqual, Not, type DataSource } from 'typeorm';
import { anyOf } from '../../graphql/loader-helpers.js';
import { ImprovementAction } from '../improvement-action/improvement-action.entity.js';
import type { ReviewBoardService } from '../review-board/review-board.service.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { CONVERSATION_STATES as CONVERSATION } from '../review-thread/review-thread.service.js';
import { departmentsOfThreads } from '../review-thread/thread-departments.js';
import { ThreadResponse } from '../thread-response/thread-response.entity.js';
import type { User } from '../user/user.entity.js';
import { InboxItem, InboxKind, type Inbox } from './inbox.types.js';

function item(kind: InboxKind, cycle: ReviewCycle, count: number, lists: Partial<Pick<InboxItem, 'threads' | 'actions' | 'departments'>> = {}): InboxItem {
  return Object.assign(new InboxItem(), { kind, cycle, count, ...lists });
}

/** What waits for whom: read in a fixed number of statements per open cycle. */
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly board: ReviewBoardService,
  ) {}

  async inbox(viewer: User): Promise<Inbox> {
    const cycles = await this.dataSource.getRepository(ReviewCycle).find({ where: { state: Not(In([CycleState.PREPARING, CycleState.CLOSED])) }, order: { fiscalYear: 'DESC' } });
    const items: InboxItem[] = [];
    for (const cycle of cycles) {
      if (viewer.role === Role.COUNCIL) items.push(...(await this.forCouncil(viewer, cycle)));
      if (viewer.role === Role.DEPARTMENT) items.push(...(await this.forDepartment(viewer, cycle)));
      if (viewer.role === Role.PLANNING) items.push(...(await this.forPlanning(cycle)));
    }
    if (viewer.role === Role.DEPARTMENT) items.push(...(await this.actionsDue(viewer, cycles)));
    const shown = items.filter((i) => i.count > 0);
    return { total: shown.reduce((n, i) => n + i.count, 0), items: shown };
  }

  private async forCouncil(viewer: User, cycle: ReviewCycle): Promise<InboxItem[]> {
    if (!CONVERSATION.includes(cycle.state)) return [];
    // Newer than both the viewer's last visit and their own last word, and written by someone else.
    const threads: ReviewThread[] = await this.dataSource
      .getRepository(ReviewThread)
      .createQueryBuilder('t')
      .where('t.cycle_id = :cycle', { cycle: cycle.id })
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
    return [item(InboxKind.NEW_ANSWERS, cycle, threads.length, { threads })];
  }

  private async forDepartment(viewer: User, cycle: ReviewCycle): Promise<InboxItem[]> {
    const items: InboxItem[] = [];
    if (cycle.state === CycleState.COLLECTING) {
      const row = (await this.board.board(cycle)).find((r) => r.department?.id === viewer.departmentId);
      const open = (c: { missing: number; drafts: number; returned: number }) => c.missing + c.drafts + c.returned;
      if (row) items.push(item(InboxKind.ENTRIES_TO_HAND_IN, cycle, open(row.actuals) + open(row.reports)));
    }
    if (CONVERSATION.includes(cycle.state)) {
      const open = await this.dataSource.getRepository(ReviewThread).find({ where: { cycleId: cycle.id, status: ThreadStatus.OPEN }, order: { createdAt: 'ASC' } });
      const departments = await departmentsOfThreads(this.dataSource.manager, open);
      const answered = new Set(
        (await this.dataSource.getRepository(ThreadResponse).findBy({ threadId: anyOf(open.map((t) => t.id)), departmentId: viewer.departmentId! })).map((r) => r.threadId),
      );
      const threads = open.filter((t) => departments.get(t.id)!.includes(viewer.departmentId!) && !answered.has(t.id));
      items.push(item(InboxKind.AWAITING_RESPONSE, cycle, threads.length, { threads }));
    }
    return items;
  }

  /** Actions are the department's whatever cycle they came from; shown against the newest open cycle. */
  private async actionsDue(viewer: User, cycles: ReviewCycle[]): Promise<InboxItem[]> {
    if (!cycles.length) return [];
    const actions = await this.dataSource.getRepository(ImprovementAction).find({
      where: {
        ownerDepartmentId: viewer.departmentId!,
        status: In([ActionStatus.PLANNED, ActionStatus.IN_PROGRESS]),
        dueFiscalYear: LessThanOrEqual(fiscalYearOf(new Date())),
      },
      order: { dueFiscalYear: 'ASC' },
    });
    return [item(InboxKind.ACTIONS_DUE, cycles[0], actions.length, { actions })];
  }

  private async forPlanning(cycle: ReviewCycle): Promise<InboxItem[]> {
    if (cycle.state === CycleState.COLLECTING) {
      const board = await this.board.board(cycle);
      const late = board.filter((r) => r.late && r.department).map((r) => r.department!);
      const submitted = board.reduce((n, r) => n + r.actuals.submitted + r.reports.submitted, 0);
      return [item(InboxKind.SUBMISSIONS_TO_CHECK, cycle, submitted), item(InboxKind.LATE_DEPARTMENTS, cycle, late.length, { departments: late })];
    }
    if (!CONVERSATION.includes(cycle.state)) return [];
    const threads = await this.dataSource.getRepository(ReviewThread).find({ where: { cycleId: cycle.id, status: ThreadStatus.OPEN }, order: { createdAt: 'ASC' } });
    return [item(InboxKind.UNRESOLVED_THREADS, cycle, threads.length, { threads })];
  }
}
