import { declarableNotGraded, parseBoundedInput, type ValueBound } from '@kaizen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { BadInputError, ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import type { Notifier } from '../notification/notifier.js';
import { SubmissionWorkflow } from '../review-cycle/submission-workflow.js';
import type { User } from '../user/user.entity.js';
import { Actual } from './actual.entity.js';
import type { SaveActualInput } from './actual.inputs.js';
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
    const { value, bound } = this.readValue(input);
    return this.workflow.saveDraft(viewer, input.cycleId, { indicatorId: input.indicatorId }, input.expectedVersion ?? null, async (manager, cycle) => {
      const indicator = await manager.findOneBy(Indicator, { id: input.indicatorId, strategyId: cycle.strategyId });
      if (!indicator) throw new NotFoundError('Indicator', input.indicatorId);
      if (!mayHandIn(viewer, await this.departmentIds(manager, indicator.id))) {
        throw new ForbiddenError('この指標の実績値は担当課だけが入力できます / Only the responsible department enters this actual');
      }
      return {
        fiscalYear: cycle.fiscalYear,
        value,
        valueBound: bound,
        ...this.readPeriod(input, cycle.fiscalYear),
        notGraded: input.notGraded ?? null,
        notKnownReason: value === null || input.notGraded ? input.notKnownReason!.trim() : null,
        note: input.note,
        evidenceLinks: input.evidenceLinks,
      };
    });
  }

  private readValue(input: SaveActualInput): { value: number | null; bound: ValueBound | null } {
    const typed = input.value?.trim() ?? '';
    const reason = input.notKnownReason?.trim() ?? '';
    if (input.notGraded) {
      if (!(declarableNotGraded as readonly string[]).includes(input.notGraded)) {
        throw new BadInputError('「目標なし」は計画が決めるもので、選べません / NO_TARGET follows from the plan and cannot be declared', 'notGraded');
      }
      if (!reason) throw new BadInputError('評価しない理由を入力してください / Give the reason the year is not graded', 'notKnownReason');
    } else if (typed && reason) {
      throw new BadInputError('値と「まだ分からない理由」は、どちらか一方だけを入力してください / Give either a value or why it is not yet known, not both', 'value');
    }
    if (!typed) {
      if (!reason) throw new BadInputError('値か、まだ分からない理由を入力してください / Enter a value, or why it is not yet known', 'value');
      return { value: null, bound: null };
    }
    const parsed = parseBoundedInput(typed);
    if (!parsed.ok) throw new BadInputError(`「${typed}」は数値として読めません / "${typed}" is not a number`, 'value');
    return { value: parsed.value, bound: parsed.bound };
  }

  /** Late data: a figure may describe one of the five years before the cycle's, never a later one. */
  private readPeriod(input: SaveActualInput, cycleYear: number): { periodFiscalYear: number | null; periodLabel: string | null } {
    const year = input.periodFiscalYear ?? null;
    if (year !== null && (year > cycleYear || year < cycleYear - 5)) {
      throw new BadInputError(`対象期間は ${cycleYear - 5}〜${cycleYear} 年度の範囲で指定してください / The period must lie in FY${cycleYear - 5}–FY${cycleYear}`, 'periodFiscalYear');
    }
    return { periodFiscalYear: year === cycleYear ? null : year, periodLabel: input.periodLabel?.trim() || null };
  }

  private async departmentIds(manager: EntityManager, indicatorId: string): Promise<string[]> {
    return (await manager.findBy(IndicatorDepartment, { indicatorId })).map((d) => d.departmentId);
  }
}
