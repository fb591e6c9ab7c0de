/** What a signed-in person is to the review: see README "Sample users". */
export const Role = {
  /** 政策企画課: runs the yearly cycle and revises the plan. */
  PLANNING: 'PLANNING',
  /** 行政経営市民会議 委員: reads results and comments. */
  COUNCIL: 'COUNCIL',
  /** 担当課 staff, bound to one department: enters actuals and responds. */
  DEPARTMENT: 'DEPARTMENT',
  /** Manages users and settings. */
  ADMIN: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
