export const changesPath = (cycleId: string) => `/review/cycles/${cycleId}/changes`;
