import type { DataSource, EntityManager } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import type { Notifier } from '../notification/notifier.js';
import { SubmissionWorkflow } from '../review-cycle/submission-workflow.js';
import type { User } from '../user/user.entity.js';
import { Actual } from './actual.entity.js';
import type { SaveActualInput } from './actual.inputs.js';
import { actualFields, actualPeriod } from './actual-fields.js';
import { mayHandIn } from '../review-cycle/submission.policy.js';

export class ActualService {
  /** submit / accept / return. */
  readonly workflow: SubmissionWorkflow<Actual>;

  constructor(
    private readonly dataSource: DataSource,
    notifier: Notifier | null = null,
  ) {
    this.workflow = new SubmissionWorkflow(
      dataSource,
      Actual,
      'Actual',
      async (manager, viewer, row) => mayHandIn(viewer, await this.departmentIds(manager, row.indicatorId)),
      { onReturned: (row) => notifier?.actualReturned(row) },
    );
  }

  listForCycle(cycleId: string): Promise<Actual[]> {
    return this.dataSource.getRepository(Actual).find({ where: { cycleId }, order: { updatedAt: 'DESC' } });
  }

  async save(viewer: User, input: SaveActualInput): Promise<Actual> {
    const typed = actualFields(input);
    return this.workflow.saveDraft(viewer, input.cycleId, { indicatorId: input.indicatorId }, input.expectedVersion ?? null, async (manager, cycle) => {
      const indicator = await manager.findOneBy(Indicator, { id: input.indicatorId, strategyId: cycle.strategyId });
      if (!indicator) throw new NotFoundError('Indicator', input.indicatorId);
      if (!mayHandIn(viewer, await this.departmentIds(manager, indicator.id))) {
        throw new ForbiddenError('この指標の実績値は担当課だけが入力できます / Only the responsible department enters this actual');
      }
      return { fiscalYear: cycle.fiscalYear, ...typed, ...actualPeriod(input, cycle.fiscalYear), evidenceLinks: input.evidenceLinks };
    });
  }

  private async departmentIds(manager: EntityManager, indicatorId: string): Promise<string[]> {
    return (await manager.findBy(IndicatorDepartment, { indicatorId })).map((d) => d.departmentId);
  }
}
