export const entryPath = (cycleId: string, indicatorId: string) => `/review/cycles/${cycleId}/indicators/${indicatorId}`;
export const cycleInboxPath = (cycleId: string) => `/review/cycles/${cycleId}`;
