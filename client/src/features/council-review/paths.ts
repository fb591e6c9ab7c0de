export const measureReviewPath = (cycleId: string, measureId: string) => `/review/cycles/${cycleId}/measures/${measureId}`;
export const goalReviewPath = (cycleId: string, goalId: string) => `/review/cycles/${cycleId}/goals/${goalId}`;
export const reviewIndexPath = (cycleId: string) => `/review/cycles/${cycleId}/measures`;
