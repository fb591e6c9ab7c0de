import { CycleState, cycleMove } from '@kaizen/shared';
import { type DataSource, type EntityManager } from 'typeorm';
import { entityQuery } from '../../db/entity-rows.js';
import { findByIdOrFail } from '../../db/find-by-id.js';
import { BadInputError, ConflictError, InvalidStateError, NotFoundError, type Bilingual } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { reportConfigOf } from '../report-settings/report-settings.service.js';
import { keepYearConfig } from '../strategy/closed-year-config.js';
import { Strategy } from '../strategy/strategy.entity.js';
import type { Notifier } from '../notification/notifier.js';
import type { User } from '../user/user.entity.js';
import { ReviewCycle } from './review-cycle.entity.js';

export type DueDates = { collectingDue?: string | null; reviewingDue?: string | null; respondingDue?: string | null };

/** The cycle a write belongs to, refused unless it stands in one of `states`; `what` names the write for the message. */
export async function lockCycleIn(manager: EntityManager, cycleId: string, states: CycleState[], what: Bilingual): Promise<ReviewCycle> {
  const cycle = await manager.findOne(ReviewCycle, { where: { id: cycleId }, lock: { mode: 'pessimistic_read' } });
  if (!cycle) throw new NotFoundError('ReviewCycle', cycleId);
  if (!states.includes(cycle.state)) {
    throw new InvalidStateError(
      cycle.state === CycleState.CLOSED
        ? `FY${cycle.fiscalYear} のレビューは完了しているため、変更できません / The review cycle for FY${cycle.fiscalYear} is closed: nothing in it can change`
        : `${what.ja}はレビューが ${states.join('・')} の段階でだけできます（現在は ${cycle.state}） / ${what.en} is possible only while the cycle is ${states.join(' or ')}; it is ${cycle.state}`,
      cycle.state,
    );
  }
  return cycle;
}

/** What must hold before a cycle moves to `to` (e.g. every thread settled before CLOSED); throws if not. */
export type MoveCheck = (manager: EntityManager, cycle: ReviewCycle, to: CycleState) => Promise<void>;

const cyclesInStates = (dataSource: DataSource) =>
  entityQuery(dataSource, ReviewCycle, {
    where: `t.state = ANY($1::text[]) AND ($2::uuid IS NULL OR t.strategy_id IN (
              SELECT s.id FROM strategy s JOIN department d ON d.municipality = s.municipality WHERE d.id = $2))`,
    orderBy: 't.fiscal_year DESC, t.id',
  });

export class ReviewCycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moveChecks: MoveCheck[] = [],
    private readonly notifier: Notifier | null = null,
  ) {}

  list(strategyId: string): Promise<ReviewCycle[]> {
    return this.dataSource.getRepository(ReviewCycle).find({ where: { strategyId }, order: { fiscalYear: 'DESC' } });
  }

  /** Every strategy's cycles standing in one of `states` (the header follows those under review), newest first. */
  /** A department's are those of its own municipality's strategies: nothing of another city is its to follow. */
  inStates(states: CycleState[], viewer: User): Promise<ReviewCycle[]> {
    return cyclesInStates(this.dataSource)([states, viewer.departmentId]);
  }

  ofYear(strategyId: string, fiscalYear: number): Promise<ReviewCycle | null> {
    return this.dataSource.getRepository(ReviewCycle).findOneBy({ strategyId, fiscalYear });
  }

  get(id: string): Promise<ReviewCycle> {
    return findByIdOrFail(this.dataSource, ReviewCycle, 'ReviewCycle', id);
  }

  async open(viewer: User, strategyId: string, fiscalYear: number, due: DueDates): Promise<ReviewCycle> {
    const strategy = await findByIdOrFail(this.dataSource, Strategy, 'Strategy', strategyId);
    if (fiscalYear < strategy.periodStartFY || fiscalYear > strategy.periodEndFY) {
      throw new BadInputError(
        `FY${fiscalYear} は計画期間（FY${strategy.periodStartFY}〜FY${strategy.periodEndFY}）の外です / FY${fiscalYear} lies outside the plan period FY${strategy.periodStartFY}–FY${strategy.periodEndFY}`,
        'fiscalYear',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(ReviewCycle, { strategyId, fiscalYear })) {
        throw new BadInputError(`FY${fiscalYear} のレビューは既にあります / A review cycle for FY${fiscalYear} already exists`, 'fiscalYear');
      }
      const cycle = manager.create(ReviewCycle, { strategyId, fiscalYear, state: CycleState.PREPARING, ...due });
      await manager.save(cycle);
      await recordAudit(manager, { userId: viewer.id, cycleId: cycle.id, action: 'reviewCycle.open', entityType: 'ReviewCycle', entityId: cycle.id, before: null, after: cycle });
      return cycle;
    });
  }

  /**
   * What a closed cycle's pages read that could still change after it closed: its year's grading
   * rules and report options (the strategy's own may be edited later), and the moment of closing,
   * as of which its improvement actions are shown. Everything else on those pages is its own
   * entries, which a closed cycle refuses to change, or earlier years'.
   */
  private async keepAtClosing(manager: EntityManager, cycle: ReviewCycle): Promise<void> {
    await keepYearConfig(manager, cycle.strategyId, cycle.fiscalYear);
    const strategy = await manager.findOneByOrFail(Strategy, { id: cycle.strategyId });
    cycle.closedReportConfig = reportConfigOf(strategy);
    // The database's clock, as the progress notes' times are.
    const [{ now }] = await manager.query<{ now: Date }[]>(`SELECT now() AS now`);
    cycle.closedAt = now;
  }

  /** Forward one step, or back with a reason; the version guards against two people moving it at once. */
  async move(viewer: User, id: string, to: CycleState, expectedVersion: number, reason: string | null): Promise<ReviewCycle> {
    const moved = await this.dataSource.transaction(async (manager) => {
      const cycle = await manager.findOne(ReviewCycle, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!cycle) throw new NotFoundError('ReviewCycle', id);
      if (cycle.version !== expectedVersion) throw new ConflictError('ReviewCycle', snapshot(cycle));
      const direction = cycleMove(cycle.state, to);
      if (!direction) throw new InvalidStateError(`レビューを ${cycle.state} から ${to} へは移せません / A cycle cannot move from ${cycle.state} to ${to}`, cycle.state);
      if (direction === 'BACK' && !reason?.trim()) throw new BadInputError('前の段階に戻すには理由が必要です / Moving a cycle back needs a reason', 'reason');
      for (const check of this.moveChecks) await check(manager, cycle, to);
      const before = { ...cycle };
      cycle.state = to;
      cycle.lastMoveBackReason = direction === 'BACK' ? reason!.trim() : null;
      cycle.lastMovedBackAt = direction === 'BACK' ? new Date() : null;
      if (to === CycleState.CLOSED) await this.keepAtClosing(manager, cycle);
      await manager.save(cycle);
      await recordAudit(manager, {
        userId: viewer.id,
        cycleId: cycle.id,
        action: `reviewCycle.${direction === 'BACK' ? 'moveBack' : 'moveForward'}`,
        entityType: 'ReviewCycle',
        entityId: cycle.id,
        before,
        after: { ...cycle, reason: reason?.trim() || null },
      });
      return cycle;
    });
    // Entry opens (or reopens, with the reason) for the departments.
    if (moved.state === CycleState.COLLECTING) this.notifier?.cycleOpened(moved);
    return moved;
  }
}
