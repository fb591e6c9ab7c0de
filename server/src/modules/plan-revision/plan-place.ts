import { PlanSubject } from '@kaizen/shared';
import type { Loaders } from '../../graphql/context.js';
import type { PlanComparisonRow } from './plan-revision.types.js';
import type { AddedMeasure, AddedPolicy, AddedProject } from './plan-items.js';
import type { AddedIndicator } from './plan-revision.service.js';

export type Place = Pick<PlanComparisonRow, 'goalNumber' | 'measureCode' | 'subject'>;

/** Measures drafted alongside, by the id their rows will take: what a new policy, project or KPI under one is placed by. */
export type DraftedMeasures = ReadonlyMap<string, AddedMeasure>;

async function underMeasure(loaders: Loaders, drafted: DraftedMeasures, measureId: string | null | undefined, goalId: string | null | undefined, subject: string): Promise<Place> {
  const row = measureId ? await loaders.measureById.load(measureId) : undefined;
  const proposal = measureId ? drafted.get(measureId) : undefined;
  const measure = row ?? (proposal && { code: proposal.measure.code, goalId: proposal.goalId });
  const goalKey = measure?.goalId ?? goalId;
  const goal = goalKey ? await loaders.goalById.load(goalKey) : undefined;
  return { goalNumber: goal?.number ?? null, measureCode: measure?.code ?? null, subject };
}

/** The measures a set of changes adds, by the ids their rows will take. */
export function draftedMeasures(changes: { subjectType: PlanSubject; action: string; subjectId: string; after: unknown }[]): DraftedMeasures {
  return new Map(changes.filter((c) => c.subjectType === PlanSubject.MEASURE && c.action === 'ADD').map((c) => [c.subjectId, c.after as AddedMeasure]));
}

/**
 * Where a changed row sits in the plan (its goal and measure), and what the 新旧対照表 calls it. A
 * row a draft adds has none yet: `added`, the change's value, names and places it.
 */
export async function placeOf(loaders: Loaders, type: PlanSubject, id: string, added?: unknown, drafted: DraftedMeasures = new Map()): Promise<Place> {
  switch (type) {
    case PlanSubject.STRATEGY:
      return { goalNumber: null, measureCode: null, subject: '計画全体' };
    case PlanSubject.GOAL: {
      const goal = await loaders.goalById.load(id);
      return { goalNumber: goal?.number ?? null, measureCode: null, subject: goal ? `基本目標${goal.number} ${goal.title}` : id };
    }
    case PlanSubject.MEASURE: {
      const proposal = added as AddedMeasure | undefined;
      const measure = (await loaders.measureById.load(id)) ?? (proposal && { ...proposal.measure, goalId: proposal.goalId });
      if (!measure) return { goalNumber: null, measureCode: null, subject: id };
      const goal = await loaders.goalById.load(measure.goalId);
      return { goalNumber: goal?.number ?? null, measureCode: measure.code, subject: `施策 ${measure.code} ${measure.title}` };
    }
    case PlanSubject.POLICY: {
      const policy = await loaders.policyById.load(id);
      const proposal = added as AddedPolicy | undefined;
      return underMeasure(loaders, drafted, policy?.measureId ?? proposal?.measureId, null, `具体的な施策 ${policy ? `${policy.ordinal}. ${policy.title}` : (proposal?.policy.title ?? id)}`);
    }
    case PlanSubject.PROJECT: {
      const project = await loaders.projectById.load(id);
      const proposal = added as AddedProject | undefined;
      const listing = project ? (await loaders.projectListingsByProjectId.load(id))[0] : null;
      return underMeasure(loaders, drafted, listing?.measureId ?? proposal?.measureId, null, `主な事業 ${project?.name ?? proposal?.project.name ?? id}`);
    }
    case PlanSubject.INDICATOR: {
      const indicator = await loaders.indicatorById.load(id);
      const proposal = added as AddedIndicator | undefined;
      const named = indicator ?? proposal?.indicator;
      if (!named) return { goalNumber: null, measureCode: null, subject: id };
      const measureId = indicator ? (await loaders.listingsByIndicatorId.load(id)).find((l) => !l.relisted)?.measureId : proposal?.measureId;
      return underMeasure(loaders, drafted, measureId, indicator?.goalId ?? proposal?.goalId, `${named.key} ${named.name}`);
    }
  }
}
