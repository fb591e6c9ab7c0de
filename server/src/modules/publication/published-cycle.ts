import type { Loaders } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { actionsAsOf, notesAsOf } from '../improvement-action/action-as-of.js';
import { cycleResults, type CycleResults, type IndicatorResultRow, type MeasureResultRow, type ThreadResult } from '../cycle-results/cycle-results.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import type { ReviewThreadService } from '../review-thread/review-thread.service.js';
import type { PublishedAction, PublishedCycle, PublishedIndicatorResult, PublishedMeasureReport, PublishedThread } from './published.types.js';

/** A published cycle before its rows are read: the rows come with the fields that ask for them. */
export type PublishedCycleRoot = Omit<PublishedCycle, 'strategy' | 'indicators' | 'measures'> & { cycle: ReviewCycle };

/** The cycle if it is published; NOT_FOUND otherwise, as for no cycle at all, so that an unpublished one is not told to exist. */
export async function publishedCycleOf(loaders: Loaders, id: string): Promise<PublishedCycleRoot> {
  const cycle = await loaders.reviewCycleById.load(id);
  if (!cycle?.publishedAt || !cycle.closedAt) throw new NotFoundError('ReviewCycle', id);
  return rootOf(cycle);
}

export const rootOf = (cycle: ReviewCycle): PublishedCycleRoot => ({ id: cycle.id, fiscalYear: cycle.fiscalYear, closedAt: cycle.closedAt!, publishedAt: cycle.publishedAt!, cycle });

const resultsByRequest = new WeakMap<Loaders, Map<string, Promise<CycleResults>>>();

/**
 * The cycle's results as the public reads them (viewer null: accepted figures of published years),
 * whoever asks: a signed-in reader of the published page sees what everyone sees. Once per request.
 */
export function publicResults(loaders: Loaders, threads: ReviewThreadService, cycle: ReviewCycle): Promise<CycleResults> {
  let byCycle = resultsByRequest.get(loaders);
  if (!byCycle) resultsByRequest.set(loaders, (byCycle = new Map()));
  let results = byCycle.get(cycle.id);
  if (!results) {
    results = threads.list(cycle.id).then((list) => cycleResults(loaders, null, cycle, list));
    byCycle.set(cycle.id, results);
  }
  return results;
}

export function publishedIndicator(r: IndicatorResultRow): PublishedIndicatorResult {
  return {
    goalNumber: r.goalNumber,
    measureId: r.measureId,
    measureCode: r.measureCode,
    indicatorId: r.indicatorId,
    indicatorName: r.indicatorName,
    relisted: r.relisted,
    departments: r.departments,
    unit: r.unit,
    baselineValue: r.baselineValue,
    baselineText: r.baselineText,
    targetValue: r.targetValue,
    targetFiscalYear: r.targetFiscalYear,
    targetText: r.targetText,
    actuals: r.actuals,
    progress: r.progress,
    gradeLabel: r.gradeLabel,
  };
}

/** A measure's row with its threads; each action with the next year's result when that year's review is published too. */
export async function publishedMeasure(loaders: Loaders, cycle: ReviewCycle, row: MeasureResultRow): Promise<PublishedMeasureReport> {
  const { threads, ...report } = row;
  return { ...report, threads: await Promise.all(threads.map((t) => publishedThread(loaders, cycle, t))) };
}

async function publishedThread(loaders: Loaders, cycle: ReviewCycle, t: ThreadResult): Promise<PublishedThread> {
  const cycles = await loaders.reviewCyclesByStrategyId.load(cycle.strategyId);
  const next = cycles.find((c) => c.fiscalYear === cycle.fiscalYear + 1 && c.publishedAt !== null && c.closedAt !== null);
  const actions = t.responses.flatMap((r) => r.actions.map((a) => ({ ...a, stance: r.stance })));
  const later = next ? await followUps(loaders, actions.map((a) => a.id), next) : new Map<string, PublishedAction['nextYear']>();
  return {
    ...t,
    posts: t.posts,
    responses: t.responses.map(({ actions: _, ...r }) => r),
    actions: actions.map((a) => ({ ...a, stance: a.stance as PublishedAction['stance'], nextYear: later.get(a.id) ?? null })),
  } as PublishedThread;
}

async function followUps(loaders: Loaders, ids: string[], next: ReviewCycle): Promise<Map<string, PublishedAction['nextYear']>> {
  const found = (await Promise.all(ids.map((id) => loaders.improvementActionById.load(id)))).filter((a) => a !== undefined);
  const [asOf, notes] = await Promise.all([actionsAsOf(loaders, found, next.closedAt), Promise.all(found.map((a) => loaders.progressNotesByActionId.load(a.id)))]);
  return new Map(asOf.map((a, k) => [a.id, { fiscalYear: next.fiscalYear, status: a.status, notes: notesAsOf(notes[k], next.closedAt!).map((n) => n.body) }]));
}
