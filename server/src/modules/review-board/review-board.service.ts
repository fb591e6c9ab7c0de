import { Role, SubmissionStatus, todayInJapan } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import { anyOf } from '../../graphql/loader-helpers.js';
import { Actual } from '../actual/actual.entity.js';
import { Department } from '../department/department.entity.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { MeasureReport } from '../measure-report/measure-report.entity.js';
import { responsibleDepartments } from '../measure-report/responsible-departments.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { readableOrNull } from '../review-cycle/submission.policy.js';
import type { User } from '../user/user.entity.js';
import { SubmissionCounts, type Assignment, type DepartmentSubmission, type ReportAssignment } from './review-board.types.js';

const byCode = (a: Measure, b: Measure) => a.code.localeCompare(b.code, 'ja', { numeric: true });

/** Whose: the department's own, or for `null` (the planning division) what no department holds. */
const heldBy = (owner: string | null, departmentIds: string[]) => (owner ? departmentIds.includes(owner) : departmentIds.length === 0);

function count(counts: SubmissionCounts, status: SubmissionStatus | undefined): void {
  counts.total += 1;
  if (!status) counts.missing += 1;
  else if (status === SubmissionStatus.DRAFT) counts.drafts += 1;
  else if (status === SubmissionStatus.RETURNED) counts.returned += 1;
  else if (status === SubmissionStatus.SUBMITTED) counts.submitted += 1;
  else counts.accepted += 1;
}

const pending = (c: SubmissionCounts) => c.missing + c.drafts + c.returned;

/** Who reports on what in a cycle, read in a fixed number of statements whatever the size of the plan. */
export class ReviewBoardService {
  constructor(private readonly dataSource: DataSource) {}

  private async loadIndicators(cycle: ReviewCycle) {
    const [indicators, links, actuals] = await Promise.all([
      this.dataSource.getRepository(Indicator).find({ where: { strategyId: cycle.strategyId }, order: { key: 'ASC' } }),
      this.dataSource
        .getRepository(IndicatorDepartment)
        .createQueryBuilder('l')
        .innerJoin('l.indicator', 'i', 'i.strategy_id = :sid', { sid: cycle.strategyId })
        .getMany(),
      this.dataSource.getRepository(Actual).findBy({ cycleId: cycle.id }),
    ]);
    const departmentsOf = new Map<string, string[]>();
    for (const l of links) departmentsOf.set(l.indicatorId, [...(departmentsOf.get(l.indicatorId) ?? []), l.departmentId]);
    const actualOf = new Map(actuals.map((a) => [a.indicatorId, a]));
    return indicators.map((indicator) => ({ indicator, departmentIds: departmentsOf.get(indicator.id) ?? [], actual: actualOf.get(indicator.id) ?? null }));
  }

  private async loadMeasures(cycle: ReviewCycle) {
    const measures = (await this.dataSource.getRepository(Measure).findBy({ strategyId: cycle.strategyId })).sort(byCode);
    const [links, reports] = await Promise.all([
      responsibleDepartments(this.dataSource.manager, measures.map((m) => m.id)),
      this.dataSource.getRepository(MeasureReport).findBy({ cycleId: cycle.id }),
    ]);
    const departmentsOf = new Map<string, string[]>();
    for (const l of links) departmentsOf.set(l.measureId, [...(departmentsOf.get(l.measureId) ?? []), l.departmentId]);
    const reportOf = new Map(reports.map((r) => [r.measureId, r]));
    return measures.map((measure) => ({ measure, departmentIds: departmentsOf.get(measure.id) ?? [], report: reportOf.get(measure.id) ?? null }));
  }

  /** `departmentId`, or by default the viewer's department (the planning division's own for others). */
  private owner(viewer: User | null, departmentId?: string | null): string | null {
    return departmentId ?? (viewer?.role === Role.DEPARTMENT ? viewer.departmentId : null);
  }

  async assignments(cycle: ReviewCycle, viewer: User | null, departmentId?: string | null): Promise<Assignment[]> {
    const owner = this.owner(viewer, departmentId);
    return (await this.loadIndicators(cycle))
      .filter((row) => heldBy(owner, row.departmentIds))
      .map(({ indicator, departmentIds, actual }) => ({ indicator, actual: readableOrNull(viewer, actual, departmentIds) }));
  }

  async reportAssignments(cycle: ReviewCycle, viewer: User | null, departmentId?: string | null): Promise<ReportAssignment[]> {
    const owner = this.owner(viewer, departmentId);
    return (await this.loadMeasures(cycle))
      .filter((row) => heldBy(owner, row.departmentIds))
      .map(({ measure, departmentIds, report }) => ({ measure, report: readableOrNull(viewer, report, departmentIds) }));
  }

  async board(cycle: ReviewCycle): Promise<DepartmentSubmission[]> {
    const [indicators, measures] = await Promise.all([this.loadIndicators(cycle), this.loadMeasures(cycle)]);
    const rows = new Map<string | null, DepartmentSubmission>();
    const rowOf = (departmentId: string | null) => {
      if (!rows.has(departmentId)) rows.set(departmentId, { department: null, actuals: new SubmissionCounts(), reports: new SubmissionCounts(), late: false });
      return rows.get(departmentId)!;
    };
    for (const { departmentIds, actual } of indicators) {
      for (const id of departmentIds.length ? departmentIds : [null]) count(rowOf(id).actuals, actual?.status);
    }
    for (const { departmentIds, report } of measures) {
      for (const id of departmentIds.length ? departmentIds : [null]) count(rowOf(id).reports, report?.status);
    }
    const ids = [...rows.keys()].filter((id): id is string => id !== null);
    const departments = new Map((await this.dataSource.getRepository(Department).findBy({ id: anyOf(ids) })).map((d) => [d.id, d]));
    // Due dates are days of the Japanese calendar: late from midnight in Japan, whatever the server's zone.
    const overdue = cycle.collectingDue !== null && cycle.collectingDue < todayInJapan();
    for (const [id, row] of rows) {
      row.department = id ? departments.get(id)! : null;
      row.late = overdue && pending(row.actuals) + pending(row.reports) > 0;
    }
    return [...rows.values()].sort((a, b) => (a.department?.name ?? '').localeCompare(b.department?.name ?? '', 'ja'));
  }
}
