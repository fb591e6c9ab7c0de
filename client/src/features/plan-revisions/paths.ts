export const strategyRevisionsPath = (strategyId: string) => `/strategies/${strategyId}/revisions`;
/**
 * A new draft answering an improvement action: the main menu's 計画の改訂 (on to the plan's revisions,
 * or a choice of plans) keeps `fromAction` for the new-draft form, which links the draft to the action.
 */
export const revisionFromActionPath = (actionId: string) => `/revisions?fromAction=${encodeURIComponent(actionId)}`;
export const revisionPath = (revisionId: string) => `/revisions/${revisionId}`;
/** The revision's 新旧対照表, laid out to be printed. */
export const comparisonPath = (revisionId: string) => `/revisions/${revisionId}/comparison`;
