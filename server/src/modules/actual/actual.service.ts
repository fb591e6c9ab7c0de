import { CycleState, parseNumberInput, SubmissionStatus } from '@kaizen/shared';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { BadInputError, ConflictError, ForbiddenError, InvalidStateError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { lockCycleIn } from '../review-cycle/review-cycle.service.js';
import type { User } from '../user/user.entity.js';
import { Actual } from './actual.entity.js';
import type { SaveActualInput } from './actual.inputs.js';
import { mayEnterActual } from './actual.policy.js';

const { DRAFT, SUBMITTED, ACCEPTED, RETURNED } = SubmissionStatus;

type Transition = {
  action: string;
  from: SubmissionStatus[];
  to: SubmissionStatus;
  cycleStates: CycleState[];
  /** Checks row-level scope once the indicator's departments are known. */
  authorize(viewer: User, departmentIds: string[]): boolean;
  returnReason?: string;
};

export class ActualService {
  constructor(private readonly dataSource: DataSource) {}

  listForCycle(cycleId: string): Promise<Actual[]> {
    return this.dataSource.getRepository(Actual).find({ where: { cycleId }, order: { updatedAt: 'DESC' } });
  }

  async save(viewer: User, input: SaveActualInput): Promise<Actual> {
    const value = this.readValue(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const cycle = await lockCycleIn(manager, input.cycleId, [CycleState.COLLECTING], 'Entering actuals');
        const indicator = await manager.findOneBy(Indicator, { id: input.indicatorId, strategyId: cycle.strategyId });
        if (!indicator) throw new NotFoundError('Indicator', input.indicatorId);
        if (!mayEnterActual(viewer, await this.departmentIds(manager, indicator.id))) {
          throw new ForbiddenError('この指標の実績値は担当課だけが入力できます / Only the responsible department enters this actual');
        }
        const existing = await manager.findOne(Actual, { where: { cycleId: cycle.id, indicatorId: indicator.id }, lock: { mode: 'pessimistic_write' } });
        if ((existing?.version ?? null) !== (input.expectedVersion ?? null)) throw new ConflictError('This actual', snapshot(existing));
        if (existing && existing.status !== DRAFT && existing.status !== RETURNED) {
          throw new InvalidStateError(`This actual is ${existing.status}: the planning division must return it before it can change`, existing.status);
        }
        const before = existing ? { ...existing } : null;
        const actual = existing ?? manager.create(Actual, { cycleId: cycle.id, indicatorId: indicator.id, fiscalYear: cycle.fiscalYear, status: DRAFT });
        Object.assign(actual, {
          value,
          notKnownReason: value === null ? input.notKnownReason!.trim() : null,
          note: input.note,
          evidenceLinks: input.evidenceLinks,
          updatedBy: viewer.id,
        });
        await manager.save(actual);
        await recordAudit(manager, { userId: viewer.id, action: 'actual.save', entityType: 'Actual', entityId: actual.id, before, after: actual });
        return actual;
      });
    } catch (error) {
      // Two first saves at once: the unique (cycle, indicator) lets one in; the other sees it now.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        const current = await this.dataSource.getRepository(Actual).findOneBy({ cycleId: input.cycleId, indicatorId: input.indicatorId });
        throw new ConflictError('This actual', snapshot(current));
      }
      throw error;
    }
  }

  submit(viewer: User, id: string, expectedVersion: number): Promise<Actual> {
    return this.transition(viewer, id, expectedVersion, {
      action: 'actual.submit',
      from: [DRAFT, RETURNED],
      to: SUBMITTED,
      cycleStates: [CycleState.COLLECTING],
      authorize: mayEnterActual,
    });
  }

  accept(viewer: User, id: string, expectedVersion: number): Promise<Actual> {
    return this.transition(viewer, id, expectedVersion, {
      action: 'actual.accept',
      from: [SUBMITTED],
      to: ACCEPTED,
      cycleStates: [CycleState.COLLECTING, CycleState.REVIEWING],
      authorize: () => true,
    });
  }

  return(viewer: User, id: string, expectedVersion: number, reason: string): Promise<Actual> {
    if (!reason.trim()) throw new BadInputError('Returning an actual needs a reason', 'reason');
    return this.transition(viewer, id, expectedVersion, {
      action: 'actual.return',
      from: [SUBMITTED, ACCEPTED],
      to: RETURNED,
      cycleStates: [CycleState.COLLECTING, CycleState.REVIEWING],
      authorize: () => true,
      returnReason: reason.trim(),
    });
  }

  private readValue(input: SaveActualInput): number | null {
    const typed = input.value?.trim() ?? '';
    const notKnown = input.notKnownReason?.trim() ?? '';
    if (typed && notKnown) throw new BadInputError('Give either a value or why it is not yet known, not both', 'value');
    if (!typed) {
      if (!notKnown) throw new BadInputError('Enter a value, or why it is not yet known', 'value');
      return null;
    }
    const parsed = parseNumberInput(typed);
    if (!parsed.ok) throw new BadInputError(`「${typed}」は数値として読めません / "${typed}" is not a number`, 'value');
    return parsed.value;
  }

  private async departmentIds(manager: EntityManager, indicatorId: string): Promise<string[]> {
    return (await manager.findBy(IndicatorDepartment, { indicatorId })).map((d) => d.departmentId);
  }

  private async transition(viewer: User, id: string, expectedVersion: number, t: Transition): Promise<Actual> {
    return this.dataSource.transaction(async (manager) => {
      const actual = await manager.findOne(Actual, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!actual) throw new NotFoundError('Actual', id);
      await lockCycleIn(manager, actual.cycleId, t.cycleStates, t.action);
      if (!t.authorize(viewer, await this.departmentIds(manager, actual.indicatorId))) throw new ForbiddenError();
      if (actual.version !== expectedVersion) throw new ConflictError('This actual', snapshot(actual));
      if (!t.from.includes(actual.status)) throw new InvalidStateError(`This actual is ${actual.status}, not ${t.from.join(' or ')}`, actual.status);
      const before = { ...actual };
      Object.assign(actual, { status: t.to, returnReason: t.returnReason ?? null, updatedBy: viewer.id });
      await manager.save(actual);
      await recordAudit(manager, { userId: viewer.id, action: t.action, entityType: 'Actual', entityId: actual.id, before, after: actual });
      return actual;
    });
  }
}
