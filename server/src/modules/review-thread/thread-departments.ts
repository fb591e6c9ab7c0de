import { ThreadAnchor } from '@kaizen/shared';
import type { EntityManager } from 'typeorm';
import { anyOf } from '../../graphql/loader-helpers.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { responsibleDepartments } from '../measure-report/responsible-departments.js';
import type { ReviewThread } from './review-thread.entity.js';

/**
 * Who answers each thread: an indicator's departments, a measure's (those of its KPIs and
 * projects); nobody for a goal, which the planning division answers for. Two statements for
 * any number of threads.
 */
export async function departmentsOfThreads(manager: EntityManager, threads: ReviewThread[]): Promise<Map<string, string[]>> {
  const indicatorIds = threads.filter((t) => t.anchor === ThreadAnchor.INDICATOR).map((t) => t.indicatorId!);
  const measureIds = threads.filter((t) => t.anchor === ThreadAnchor.MEASURE).map((t) => t.measureId!);
  const [indicatorLinks, measureLinks] = await Promise.all([
    indicatorIds.length ? manager.findBy(IndicatorDepartment, { indicatorId: anyOf(indicatorIds) }) : [],
    measureIds.length ? responsibleDepartments(manager, measureIds) : [],
  ]);
  const byIndicator = departmentsBy(indicatorLinks, (l) => l.indicatorId);
  const byMeasure = departmentsBy(measureLinks, (l) => l.measureId);
  const of = (t: ReviewThread) =>
    t.anchor === ThreadAnchor.INDICATOR ? byIndicator.get(t.indicatorId!) : t.anchor === ThreadAnchor.MEASURE ? byMeasure.get(t.measureId!) : undefined;
  return new Map(threads.map((t) => [t.id, of(t) ?? []]));
}

function departmentsBy<L extends { departmentId: string }>(links: L[], owner: (l: L) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const l of links) map.set(owner(l), [...(map.get(owner(l)) ?? []), l.departmentId]);
  return map;
}

export async function threadDepartmentIds(manager: EntityManager, thread: ReviewThread): Promise<string[]> {
  return (await departmentsOfThreads(manager, [thread])).get(thread.id)!;
}
