import { assignableGrades, configForYear, CycleState, MAX_JUDGEMENT_REASON_LENGTH } from '@kaizen/shared';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { findByIdOrFail } from '../../db/find-by-id.js';
import { BadInputError, ConflictError, entityName, ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { Goal } from '../goal/goal.entity.js';
import { Measure } from '../measure/measure.entity.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { lockCycleIn } from '../review-cycle/review-cycle.service.js';
import { Strategy } from '../strategy/strategy.entity.js';
import type { User } from '../user/user.entity.js';
import { OverallJudgement } from './overall-judgement.entity.js';
import type { SetOverallJudgementInput } from './overall-judgement.inputs.js';
import { mayJudge } from './overall-judgement.policy.js';

/** A judgement may be recorded, changed or cleared until the cycle closes; a closed cycle is frozen. */
const OPEN_STATES: CycleState[] = [CycleState.PREPARING, CycleState.COLLECTING, CycleState.REVIEWING, CycleState.RESPONDING];

/** What is judged: a measure or a goal, exactly one. */
type Subject = { measureId: string | null; goalId: string | null };

/** Required, refused (never cut) when too long. */
function judgementReason(text: string): string {
  const reason = text.replace(/\r\n?/g, '\n').trim();
  if (!reason) throw new BadInputError('総合評価の理由を入力してください / Give the reason for the overall judgement', 'reason');
  if (reason.length > MAX_JUDGEMENT_REASON_LENGTH) {
    throw new BadInputError(`理由は ${MAX_JUDGEMENT_REASON_LENGTH.toLocaleString('ja-JP')} 文字までです（${reason.length.toLocaleString('ja-JP')} 文字） / At most ${MAX_JUDGEMENT_REASON_LENGTH} characters (this is ${reason.length})`, 'reason');
  }
  return reason;
}

export class OverallJudgementService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records or changes the judgement of a measure or a goal in an open cycle. A stale
   * `expectedVersion` (null when creating) is a CONFLICT carrying the current judgement, as is
   * losing a race to create the same one.
   */
  async set(viewer: User, input: SetOverallJudgementInput): Promise<OverallJudgement> {
    if (!mayJudge(viewer)) throw new ForbiddenError('総合評価は政策企画課が記入します / Only the planning division records an overall judgement');
    const reason = judgementReason(input.reason);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const cycle = await lockCycleIn(manager, input.cycleId, OPEN_STATES, { ja: '総合評価の記入', en: 'Recording an overall judgement' });
        const subject = await this.subject(manager, cycle, input.measureId ?? null, input.goalId ?? null);
        const grade = await this.grade(manager, cycle, input.grade);
        const existing = await manager.findOne(OverallJudgement, { where: { cycleId: cycle.id, ...this.where(subject) }, lock: { mode: 'pessimistic_write' } });
        if ((existing?.version ?? null) !== (input.expectedVersion ?? null)) throw new ConflictError('OverallJudgement', snapshot(existing));
        const before = existing ? { ...existing } : null;
        const row = existing ?? manager.create(OverallJudgement, { cycleId: cycle.id, ...subject });
        manager.merge(OverallJudgement, row, { grade, reason, decidedById: viewer.id });
        await manager.save(row);
        await recordAudit(manager, { userId: viewer.id, cycleId: cycle.id, action: 'overallJudgement.set', entityType: 'OverallJudgement', entityId: row.id, before, after: row });
        return row;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        const subject = { measureId: input.measureId ?? null, goalId: input.measureId ? null : (input.goalId ?? null) };
        throw new ConflictError('OverallJudgement', snapshot(await this.dataSource.getRepository(OverallJudgement).findOneBy({ cycleId: input.cycleId, ...this.where(subject) })));
      }
      throw error;
    }
  }

  /** Removes the judgement (the computed grade alone stands again); the reason goes to the audit log. */
  clear(viewer: User, cycleId: string, measureId: string | null, goalId: string | null, reasonText: string): Promise<boolean> {
    if (!mayJudge(viewer)) throw new ForbiddenError('総合評価は政策企画課が記入します / Only the planning division records an overall judgement');
    const reason = judgementReason(reasonText);
    return this.dataSource.transaction(async (manager) => {
      const cycle = await lockCycleIn(manager, cycleId, OPEN_STATES, { ja: '総合評価の取消し', en: 'Clearing an overall judgement' });
      const subject = await this.subject(manager, cycle, measureId, goalId);
      const existing = await manager.findOne(OverallJudgement, { where: { cycleId: cycle.id, ...this.where(subject) }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('OverallJudgement', (subject.measureId ?? subject.goalId)!);
      const before = { ...existing };
      await manager.remove(existing);
      await recordAudit(manager, { userId: viewer.id, cycleId: cycle.id, action: 'overallJudgement.clear', entityType: 'OverallJudgement', entityId: before.id, before, after: { ...subject, reason } });
      return true;
    });
  }

  /** The measure or goal named, of the cycle's own strategy. */
  private async subject(manager: EntityManager, cycle: ReviewCycle, measureId: string | null, goalId: string | null): Promise<Subject> {
    if (measureId && goalId) throw new BadInputError('施策か基本目標のどちらか一方を指定してください / Give either the measure or the goal, not both', 'goalId');
    if (measureId) return { measureId: await this.ofStrategy(manager, Measure, measureId, cycle.strategyId, 'measureId'), goalId: null };
    if (!goalId) throw new BadInputError('総合評価の対象となる施策か基本目標を指定してください / Give the measure or the goal judged', 'measureId');
    return { measureId: null, goalId: await this.ofStrategy(manager, Goal, goalId, cycle.strategyId, 'goalId') };
  }

  /** An id that names nothing is NOT_FOUND; another plan's measure or goal is bad input on the field that named it. */
  private async ofStrategy(manager: EntityManager, entity: typeof Measure | typeof Goal, id: string, strategyId: string, field: 'measureId' | 'goalId'): Promise<string> {
    const name = entity === Measure ? 'Measure' : 'Goal';
    const row = await findByIdOrFail<{ id: string; strategyId: string }>(manager, entity, name, id);
    if (row.strategyId !== strategyId) {
      const what = entityName(name);
      throw new BadInputError(`このレビューの総合戦略の${what.ja}を指定してください / The ${what.en} must belong to this review cycle’s strategy`, field);
    }
    return row.id;
  }

  /** One of the grades assignable in the cycle's year, by the rules that year is graded with. */
  private async grade(manager: EntityManager, cycle: ReviewCycle, raw: string): Promise<string> {
    const strategy = await manager.findOneByOrFail(Strategy, { id: cycle.strategyId });
    const grades = assignableGrades(configForYear(strategy.progressConfig, strategy.closedYearConfigs, cycle.fiscalYear), cycle.fiscalYear);
    const grade = raw.trim();
    if (!grades.includes(grade)) throw new BadInputError(`総合評価は ${grades.join('・')} のいずれかです / The overall judgement is one of ${grades.join(', ')}`, 'grade');
    return grade;
  }

  private where(subject: Subject) {
    return subject.measureId ? { measureId: subject.measureId } : { goalId: subject.goalId! };
  }
}
