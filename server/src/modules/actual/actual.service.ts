import { CycleState, parseNumberInput, SubmissionStatus } from '@kaizen/shared';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { BadInputError, ConflictError, ForbiddenError, InvalidStateError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { lockCycleIn } from '../review-cycle/review-cycle.service.js';
import { EDITABLE, SubmissionWorkflow } from '../review-cycle/submission-workflow.js';
import type { User } from '../user/user.entity.js';
import { Actual } from './actual.entity.js';
import type { SaveActualInput } from './actual.inputs.js';
import { mayEnterActual } from './actual.policy.js';



export class ActualService {
  /** submit / accept / return. */
  readonly workflow: SubmissionWorkflow<Actual>;

  constructor(private readonly dataSource: DataSource) {
    this.workflow = new SubmissionWorkflow(dataSource, Actual, 'Actual', async (manager, viewer, row) =>
      mayEnterActual(viewer, await this.departmentIds(manager, row.indicatorId)),
    );
  }

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
        if (existing && !EDITABLE.includes(existing.status)) {
          throw new InvalidStateError(`This actual is ${existing.status}: the planning division must return it before it can change`, existing.status);
        }
        const before = existing ? { ...existing } : null;
        const actual = existing ?? manager.create(Actual, { cycleId: cycle.id, indicatorId: indicator.id, fiscalYear: cycle.fiscalYear, status: SubmissionStatus.DRAFT });
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
}
