export const cycleSummaryPath = (cycleId: string) => `/cycles/${cycleId}/summary`;
