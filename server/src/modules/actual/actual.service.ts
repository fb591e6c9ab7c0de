import { parseNumberInput } from '@kaizen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { BadInputError, ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { SubmissionWorkflow } from '../review-cycle/submission-workflow.js';
import type { User } from '../user/user.entity.js';
import { Actual } from './actual.entity.js';
import type { SaveActualInput } from './actual.inputs.js';
import { mayHandIn } from '../review-cycle/submission.policy.js';

export class ActualService {
  /** submit / accept / return. */
  readonly workflow: SubmissionWorkflow<Actual>;

  constructor(private readonly dataSource: DataSource) {
    this.workflow = new SubmissionWorkflow(dataSource, Actual, 'Actual', async (manager, viewer, row) =>
      mayHandIn(viewer, await this.departmentIds(manager, row.indicatorId)),
    );
  }

  listForCycle(cycleId: string): Promise<Actual[]> {
    return this.dataSource.getRepository(Actual).find({ where: { cycleId }, order: { updatedAt: 'DESC' } });
  }

  async save(viewer: User, input: SaveActualInput): Promise<Actual> {
    const value = this.readValue(input);
    return this.workflow.saveDraft(viewer, input.cycleId, { indicatorId: input.indicatorId }, input.expectedVersion ?? null, async (manager, cycle) => {
      const indicator = await manager.findOneBy(Indicator, { id: input.indicatorId, strategyId: cycle.strategyId });
      if (!indicator) throw new NotFoundError('Indicator', input.indicatorId);
      if (!mayHandIn(viewer, await this.departmentIds(manager, indicator.id))) {
        throw new ForbiddenError('この指標の実績値は担当課だけが入力できます / Only the responsible department enters this actual');
      }
      return {
        fiscalYear: cycle.fiscalYear,
        value,
        notKnownReason: value === null ? input.notKnownReason!.trim() : null,
        note: input.note,
        evidenceLinks: input.evidenceLinks,
      };
    });
  }

  private readValue(input: SaveActualInput): number | null {
    const typed = input.value?.trim() ?? '';
    const notKnown = input.notKnownReason?.trim() ?? '';
    if (typed && notKnown) throw new BadInputError('値と「まだ分からない理由」は、どちらか一方だけを入力してください / Give either a value or why it is not yet known, not both', 'value');
    if (!typed) {
      if (!notKnown) throw new BadInputError('値か、まだ分からない理由を入力してください / Enter a value, or why it is not yet known', 'value');
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
