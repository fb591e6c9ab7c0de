/**
 * The client's routes that mails link to (client/src/app/App.tsx): a department's page of a
 * cycle, its entry forms, a thread on its review page (the hash opens and focuses it).
 */
export const paths = {
  account: () => '/account',
  cycle: (cycleId: string) => `/review/cycles/${cycleId}`,
  actual: (cycleId: string, indicatorId: string) => `/review/cycles/${cycleId}/indicators/${indicatorId}`,
  report: (cycleId: string, measureId: string) => `/review/cycles/${cycleId}/measures/${measureId}/report`,
  measureThread: (cycleId: string, measureId: string, threadId: string) => `/review/cycles/${cycleId}/measures/${measureId}#thread-${threadId}`,
  goalThread: (cycleId: string, goalId: string, threadId: string) => `/review/cycles/${cycleId}/goals/${goalId}#thread-${threadId}`,
};

/** An absolute link: `path` (from `paths`, or the `/invitation/<token>` an issue returns) under the client's address (ending in `/`). */
export function absolute(baseUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl).toString();
}
