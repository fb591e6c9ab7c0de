export const strategyRevisionsPath = (strategyId: string) => `/strategies/${strategyId}/revisions`;
export const revisionPath = (revisionId: string) => `/revisions/${revisionId}`;
/** The revision's 新旧対照表, laid out to be printed. */
export const comparisonPath = (revisionId: string) => `/revisions/${revisionId}/comparison`;
