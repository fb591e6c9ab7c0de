import { ActionStatus, Role, ThreadAnchor } from '@kaizen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { findByIdOrFail } from '../../db/find-by-id.js';
import { BadInputError, ConflictError, ForbiddenError } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { Department } from '../department/department.entity.js';
import { Goal } from '../goal/goal.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { MeasureIndicator } from '../indicator/measure-indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { lockCycleIn } from '../review-cycle/review-cycle.service.js';
import { postBody } from '../review-thread/post-body.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { CONVERSATION_STATES } from '../review-thread/review-thread.service.js';
import { ThreadResponse } from '../thread-response/thread-response.entity.js';
import type { User } from '../user/user.entity.js';
import { ActionProgressNote } from './action-progress-note.entity.js';
import type { CreateImprovementActionInput, UpdateImprovementActionInput } from './improvement-action.inputs.js';
import { ImprovementAction } from './improvement-action.entity.js';
import { mayUpdateAction } from './improvement-action.policy.js';

/** Far enough for any plan period; a typo like 20205 is refused. */
const MAX_YEARS_AHEAD = 10;

type Placement = { goalId: string; measureId: string | null };

export class ImprovementActionService {
  constructor(private readonly dataSource: DataSource) {}

  create(viewer: User, input: CreateImprovementActionInput): Promise<ImprovementAction> {
    const description = postBody(input.description, 'description');
    return this.dataSource.transaction(async (manager) => {
      const response = input.responseId ? await findByIdOrFail(manager, ThreadResponse, 'ThreadResponse', input.responseId) : null;
      const threadId = response?.threadId ?? input.threadId ?? null;
      const thread = threadId ? await findByIdOrFail(manager, ReviewThread, 'ReviewThread', threadId) : null;
      if (thread?.revisionId) throw new BadInputError('改訂案への意見には改善アクションを登録できません。改訂案に反映してください / A comment on a draft revision is answered in the revision, not by an improvement action', 'threadId');
      const cycleId = thread?.cycleId ?? input.cycleId;
      if (!cycleId) throw new BadInputError('回答・論点・レビューのいずれかを指定してください / Give a response, a thread or a review cycle', 'cycleId');
      const cycle = await lockCycleIn(manager, cycleId, CONVERSATION_STATES, { ja: '改善アクションの登録', en: 'Committing to an action' });
      const owner = await this.owner(manager, viewer, response, input.ownerDepartmentId ?? null, cycle.strategyId);
      const placement = thread ? await this.placementOfThread(manager, thread) : await this.placement(manager, cycle, input);
      if (input.dueFiscalYear < cycle.fiscalYear + 1 || input.dueFiscalYear > cycle.fiscalYear + MAX_YEARS_AHEAD) {
        throw new BadInputError(`期限は FY${cycle.fiscalYear + 1}〜FY${cycle.fiscalYear + MAX_YEARS_AHEAD} です / Due between FY${cycle.fiscalYear + 1} and FY${cycle.fiscalYear + MAX_YEARS_AHEAD}`, 'dueFiscalYear');
      }
      const action = manager.create(ImprovementAction, {
        originCycleId: cycle.id,
        ...placement,
        threadId,
        responseId: response?.id ?? null,
        ownerDepartmentId: owner,
        description,
        dueFiscalYear: input.dueFiscalYear,
        status: ActionStatus.PLANNED,
        createdBy: viewer.id,
      });
      await manager.save(action);
      await recordAudit(manager, { userId: viewer.id, cycleId: cycle.id, action: 'improvementAction.create', entityType: 'ImprovementAction', entityId: action.id, before: null, after: action });
      return action;
    });
  }

  /**
   * Not bound to the origin cycle's state: an action is followed up in later years, after the
   * cycle it came from has closed.
   */
  update(viewer: User, input: UpdateImprovementActionInput): Promise<ImprovementAction> {
    const note = postBody(input.note, 'note');
    return this.dataSource.transaction(async (manager) => {
      const action = await findByIdOrFail(manager, ImprovementAction, 'ImprovementAction', input.id, { lock: { mode: 'pessimistic_write' } });
      if (!mayUpdateAction(viewer, action.ownerDepartmentId)) throw new ForbiddenError('この改善アクションの担当課ではありません / Only the owner department updates this action');
      if (action.version !== input.expectedVersion) throw new ConflictError('ImprovementAction', snapshot(action));
      const before = { ...action };
      action.status = input.status;
      await manager.save(action);
      await manager.save(manager.create(ActionProgressNote, { actionId: action.id, body: note, status: input.status, authorId: viewer.id }));
      const followedUpIn = await this.latestCycleId(manager, action.originCycleId);
      await recordAudit(manager, { userId: viewer.id, cycleId: followedUpIn, action: 'improvementAction.update', entityType: 'ImprovementAction', entityId: action.id, before, after: { ...action, note } });
      return action;
    });
  }

  /** Progress is read on the latest year's pages, where the action is carried over: its feed tells them. */
  private async latestCycleId(manager: EntityManager, originCycleId: string): Promise<string> {
    const [latest] = await manager.query<{ id: string }[]>(
      `SELECT c.id FROM review_cycle c JOIN review_cycle o ON o.strategy_id = c.strategy_id WHERE o.id = $1 ORDER BY c.fiscal_year DESC LIMIT 1`,
      [originCycleId],
    );
    return latest.id;
  }

  private async owner(manager: EntityManager, viewer: User, response: ThreadResponse | null, requested: string | null, strategyId: string): Promise<string | null> {
    if (response) {
      const own = viewer.role === Role.DEPARTMENT ? viewer.departmentId === response.departmentId : viewer.role === Role.PLANNING;
      if (!own) throw new ForbiddenError('回答した担当課だけが、その回答から改善アクションを作れます / Only the responding department turns its response into an action');
      return response.departmentId;
    }
    if (viewer.role !== Role.PLANNING) throw new ForbiddenError('改善アクションは回答から作成してください / Departments create actions from their response');
    if (requested) {
      await findByIdOrFail(manager, Department, 'Department', requested);
      // One install holds many municipalities: an action is owned by a department of the plan's own city.
      const [ofStrategy] = await manager.query<unknown[]>(`SELECT 1 FROM department d JOIN strategy s ON s.municipality = d.municipality WHERE d.id = $1 AND s.id = $2`, [requested, strategyId]);
      if (!ofStrategy) throw new BadInputError('この総合戦略の自治体の部署を指定してください / The owner must be a department of this strategy’s municipality', 'ownerDepartmentId');
    }
    return requested;
  }

  /** Where a thread's action is followed up: its measure, a KPI's own measure, or the goal (also a KGI's). */
  private async placementOfThread(manager: EntityManager, thread: ReviewThread): Promise<Placement> {
    if (thread.anchor === ThreadAnchor.GOAL) return { goalId: thread.goalId!, measureId: null };
    if (thread.anchor === ThreadAnchor.INDICATOR) {
      const listing = await manager.findOneBy(MeasureIndicator, { indicatorId: thread.indicatorId!, relisted: false });
      if (!listing) return { goalId: (await manager.findOneByOrFail(Indicator, { id: thread.indicatorId! })).goalId!, measureId: null };
      return this.placementOfMeasure(manager, listing.measureId);
    }
    return this.placementOfMeasure(manager, thread.measureId!);
  }

  private async placementOfMeasure(manager: EntityManager, measureId: string): Promise<Placement> {
    return { goalId: (await manager.findOneByOrFail(Measure, { id: measureId })).goalId, measureId };
  }

  private async placement(manager: EntityManager, cycle: ReviewCycle, input: CreateImprovementActionInput): Promise<Placement> {
    const where = { where: { strategyId: cycle.strategyId } };
    if (input.measureId) {
      const measure = await findByIdOrFail(manager, Measure, 'Measure', input.measureId, where);
      return { goalId: measure.goalId, measureId: measure.id };
    }
    if (!input.goalId) throw new BadInputError('改善アクションの対象となる施策か基本目標を指定してください / Give the measure or the goal the action is for', 'measureId');
    return { goalId: (await findByIdOrFail(manager, Goal, 'Goal', input.goalId, where)).id, measureId: null };
  }
}
