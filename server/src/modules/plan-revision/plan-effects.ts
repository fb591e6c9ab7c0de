import { ActionStatus, CycleState, PlanChangeAction, PlanSubject } from '@kaizen/shared';
import type { Loaders } from '../../graphql/context.js';
import type { ImprovementAction } from '../improvement-action/improvement-action.entity.js';
import { indicatorProgress, rolledUpProgress } from '../indicator/indicator-progress.js';
import type { ReviewThread } from '../review-thread/review-thread.entity.js';
import type { User } from '../user/user.entity.js';
import type { PlanPreview } from './plan-in-force.js';
import type { PlanRevision } from './plan-revision.entity.js';
import type { RevisionGradeEffect } from './plan-revision.types.js';

/** The existing indicators a draft changes, and the measures that list them. */
async function touched(loaders: Loaders, revision: PlanRevision) {
  const changes = await loaders.planChangesByRevisionId.load(revision.id);
  const indicatorIds = [...new Set(changes.filter((c) => c.subjectType === PlanSubject.INDICATOR && c.action === PlanChangeAction.UPDATE).map((c) => c.subjectId))];
  const listings = (await Promise.all(indicatorIds.map((id) => loaders.listingsByIndicatorId.load(id)))).flat();
  const measureIds = [...new Set([...listings.map((l) => l.measureId), ...changes.filter((c) => c.subjectType === PlanSubject.MEASURE).map((c) => c.subjectId)])];
  return { preview: { revision, changes } satisfies PlanPreview, indicatorIds, measureIds };
}

/**
 * What adopting a draft would regrade: each indicator it changes and each measure listing one, in
 * every year whose review is open (closed reviews keep the plan they closed with), as the planning
 * division sees them.
 */
export async function gradeEffects(loaders: Loaders, viewer: User, revision: PlanRevision): Promise<RevisionGradeEffect[]> {
  const { preview, indicatorIds, measureIds } = await touched(loaders, revision);
  const years = (await loaders.reviewCyclesByStrategyId.load(revision.strategyId)).filter((c) => c.state !== CycleState.CLOSED && c.fiscalYear >= revision.effectiveFiscalYear).map((c) => c.fiscalYear);
  // All at once, so that the loaders batch each kind of read into one statement.
  const ofIndicators = years.flatMap((fiscalYear) =>
    indicatorIds.map(async (id): Promise<RevisionGradeEffect | null> => {
      const indicator = (await loaders.indicatorById.load(id))!;
      const [before, after] = await Promise.all([indicatorProgress(loaders, viewer, indicator, fiscalYear), indicatorProgress(loaders, viewer, indicator, fiscalYear, undefined, preview)]);
      return before.grade === after.grade ? null : { fiscalYear, subjectType: PlanSubject.INDICATOR, subjectId: id, subject: `${indicator.key} ${indicator.name}`, gradeBefore: before.grade, gradeAfter: after.grade };
    }),
  );
  const ofMeasures = years.flatMap((fiscalYear) =>
    measureIds.map(async (id): Promise<RevisionGradeEffect | null> => {
      const [measure, listings] = await Promise.all([loaders.measureById.load(id), loaders.listingsByMeasureId.load(id)]);
      const indicators = (await Promise.all(listings.map((l) => loaders.indicatorById.load(l.indicatorId)))).filter((i) => i !== undefined);
      const [before, after] = await Promise.all([
        rolledUpProgress(loaders, viewer, revision.strategyId, indicators, fiscalYear),
        rolledUpProgress(loaders, viewer, revision.strategyId, indicators, fiscalYear, undefined, preview),
      ]);
      return before.grade === after.grade ? null : { fiscalYear, subjectType: PlanSubject.MEASURE, subjectId: id, subject: `施策 ${measure!.code} ${measure!.title}`, gradeBefore: before.grade, gradeAfter: after.grade };
    }),
  );
  return (await Promise.all([...ofIndicators, ...ofMeasures])).filter((e): e is RevisionGradeEffect => e !== null);
}

/** Open council threads on what the draft changes. */
export async function touchedThreads(loaders: Loaders, revision: PlanRevision): Promise<ReviewThread[]> {
  const { indicatorIds } = await touched(loaders, revision);
  return (await Promise.all(indicatorIds.map((id) => loaders.openThreadsByIndicatorId.load(id)))).flat();
}

/** Improvement actions still under way on the measures the draft touches. */
export async function touchedActions(loaders: Loaders, revision: PlanRevision): Promise<ImprovementAction[]> {
  const { measureIds } = await touched(loaders, revision);
  const actions = (await Promise.all(measureIds.map((id) => loaders.actionsByMeasureId.load(id)))).flat();
  return actions.filter((a) => a.status === ActionStatus.PLANNED || a.status === ActionStatus.IN_PROGRESS);
}
