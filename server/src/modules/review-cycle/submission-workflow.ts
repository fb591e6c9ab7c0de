import { CycleState, SubmissionStatus } from '@kaizen/shared';
import { QueryFailedError, type DataSource, type DeepPartial, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { BadInputError, ConflictError, entityName, ForbiddenError, InvalidStateError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import type { User } from '../user/user.entity.js';
import type { ReviewCycle } from './review-cycle.entity.js';
import { lockCycleIn } from './review-cycle.service.js';
import type { Submission } from './submission.entity.js';


const { DRAFT, SUBMITTED, ACCEPTED, RETURNED } = SubmissionStatus;

/** Where an entry may still be edited by its department. */
export const EDITABLE: SubmissionStatus[] = [DRAFT, RETURNED];

type Step = { verb: 'submit' | 'accept' | 'return'; ja: string; from: SubmissionStatus[]; to: SubmissionStatus; cycleStates: CycleState[] };

const STEPS: Record<Step['verb'], Step> = {
  submit: { verb: 'submit', ja: '提出', from: EDITABLE, to: SUBMITTED, cycleStates: [CycleState.COLLECTING] },
  accept: { verb: 'accept', ja: '承認', from: [SUBMITTED], to: ACCEPTED, cycleStates: [CycleState.COLLECTING, CycleState.REVIEWING] },
  return: { verb: 'return', ja: '差戻し', from: [SUBMITTED, ACCEPTED], to: RETURNED, cycleStates: [CycleState.COLLECTING, CycleState.REVIEWING] },
};

/**
 * DRAFT → SUBMITTED by the department (`mayEdit`), → ACCEPTED or RETURNED (with a reason) by the
 * planning division, whose role the schema checks. One transaction: the cycle's state, the row's
 * version and status, the write and its audit entry.
 */
export class SubmissionWorkflow<T extends Submission> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: EntityTarget<T>,
    /** `Actual`, `MeasureReport`: for messages (see entityName) and the audit log. */
    private readonly name: string,
    private readonly mayEdit: (manager: EntityManager, viewer: User, row: T) => Promise<boolean>,
    private readonly options: {
      /** The first field still to fill before the row can be submitted, or null. */
      unfilledField?: (row: T) => string | null;
      /** Called once a return has committed (the department is told); must not throw. */
      onReturned?: (row: T) => void;
    } = {},
  ) {}

  /**
   * Creates or updates the department's draft of `key` in an open (COLLECTING) cycle. `prepare`
   * refuses what the viewer may not write, else gives the fields to write; a stale
   * `expectedVersion` (null when creating) is a CONFLICT carrying the current record, as is losing
   * a race to create the same record.
   */
  async saveDraft(
    viewer: User,
    cycleId: string,
    key: Record<string, string>,
    expectedVersion: number | null,
    prepare: (manager: EntityManager, cycle: ReviewCycle) => Promise<DeepPartial<T>>,
  ): Promise<T> {
    const where = { cycleId, ...key } as FindOptionsWhere<T>;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const cycle = await lockCycleIn(manager, cycleId, [CycleState.COLLECTING], { ja: `${this.label.ja}の入力`, en: `Entering the ${this.label.en}` });
        const fields = await prepare(manager, cycle);
        const existing = await manager.findOne(this.entity, { where, lock: { mode: 'pessimistic_write' } });
        if ((existing?.version ?? null) !== expectedVersion) throw new ConflictError(this.name, snapshot(existing));
        if (existing && !EDITABLE.includes(existing.status)) {
          throw new InvalidStateError(
            `この${this.label.ja}は ${existing.status} です。変えるには政策企画課の差戻しが必要です / This ${this.label.en} is ${existing.status}: the planning division must return it before it can change`,
            existing.status,
          );
        }
        const before = existing ? { ...existing } : null;
        const row = existing ?? manager.create(this.entity, { cycleId, ...key, status: DRAFT } as DeepPartial<T>);
        manager.merge(this.entity, row, fields, { updatedBy: viewer.id } as DeepPartial<T>);
        await manager.save(row);
        await recordAudit(manager, { userId: viewer.id, cycleId: row.cycleId, action: `${this.action}.save`, entityType: this.name, entityId: row.id, before, after: row });
        return row;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictError(this.name, snapshot(await this.dataSource.getRepository(this.entity).findOneBy(where)));
      }
      throw error;
    }
  }

  private get label() {
    return entityName(this.name);
  }

  private get action(): string {
    return `${this.name[0].toLowerCase()}${this.name.slice(1)}`;
  }

  submit(viewer: User, id: string, expectedVersion: number): Promise<T> {
    return this.step(STEPS.submit, viewer, id, expectedVersion, null);
  }

  accept(viewer: User, id: string, expectedVersion: number): Promise<T> {
    return this.step(STEPS.accept, viewer, id, expectedVersion, null);
  }

  return(viewer: User, id: string, expectedVersion: number, reason: string): Promise<T> {
    if (!reason.trim()) throw new BadInputError('差し戻すには理由が必要です / Returning needs a reason', 'reason');
    return this.step(STEPS.return, viewer, id, expectedVersion, reason.trim()).then((row) => {
      this.options.onReturned?.(row);
      return row;
    });
  }

  private step(step: Step, viewer: User, id: string, expectedVersion: number, returnReason: string | null): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(this.entity, { where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundError(this.name, id);
      await lockCycleIn(manager, row.cycleId, step.cycleStates, { ja: `${this.label.ja}の${step.ja}`, en: `To ${step.verb}` });
      if (step.verb === 'submit' && !(await this.mayEdit(manager, viewer, row))) throw new ForbiddenError();
      if (row.version !== expectedVersion) throw new ConflictError(this.name, snapshot(row));
      if (!step.from.includes(row.status)) {
        throw new InvalidStateError(
          `この${this.label.ja}は ${row.status} のため${step.ja}できません（${step.from.join('・')} のときだけ） / This ${this.label.en} is ${row.status}, not ${step.from.join(' or ')}`,
          row.status,
        );
      }
      const unfilled = step.verb === 'submit' ? (this.options.unfilledField?.(row) ?? null) : null;
      if (unfilled) throw new BadInputError(`提出する前に入力してください / Fill in ${unfilled} before submitting`, unfilled);
      const before = { ...row };
      Object.assign(row, { status: step.to, returnReason, updatedBy: viewer.id });
      await manager.save(row);
      await recordAudit(manager, { userId: viewer.id, cycleId: row.cycleId, action: `${this.action}.${step.verb}`, entityType: this.name, entityId: row.id, before, after: row });
      return row;
    });
  }
}
