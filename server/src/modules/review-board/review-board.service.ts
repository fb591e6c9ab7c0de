import { Role, SubmissionStatus, ThreadStatus, todayInJapan } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import { anyOf } from '../../graphql/loader-helpers.js';
import { Actual } from '../actual/actual.entity.js';
import { Department } from '../department/department.entity.js';
import { Goal } from '../goal/goal.entity.js';
import { MeasureIndicator } from '../indicator/measure-indicator.entity.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { MeasureReport } from '../measure-report/measure-report.entity.js';
import { responsibleDepartments } from '../measure-report/responsible-departments.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { ThreadResponse } from '../thread-response/thread-response.entity.js';
import { readableOrNull } from '../review-cycle/submission.policy.js';
import type { User } from '../user/user.entity.js';
import { SubmissionCounts, type Assignment, type DepartmentSubmission, type ReportAssignment } from './review-board.types.js';
import { OPEN_ITEMS_SHOWN, type CycleOpenItems, type OpenEntries, type OpenEntry, type OpenThread } from './open-items.types.js';

const byCode = (a: Measure, b: Measure) => a.code.localeCompare(b.code, 'ja', { numeric: true });

/** Whose: the department's own, or for `null` (the planning division) what no department holds. */
const heldBy = (owner: string | null, departmentIds: string[]) => (owner ? departmentIds.includes(owner) : departmentIds.length === 0);

function add(counts: SubmissionCounts, status: SubmissionStatus | null, n: number): void {
  counts.total += n;
  if (!status) counts.missing += n;
  else if (status === SubmissionStatus.DRAFT) counts.drafts += n;
  else if (status === SubmissionStatus.RETURNED) counts.returned += n;
  else if (status === SubmissionStatus.SUBMITTED) counts.submitted += n;
  else counts.accepted += n;
}

/** The first of `items` and their number. */
function listOf<T>(items: T[]): { total: number; items: T[] } {
  return { total: items.length, items: items.slice(0, OPEN_ITEMS_SHOWN) };
}

/** Entries a department still owes: nothing saved, a draft, or returned to it. */
export const pending = (c: SubmissionCounts) => c.missing + c.drafts + c.returned;

/** How many entries of a cycle a department (none: the planning division's own) holds in one status (none: nothing saved). */
type Tally = { cycleId: string; kind: 'actuals' | 'reports'; status: SubmissionStatus | null; n: number; departmentId: string | null; name: string | null; municipality: string | null };

/**
 * Every entry of the cycles in $1 — each indicator's actual and each measure's report — once per
 * department holding it, counted by status: the board of any number of cycles in one statement.
 * A measure's departments are those of its own KPIs and main projects, as responsibleDepartments
 * reads them. Plain joins from the cycles, no per-measure subquery: planned without statistics (an
 * embedded database has none until ANALYZE), such a subquery scanned every city's links once per
 * measure. `ofDepartment`: that department's ($2) rows only.
 */
const tally = (ofDepartment: boolean) => `
  WITH cycle AS (SELECT id, strategy_id FROM review_cycle WHERE id = ANY($1::uuid[])),
  measure_department AS (
    SELECT c.id AS cycle_id, mi.measure_id, l.department_id
      FROM cycle c
      JOIN measure m ON m.strategy_id = c.strategy_id
      JOIN measure_indicator mi ON mi.measure_id = m.id AND NOT mi.relisted
      JOIN indicator_department l ON l.indicator_id = mi.indicator_id
    UNION
    SELECT c.id, mp.measure_id, l.department_id
      FROM cycle c
      JOIN measure m ON m.strategy_id = c.strategy_id
      JOIN measure_project mp ON mp.measure_id = m.id AND NOT mp.relisted
      JOIN project_department l ON l.project_id = mp.project_id
  ),
  entry AS (
    SELECT c.id AS cycle_id, l.department_id, 'actuals' AS kind, a.status
      FROM cycle c
      JOIN indicator i ON i.strategy_id = c.strategy_id
      LEFT JOIN indicator_department l ON l.indicator_id = i.id
      LEFT JOIN actual a ON a.cycle_id = c.id AND a.indicator_id = i.id
    UNION ALL
    SELECT c.id, l.department_id, 'reports', r.status
      FROM cycle c
      JOIN measure m ON m.strategy_id = c.strategy_id
      LEFT JOIN measure_department l ON l.cycle_id = c.id AND l.measure_id = m.id
      LEFT JOIN measure_report r ON r.cycle_id = c.id AND r.measure_id = m.id
  )
  SELECT e.cycle_id AS "cycleId", e.kind, e.status, count(*)::int AS n, d.id AS "departmentId", d.name, d.municipality
    FROM entry e LEFT JOIN department d ON d.id = e.department_id
   ${ofDepartment ? 'WHERE e.department_id = $2' : ''}
   GROUP BY e.cycle_id, e.kind, e.status, d.id`;

/** Who reports on what in a cycle, read in a fixed number of statements whatever the size of the plan or the number of cycles. */
export class ReviewBoardService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every indicator of the cycle's strategy with its departments and its actual in the cycle (three statements). */
  async indicatorEntries(cycle: ReviewCycle) {
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

  /** Every measure of the cycle's strategy with its departments and its report in the cycle (three statements). */
  async measureEntries(cycle: ReviewCycle) {
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
    return (await this.indicatorEntries(cycle))
      .filter((row) => heldBy(owner, row.departmentIds))
      .map(({ indicator, departmentIds, actual }) => ({ indicator, actual: readableOrNull(viewer, actual, departmentIds) }));
  }

  async reportAssignments(cycle: ReviewCycle, viewer: User | null, departmentId?: string | null): Promise<ReportAssignment[]> {
    const owner = this.owner(viewer, departmentId);
    return (await this.measureEntries(cycle))
      .filter((row) => heldBy(owner, row.departmentIds))
      .map(({ measure, departmentIds, report }) => ({ measure, report: readableOrNull(viewer, report, departmentIds) }));
  }

  /**
   * One cycle's board from its plan's rows (seven small statements): the one-statement tally of
   * `boards` is planned without statistics on a fresh database and can take seconds, which the
   * summary and board pages, refetched on every live event, must not wait for.
   */
  async board(cycle: ReviewCycle): Promise<DepartmentSubmission[]> {
    const [indicators, measures] = await Promise.all([this.indicatorEntries(cycle), this.measureEntries(cycle)]);
    const rows = new Map<string | null, DepartmentSubmission>();
    const rowOf = (departmentId: string | null) => {
      if (!rows.has(departmentId)) rows.set(departmentId, { department: null, actuals: new SubmissionCounts(), reports: new SubmissionCounts(), late: false });
      return rows.get(departmentId)!;
    };
    for (const { departmentIds, actual } of indicators) {
      for (const id of departmentIds.length ? departmentIds : [null]) add(rowOf(id).actuals, actual?.status ?? null, 1);
    }
    for (const { departmentIds, report } of measures) {
      for (const id of departmentIds.length ? departmentIds : [null]) add(rowOf(id).reports, report?.status ?? null, 1);
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

  /**
   * What is still open in a cycle, by kind, from the rows the board counts (an actual or a report
   * per entry, not per department) and its open threads: a fixed number of statements whatever
   * the size of the plan. A thread awaits an answer as `ReviewThread.awaitingResponse` says: until
   * each department answering for its anchor (none: the planning division) has responded.
   */
  async openItems(cycle: ReviewCycle): Promise<CycleOpenItems> {
    const [indicators, measures, threads, goals] = await Promise.all([
      this.indicatorEntries(cycle),
      this.measureEntries(cycle),
      this.dataSource.getRepository(ReviewThread).find({ where: { cycleId: cycle.id, status: ThreadStatus.OPEN }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(Goal).findBy({ strategyId: cycle.strategyId }),
    ]);
    const threadIds = threads.map((t) => t.id);
    const indicatorIds = threads.flatMap((t) => (t.indicatorId ? [t.indicatorId] : []));
    const departmentIds = [...new Set([...indicators, ...measures].flatMap((row) => row.departmentIds))];
    const [responses, listings, departments] = await Promise.all([
      this.dataSource.getRepository(ThreadResponse).findBy({ threadId: anyOf(threadIds) }),
      this.dataSource.getRepository(MeasureIndicator).find({ where: { indicatorId: anyOf(indicatorIds) }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(Department).findBy({ id: anyOf(departmentIds) }),
    ]);
    const departmentOf = new Map(departments.map((d) => [d.id, d]));
    const departmentsOf = (ids: string[]) => ids.map((id) => departmentOf.get(id)!).sort((a, b) => a.name.localeCompare(b.name, 'ja'));

    const entries = <R extends { departmentIds: string[] }>(rows: R[], statusOf: (row: R) => SubmissionStatus | null, entry: (row: R) => Omit<OpenEntry, 'departments'>) => {
      const of = (status: SubmissionStatus | null): OpenEntries =>
        listOf(rows.filter((row) => statusOf(row) === status).map((row) => ({ ...entry(row), departments: departmentsOf(row.departmentIds) })));
      return { missing: of(null), drafts: of(SubmissionStatus.DRAFT), returned: of(SubmissionStatus.RETURNED), submitted: of(SubmissionStatus.SUBMITTED) };
    };
    const actuals = entries(indicators, (row) => row.actual?.status ?? null, ({ indicator }) => ({ id: indicator.id, code: null, title: indicator.name }));
    const reports = entries(measures, (row) => row.report?.status ?? null, ({ measure }) => ({ id: measure.id, code: measure.code, title: measure.title }));

    const indicatorOf = new Map(indicators.map((row) => [row.indicator.id, row]));
    const measureOf = new Map(measures.map((row) => [row.measure.id, row]));
    const goalOf = new Map(goals.map((g) => [g.id, g]));
    const firstListing = new Map<string, string>();
    for (const l of listings) if (!firstListing.has(l.indicatorId)) firstListing.set(l.indicatorId, l.measureId);
    const answered = new Map<string, Set<string | null>>();
    for (const r of responses) answered.set(r.threadId, (answered.get(r.threadId) ?? new Set()).add(r.departmentId));

    const awaiting: OpenThread[] = [];
    const unresolved: OpenThread[] = [];
    for (const thread of threads) {
      const kpi = thread.indicatorId ? indicatorOf.get(thread.indicatorId) : undefined;
      const measure = thread.measureId ? measureOf.get(thread.measureId) : undefined;
      const goal = thread.goalId ? goalOf.get(thread.goalId) : undefined;
      // Who answers: the departments of the KPI or of the measure; a goal's thread, the planning division.
      const concerned = kpi?.departmentIds ?? measure?.departmentIds ?? [];
      const done = answered.get(thread.id) ?? new Set();
      const waiting = concerned.length ? concerned.some((id) => !done.has(id)) : !done.has(null);
      const measureId = thread.measureId ?? (thread.indicatorId ? (firstListing.get(thread.indicatorId) ?? null) : null);
      (waiting ? awaiting : unresolved).push({
        id: thread.id,
        kind: thread.kind,
        about: kpi?.indicator.name ?? (measure ? `${measure.measure.code} ${measure.measure.title}` : (goal?.title ?? '')),
        measureId,
        goalId: measureId ? null : (thread.goalId ?? kpi?.indicator.goalId ?? null),
      });
    }
    return {
      actualsMissing: actuals.missing,
      actualDrafts: actuals.drafts,
      actualsReturned: actuals.returned,
      actualsSubmitted: actuals.submitted,
      reportsMissing: reports.missing,
      reportDrafts: reports.drafts,
      reportsReturned: reports.returned,
      reportsSubmitted: reports.submitted,
      threadsAwaitingResponse: listOf(awaiting),
      threadsUnresolved: listOf(unresolved),
    };
  }

  /**
   * The boards of `cycles` by cycle id, in one statement whatever their number; with
   * `departmentId`, only that department's row of each (none where it holds nothing).
   */
  async boards(cycles: ReviewCycle[], departmentId?: string): Promise<Map<string, DepartmentSubmission[]>> {
    if (!cycles.length) return new Map();
    const ids = cycles.map((c) => c.id);
    const tallies: Tally[] = await this.dataSource.query(tally(departmentId !== undefined), departmentId === undefined ? [ids] : [ids, departmentId]);
    const rows = new Map(cycles.map((c) => [c.id, new Map<string | null, DepartmentSubmission>()]));
    for (const t of tallies) {
      const ofCycle = rows.get(t.cycleId)!;
      if (!ofCycle.has(t.departmentId)) {
        const department = t.departmentId ? Object.assign(new Department(), { id: t.departmentId, name: t.name, municipality: t.municipality }) : null;
        ofCycle.set(t.departmentId, { department, actuals: new SubmissionCounts(), reports: new SubmissionCounts(), late: false });
      }
      add(ofCycle.get(t.departmentId)![t.kind], t.status, t.n);
    }
    // Due dates are days of the Japanese calendar: late from midnight in Japan, whatever the server's zone.
    const today = todayInJapan();
    return new Map(
      cycles.map((cycle) => {
        const overdue = cycle.collectingDue !== null && cycle.collectingDue < today;
        const board = [...rows.get(cycle.id)!.values()];
        for (const row of board) row.late = overdue && pending(row.actuals) + pending(row.reports) > 0;
        return [cycle.id, board.sort((a, b) => (a.department?.name ?? '').localeCompare(b.department?.name ?? '', 'ja'))];
      }),
    );
  }
}
