import { fiscalYearLabel } from '@kaizen/shared';
import type { Loaders } from '../../graphql/context.js';
import { isUuid } from '../../graphql/errors.js';
import { reportConfigOf } from '../report-settings/report-settings.service.js';
import type { ReviewThread } from '../review-thread/review-thread.entity.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { AuditLabelKind, type AuditLabel } from './audit-label.types.js';

type Kind = Exclude<AuditLabelKind, 'DIRECTION'>;

/** The fields of logged records that hold another record's id, and what kind of record that is. */
const REFERENCES: Record<string, Kind> = {
  departmentId: AuditLabelKind.DEPARTMENT,
  ownerDepartmentId: AuditLabelKind.DEPARTMENT,
  goalId: AuditLabelKind.GOAL,
  measureId: AuditLabelKind.MEASURE,
  indicatorId: AuditLabelKind.INDICATOR,
  cycleId: AuditLabelKind.CYCLE,
  originCycleId: AuditLabelKind.CYCLE,
  threadId: AuditLabelKind.THREAD,
  strategyId: AuditLabelKind.STRATEGY,
  createdBy: AuditLabelKind.USER,
  authorId: AuditLabelKind.USER,
  decidedById: AuditLabelKind.USER,
  updatedBy: AuditLabelKind.USER,
};

/** The record an entry is about, as people name it: the record itself, or the one it belongs to (an actual's indicator). */
const SUBJECT: Record<string, { field: string; kind: Kind }[]> = {
  User: [{ field: 'id', kind: AuditLabelKind.USER }],
  ReviewCycle: [{ field: 'id', kind: AuditLabelKind.CYCLE }],
  ReviewThread: [{ field: 'id', kind: AuditLabelKind.THREAD }],
  Strategy: [{ field: 'id', kind: AuditLabelKind.STRATEGY }],
  Actual: [{ field: 'indicatorId', kind: AuditLabelKind.INDICATOR }],
  MeasureReport: [{ field: 'measureId', kind: AuditLabelKind.MEASURE }],
  ThreadPost: [{ field: 'threadId', kind: AuditLabelKind.THREAD }],
  ThreadResponse: [{ field: 'threadId', kind: AuditLabelKind.THREAD }],
  OverallJudgement: [
    { field: 'measureId', kind: AuditLabelKind.MEASURE },
    { field: 'goalId', kind: AuditLabelKind.GOAL },
  ],
  ImprovementAction: [
    { field: 'measureId', kind: AuditLabelKind.MEASURE },
    { field: 'goalId', kind: AuditLabelKind.GOAL },
  ],
};

async function threadLabel(thread: ReviewThread | undefined, loaders: Loaders): Promise<string | null> {
  if (!thread) return null;
  if (thread.indicatorId) return (await loaders.indicatorById.load(thread.indicatorId))?.name ?? null;
  if (thread.measureId) return nameOf(AuditLabelKind.MEASURE, thread.measureId, loaders);
  return thread.goalId ? nameOf(AuditLabelKind.GOAL, thread.goalId, loaders) : null;
}

/**
 * A record's name by the per-request loaders: the log's page asks for all of its ids at once, so
 * each kind is one query, whatever the number of entries. Null once the record is gone.
 */
async function nameOf(kind: Kind, id: string, loaders: Loaders): Promise<string | null> {
  switch (kind) {
    case AuditLabelKind.USER:
      return (await loaders.userById.load(id))?.displayName ?? null;
    case AuditLabelKind.DEPARTMENT:
      return (await loaders.departmentById.load(id))?.name ?? null;
    case AuditLabelKind.GOAL:
      return (await loaders.goalById.load(id))?.title ?? null;
    case AuditLabelKind.MEASURE: {
      const measure = await loaders.measureById.load(id);
      return measure ? `${measure.code} ${measure.title}` : null;
    }
    case AuditLabelKind.INDICATOR:
      return (await loaders.indicatorById.load(id))?.name ?? null;
    case AuditLabelKind.CYCLE: {
      const cycle = await loaders.reviewCycleById.load(id);
      return cycle ? fiscalYearLabel(cycle.fiscalYear) : null;
    }
    case AuditLabelKind.THREAD:
      return threadLabel(await loaders.reviewThreadById.load(id), loaders);
    case AuditLabelKind.STRATEGY:
      return (await loaders.strategyById.load(id))?.title ?? null;
  }
}

const recordOf = (entry: AuditEntry): Record<string, unknown> => entry.after ?? entry.before ?? {};

async function labelOf(entry: AuditEntry, field: string, kind: Kind, record: Record<string, unknown>, loaders: Loaders): Promise<AuditLabel | null> {
  const value = field === 'id' ? entry.entityId : record[field];
  if (typeof value !== 'string' || !isUuid(value)) return null;
  const label = (await nameOf(kind, value, loaders)) ?? (kind === AuditLabelKind.USER && field === 'id' && typeof record.displayName === 'string' ? record.displayName : null);
  return label === null ? null : { field, value, kind, label };
}

/** A measure report's 今後の方向性 by the options it was written with (kept as its cycle closed). */
async function directionLabels(entry: AuditEntry, loaders: Loaders): Promise<AuditLabel[]> {
  if (entry.entityType !== 'MeasureReport') return [];
  const codes = [entry.before?.nextDirection, entry.after?.nextDirection].filter((c): c is string => typeof c === 'string' && c !== '');
  const cycleId = recordOf(entry).cycleId;
  if (codes.length === 0 || typeof cycleId !== 'string' || !isUuid(cycleId)) return [];
  const cycle = await loaders.reviewCycleById.load(cycleId);
  const strategy = cycle && (await loaders.strategyById.load(cycle.strategyId));
  if (!cycle || !strategy) return [];
  const { directions } = cycle.closedReportConfig ?? reportConfigOf(strategy);
  return [...new Set(codes)].flatMap((code) => {
    const option = directions.find((d) => d.code === code);
    return option ? [{ field: 'nextDirection', value: code, kind: AuditLabelKind.DIRECTION, label: option.label }] : [];
  });
}

/** Every id (and option code) the entry's record holds, before and after, with its name. */
export async function auditLabels(entry: AuditEntry, loaders: Loaders): Promise<AuditLabel[]> {
  const sides = [entry.before, entry.after].filter((side): side is Record<string, unknown> => side !== null);
  const wanted = sides.flatMap((side) => Object.keys(side).filter((field) => field in REFERENCES).map((field) => ({ field, side })));
  const labels = await Promise.all(wanted.map(({ field, side }) => labelOf(entry, field, REFERENCES[field], side, loaders)));
  const unique = new Map(labels.filter((l): l is AuditLabel => l !== null).map((l) => [`${l.field}:${l.value}`, l]));
  return [...unique.values(), ...(await directionLabels(entry, loaders))];
}

/** What the entry is about, named; null when that record is gone (the entry's type still says what it was). */
export async function auditSubject(entry: AuditEntry, loaders: Loaders): Promise<AuditLabel | null> {
  const record = recordOf(entry);
  for (const { field, kind } of SUBJECT[entry.entityType] ?? []) {
    const label = await labelOf(entry, field, kind, record, loaders);
    if (label) return label;
  }
  return null;
}
