import { CycleState, rowInForce, type FoldableChange, type PlanSubject, type PlanView } from '@kaizen/shared';
import type { Loaders } from '../../graphql/context.js';
import type { PlanChange } from './plan-change.entity.js';
import type { PlanRevision } from './plan-revision.entity.js';

/** A draft previewed: its changes count as the last revision, in force from its year. */
export type PlanPreview = { revision: PlanRevision; changes: PlanChange[] };

export function foldable(change: PlanChange, revision: PlanRevision): FoldableChange {
  return {
    subjectType: change.subjectType,
    subjectId: change.subjectId,
    action: change.action,
    field: change.field,
    before: change.before,
    after: change.after,
    seq: revision.adoptedSeq ?? Number.MAX_SAFE_INTEGER,
    position: change.position,
    effectiveFiscalYear: revision.effectiveFiscalYear,
    adoptedAt: revision.adoptedAt,
  };
}

const subjectKey = (type: PlanSubject, id: string) => `${type}:${id}`;

// One index per loaded history (per request), however many rows are folded from it.
const indexes = new WeakMap<PlanChange[], Map<string, FoldableChange[]>>();

function indexOf(changes: PlanChange[]): Map<string, FoldableChange[]> {
  let index = indexes.get(changes);
  if (!index) {
    index = new Map();
    for (const c of changes) {
      const key = subjectKey(c.subjectType, c.subjectId);
      index.set(key, [...(index.get(key) ?? []), foldable(c, c.revision!)]);
    }
    indexes.set(changes, index);
  }
  return index;
}

/** The adopted changes of one row of a plan (and a previewed draft's), oldest first. */
export async function changesOf(loaders: Loaders, strategyId: string, type: PlanSubject, id: string, preview?: PlanPreview): Promise<FoldableChange[]> {
  const adopted = indexOf(await loaders.adoptedPlanChangesByStrategyId.load(strategyId)).get(subjectKey(type, id)) ?? [];
  if (!preview) return adopted;
  const drafted = preview.changes.filter((c) => c.subjectType === type && c.subjectId === id).map((c) => foldable(c, preview.revision));
  return [...adopted, ...drafted];
}

/** `row` as the plan in `view` has it; null when it came in later. A preview's rows are not yet in the tables: see `addedIndicators`. */
export async function inForce<T extends object>(loaders: Loaders, strategyId: string, type: PlanSubject, row: T & { id: string }, view: PlanView | Promise<PlanView>, preview?: PlanPreview): Promise<T | null> {
  // The history and the view load side by side: one round of batched reads, not two.
  const [changes, asked] = await Promise.all([changesOf(loaders, strategyId, type, row.id, preview), view]);
  return rowInForce(row, changes, asked);
}

/**
 * The plan a year's review is read against: the plan in force in that year, and for a closed
 * review, as it stood when the review closed (a revision adopted later changes only later reads).
 */
export async function reviewView(loaders: Loaders, strategyId: string, fiscalYear: number): Promise<PlanView> {
  const cycle = (await loaders.reviewCyclesByStrategyId.load(strategyId)).find((c) => c.fiscalYear === fiscalYear);
  return { fiscalYear, asOf: cycle?.state === CycleState.CLOSED ? cycle.closedAt : null };
}
