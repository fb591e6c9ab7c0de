import type { Loaders } from '../../graphql/context.js';
import { readableEntries } from '../review-cycle/submission.policy.js';
import type { User } from '../user/user.entity.js';
import type { MeasureReport } from './measure-report.entity.js';

/** The measure reports `viewer` may read (see `mayRead`), in their order; their measures' responsible departments batched through the request's loaders. */
export function readableReports(viewer: User | null, loaders: Loaders, reports: MeasureReport[]): Promise<MeasureReport[]> {
  return readableEntries(viewer, reports, async (r) => (await loaders.responsibleDepartmentsByMeasureId.load(r.measureId)).map((l) => l.departmentId));
}
