export const reportEntryPath = (cycleId: string, measureId: string) => `/review/cycles/${cycleId}/measures/${measureId}/report`;
