import { configForYear, CycleState, expectedValue, isRetiredIn, Role } from '@kaizen/shared';
import type { Context } from '../../graphql/context.js';
import { ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { anyOf } from '../../graphql/loader-helpers.js';
import type { Actual } from '../actual/actual.entity.js';
import { Department } from '../department/department.entity.js';
import { indicatorOfYear } from '../indicator/indicator-progress.js';
import type { Indicator } from '../indicator/indicator.entity.js';
import type { MeasureReport } from '../measure-report/measure-report.entity.js';
import type { Measure } from '../measure/measure.entity.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { EDITABLE } from '../review-cycle/submission-workflow.js';
import { countsFor, mayHandIn, readableOrNull } from '../review-cycle/submission.policy.js';
import type { Strategy } from '../strategy/strategy.entity.js';

export type KpiRow = {
  /** As the plan in force in the cycle's year defines it. */
  indicator: Indicator;
  /** Where the plan lists it: `1-1`, `2-3【再掲】`, or `基本目標1 KGI`. */
  placement: string[];
  departments: Department[];
  actual: Actual | null;
  /** Earlier review years' handed-in values, by the year they were entered for. */
  earlier: Map<number, Actual>;
  expected: number | null;
  editable: boolean;
};

export type ReportRow = { measure: Measure; departments: Department[]; report: MeasureReport | null; editable: boolean };

/** Whose rows a workbook holds: one department's, or (the planning division, administrators) everyone's. */
export type WorkbookScope = { departmentId: string | null };

export type WorkbookRows = { cycle: ReviewCycle; strategy: Strategy; department: Department | null; kpis: KpiRow[]; reports: ReportRow[] };

/**
 * Who may take which workbook: a department its own; the planning division and administrators any
 * department's, or everyone's (`departmentId` null). Council members enter nothing.
 */
export function scopeFor(context: Context, departmentId: string | null): WorkbookScope {
  const viewer = context.viewer!;
  if (viewer.role === Role.DEPARTMENT) {
    if (departmentId && departmentId !== viewer.departmentId) throw new ForbiddenError('ほかの課の入力シートは取得できません / Another department’s workbook is not yours to take');
    return { departmentId: viewer.departmentId };
  }
  if (viewer.role === Role.PLANNING || viewer.role === Role.ADMIN) return { departmentId };
  throw new ForbiddenError();
}

/**
 * A cycle's rows for a workbook, in the plan's order, each with what the viewer may read of it and
 * whether they may still write it: a fixed number of batched statements whatever the plan's size.
 */
export async function workbookRows(context: Context, cycle: ReviewCycle, scope: WorkbookScope): Promise<WorkbookRows> {
  const { loaders, services, dataSource } = context;
  const viewer = context.viewer!;
  const [strategy, indicatorEntries, measureEntries] = await Promise.all([
    loaders.strategyById.load(cycle.strategyId),
    services.reviewBoard.indicatorEntries(cycle),
    services.reviewBoard.measureEntries(cycle),
  ]);
  const inScope = (ids: string[]) => scope.departmentId === null || ids.includes(scope.departmentId);
  const open = cycle.state === CycleState.COLLECTING;
  const writable = (ids: string[], entry: { status: Actual['status'] } | null) => open && mayHandIn(viewer, ids) && (!entry || EDITABLE.includes(entry.status));

  const held = indicatorEntries.filter((e) => inScope(e.departmentIds));
  const [inForce, listings, history, goals] = await Promise.all([
    Promise.all(held.map((e) => indicatorOfYear(loaders, e.indicator, cycle.fiscalYear))),
    Promise.all(held.map((e) => loaders.listingsByIndicatorId.load(e.indicator.id))),
    Promise.all(held.map((e) => loaders.actualsByIndicatorId.load(e.indicator.id))),
    loaders.goalsByStrategyId.load(cycle.strategyId),
  ]);
  const goalNumber = new Map(goals.map((g) => [g.id, g.number]));
  const heldMeasures = measureEntries.filter((e) => inScope(e.departmentIds) && !isRetiredIn(e.measure, cycle.fiscalYear));
  const departmentIds = [...new Set([...held, ...heldMeasures].flatMap((e) => e.departmentIds).concat(scope.departmentId ?? []))];
  const departments = new Map((await dataSource.getRepository(Department).findBy({ id: anyOf(departmentIds) })).map((d) => [d.id, d]));
  const departmentsOf = (ids: string[]) => ids.map((id) => departments.get(id)!).sort((a, b) => a.name.localeCompare(b.name, 'ja'));
  const config = configForYear(strategy!.progressConfig, strategy!.closedYearConfigs, cycle.fiscalYear);

  const kpis: KpiRow[] = [];
  held.forEach((entry, k) => {
    const indicator = inForce[k];
    if (!indicator || isRetiredIn(indicator, cycle.fiscalYear)) return;
    const earlier = new Map(history[k].filter((a) => a.fiscalYear < cycle.fiscalYear && countsFor(viewer, a.status)).map((a) => [a.fiscalYear, a]));
    kpis.push({
      indicator,
      // A KGI stands under its basic goal, a KPI under its measures (the defining one first).
      placement: indicator.goalId ? [`基本目標${goalNumber.get(indicator.goalId) ?? ''} KGI`] : listings[k].map((l) => (l.relisted ? `${l.measure!.code}【再掲】` : l.measure!.code)),
      departments: departmentsOf(entry.departmentIds),
      actual: readableOrNull(viewer, entry.actual, entry.departmentIds),
      earlier,
      expected: expectedValue({ ...indicator, periodStartFY: strategy!.periodStartFY }, cycle.fiscalYear, config),
      editable: writable(entry.departmentIds, entry.actual),
    });
  });
  const reports = heldMeasures.map(({ measure, departmentIds: ids, report }) => ({
    measure,
    departments: departmentsOf(ids),
    report: readableOrNull(viewer, report, ids),
    editable: writable(ids, report),
  }));
  const department = scope.departmentId ? departments.get(scope.departmentId) : null;
  // Another city's department has no rows here, and is not told whether the cycle exists.
  if (scope.departmentId && department?.municipality !== strategy!.municipality) throw new NotFoundError(viewer.role === Role.DEPARTMENT ? 'ReviewCycle' : 'Department', viewer.role === Role.DEPARTMENT ? cycle.id : scope.departmentId);
  return { cycle, strategy: strategy!, department: department ?? null, kpis, reports };
}
