import { ThreadAnchor } from '@kaizen/shared';
import type { EntityManager } from 'typeorm';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { responsibleDepartments } from '../measure-report/responsible-departments.js';
import type { ReviewThread } from './review-thread.entity.js';

/**
 * Who answers a thread: an indicator's departments, a measure's (those of its KPIs and
 * projects); nobody for a goal, which the planning division answers for.
 */
export async function threadDepartmentIds(manager: EntityManager, thread: ReviewThread): Promise<string[]> {
  if (thread.anchor === ThreadAnchor.INDICATOR) return (await manager.findBy(IndicatorDepartment, { indicatorId: thread.indicatorId! })).map((d) => d.departmentId);
  if (thread.anchor === ThreadAnchor.MEASURE) return (await responsibleDepartments(manager, [thread.measureId!])).map((d) => d.departmentId);
  return [];
}
