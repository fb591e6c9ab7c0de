export const measureReviewPath = (cycleId: string, measureId: string) => `/review/cycles/${cycleId}/measures/${measureId}`;
export const goalReviewPath = (cycleId: string, goalId: string) => `/review/cycles/${cycleId}/goals/${goalId}`;
export const reviewIndexPath = (cycleId: string) => `/review/cycles/${cycleId}/measures`;

/** A thread's place on its review page: links from the inbox and the summary land on it (see useLinkedThread). */
export const threadHash = (threadId: string) => `#thread-${threadId}`;
/** The council's comments on a revision, with what it changes. */
export const revisionCommentsPath = (revisionId: string) => `/revisions/${revisionId}/comments`;
