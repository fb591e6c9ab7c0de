import { Role, SubmissionStatus } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import { Actual } from '../actual/actual.entity.js';
import { Department } from '../department/department.entity.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import type { User } from '../user/user.entity.js';
import type { Assignment, DepartmentSubmission } from './review-board.types.js';

const today = () => new Date().toISOString().slice(0, 10);

/** Who reports on what in a cycle, read in three statements whatever the size of the plan. */
export class ReviewBoardService {
  constructor(private readonly dataSource: DataSource) {}

  private async load(cycle: ReviewCycle) {
    const [indicators, links, actuals] = await Promise.all([
      this.dataSource.getRepository(Indicator).find({ where: { strategyId: cycle.strategyId }, order: { key: 'ASC' } }),
      this.dataSource
        .getRepository(IndicatorDepartment)
        .createQueryBuilder('l')
        .innerJoinAndSelect('l.department', 'd')
        .innerJoin('l.indicator', 'i', 'i.strategy_id = :sid', { sid: cycle.strategyId })
        .getMany(),
      this.dataSource.getRepository(Actual).findBy({ cycleId: cycle.id }),
    ]);
    const departmentsOf = new Map<string, Department[]>();
    for (const l of links) departmentsOf.set(l.indicatorId, [...(departmentsOf.get(l.indicatorId) ?? []), l.department!]);
    const actualOf = new Map(actuals.map((a) => [a.indicatorId, a]));
    return { indicators, departmentsOf, actualOf };
  }

  /**
   * The indicators a department reports on (`departmentId`), or by default the viewer's: their
   * department's, or for the planning division those no department holds.
   */
  async assignments(cycle: ReviewCycle, viewer: User | null, departmentId?: string | null): Promise<Assignment[]> {
    const { indicators, departmentsOf, actualOf } = await this.load(cycle);
    const owner = departmentId ?? (viewer?.role === Role.DEPARTMENT ? viewer.departmentId : null);
    const mine = (i: Indicator) => {
      const ids = (departmentsOf.get(i.id) ?? []).map((d) => d.id);
      return owner ? ids.includes(owner) : ids.length === 0;
    };
    return indicators.filter(mine).map((indicator) => ({ indicator, actual: actualOf.get(indicator.id) ?? null }));
  }

  async board(cycle: ReviewCycle): Promise<DepartmentSubmission[]> {
    const { indicators, departmentsOf, actualOf } = await this.load(cycle);
    const rows = new Map<string, DepartmentSubmission>();
    const overdue = cycle.collectingDue !== null && cycle.collectingDue < today();
    for (const indicator of indicators) {
      const departments = departmentsOf.get(indicator.id) ?? [];
      for (const department of departments.length ? departments : [null]) {
        const key = department?.id ?? '';
        const row = rows.get(key) ?? { department, indicators: 0, missing: 0, drafts: 0, returned: 0, submitted: 0, accepted: 0, late: false };
        rows.set(key, row);
        row.indicators += 1;
        const status = actualOf.get(indicator.id)?.status;
        if (!status) row.missing += 1;
        else if (status === SubmissionStatus.DRAFT) row.drafts += 1;
        else if (status === SubmissionStatus.RETURNED) row.returned += 1;
        else if (status === SubmissionStatus.SUBMITTED) row.submitted += 1;
        else row.accepted += 1;
        row.late = overdue && row.missing + row.drafts + row.returned > 0;
      }
    }
    return [...rows.values()].sort((a, b) => (a.department?.name ?? '').localeCompare(b.department?.name ?? '', 'ja'));
  }
}
