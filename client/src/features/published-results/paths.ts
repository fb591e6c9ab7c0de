export const publishedCyclesPath = (strategyId: string) => `/results/${strategyId}`;
export const publishedCyclePath = (cycleId: string) => `/results/cycles/${cycleId}`;
export const publishedMeasurePath = (cycleId: string, measureId: string) => `/results/cycles/${cycleId}/measures/${measureId}`;
export const publishedGoalPath = (cycleId: string, goalNumber: number) => `/results/cycles/${cycleId}/goals/${goalNumber}`;
/** The open data of a published cycle (docs/open-data.md). */
export const openDataPath = (cycleId: string, format: 'csv' | 'json') => `/files/open-data/cycles/${cycleId}/indicators.${format}`;
