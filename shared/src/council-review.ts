/** What a council thread is anchored to: a part of the plan in a review cycle, or a draft revision of the plan. */
export const ThreadAnchor = { GOAL: 'GOAL', MEASURE: 'MEASURE', INDICATOR: 'INDICATOR', REVISION: 'REVISION' } as const;
export type ThreadAnchor = (typeof ThreadAnchor)[keyof typeof ThreadAnchor];

/** 質問 / 意見 / 提言 */
export const CommentKind = { QUESTION: 'QUESTION', OPINION: 'OPINION', RECOMMENDATION: 'RECOMMENDATION' } as const;
export type CommentKind = (typeof CommentKind)[keyof typeof CommentKind];

/** LEFT: the planning division closed it unanswered, with a reason, so that the cycle can close. */
export const ThreadStatus = { OPEN: 'OPEN', RESOLVED: 'RESOLVED', LEFT: 'LEFT' } as const;
export type ThreadStatus = (typeof ThreadStatus)[keyof typeof ThreadStatus];

/** 対応する / 一部対応 / 対応しない */
export const ResponseStance = { WILL_ADDRESS: 'WILL_ADDRESS', PARTLY: 'PARTLY', WILL_NOT: 'WILL_NOT' } as const;
export type ResponseStance = (typeof ResponseStance)[keyof typeof ResponseStance];

export const ActionStatus = { PLANNED: 'PLANNED', IN_PROGRESS: 'IN_PROGRESS', DONE: 'DONE', DROPPED: 'DROPPED' } as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];

/** Plain text with line breaks and links; a comment longer than this is refused, not cut. */
export const MAX_POST_LENGTH = 10_000;

/** The reason of a 総合評価 (overall judgement): a paragraph or two, as the review sheets hold; longer is refused, not cut. */
export const MAX_JUDGEMENT_REASON_LENGTH = 2000;

/** How long an author may still correct a post; every earlier version is kept. */
export const POST_EDIT_WINDOW_MINUTES = 30;
