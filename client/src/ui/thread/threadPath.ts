import { goalReviewPath, measureReviewPath } from '../../features/council-review/paths';

type Anchored = {
  measure?: { id: string } | null;
  goal?: { id: string } | null;
  indicator?: { goal?: { id: string } | null; measures: { id: string }[] } | null;
};

/**
 * Where a thread (or an action) is read: its measure's review page; a KPI's thread on the first
 * measure listing the KPI (the one defining it comes first in the plan's order); a goal's and a
 * KGI's on the goal's page.
 */
export function reviewPathOf(cycleId: string, anchored: Anchored): string | null {
  const measureId = anchored.measure?.id ?? anchored.indicator?.measures[0]?.id;
  if (measureId) return measureReviewPath(cycleId, measureId);
  const goalId = anchored.goal?.id ?? anchored.indicator?.goal?.id;
  return goalId ? goalReviewPath(cycleId, goalId) : null;
}
