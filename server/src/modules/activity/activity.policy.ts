import { Role, type SubmissionStatus } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import { departmentLoaders } from '../department/department.loaders.js';
import { measureReportLoaders } from '../measure-report/measure-report.loaders.js';
import { readableEntries } from '../review-cycle/submission.policy.js';
import type { User } from '../user/user.entity.js';

/** What the feed reads of an audit entry to decide who may hear of it. */
export type FeedEntry = {
  entityType: string;
  /** The record's status before and after the write, for entries that have one (null: created, or none). */
  statusBefore: SubmissionStatus | null;
  statusAfter: SubmissionStatus | null;
  /** The actual's indicator, the report's measure: whose departments hand it in. */
  indicatorId: string | null;
  measureId: string | null;
};

/** Records every signed-in user reads (the council's dialogue, the cycle itself). */
// Strategy: its grading settings, which anyone may read (Strategy.progressConfig).
const READ_BY_EVERYONE_SIGNED_IN = new Set(['ReviewCycle', 'ReviewThread', 'ThreadPost', 'ThreadResponse', 'ImprovementAction', 'OverallJudgement', 'Strategy']);

/**
 * The entries of a page of the feed that `viewer` may hear of, in their order: an event names a
 * record, so it goes to those who may read that record (see `mayRead`). An actual or a measure
 * report is work in progress until handed in: a write is told to the others when the record was
 * readable to them before it or after it (a submission, an acceptance; a return, so that a page
 * showing the handed-in figures drops them), never a draft's save. A record type not listed here
 * is told to the planning division and administrators only, until someone decides otherwise.
 * One query per page and kind of record, and only when a page holds work in progress.
 */
export async function readableFeedEntries<T extends FeedEntry>(dataSource: DataSource, viewer: User, entries: T[]): Promise<T[]> {
  const departments = departmentLoaders(dataSource).departmentsByIndicatorId;
  const reportDepartments = measureReportLoaders(dataSource).responsibleDepartmentsByMeasureId;
  const handInDepartments: Record<string, (e: T) => Promise<string[]>> = {
    Actual: async (e) => (e.indicatorId ? (await departments.load(e.indicatorId)).map((d) => d.id) : []),
    MeasureReport: async (e) => (e.measureId ? (await reportDepartments.load(e.measureId)).map((l) => l.departmentId) : []),
  };
  const readable = await Promise.all(
    entries.map(async (e) => {
      if (READ_BY_EVERYONE_SIGNED_IN.has(e.entityType)) return true;
      const departmentIdsOf = handInDepartments[e.entityType];
      if (!departmentIdsOf) return viewer.role === Role.PLANNING || viewer.role === Role.ADMIN;
      const states = [e.statusBefore, e.statusAfter].filter((s) => s !== null).map((status) => ({ status }));
      return (await readableEntries(viewer, states, () => departmentIdsOf(e))).length > 0;
    }),
  );
  return entries.filter((_, i) => readable[i]);
}
