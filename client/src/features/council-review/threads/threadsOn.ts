type Anchored = { anchor: string; goal?: { id: string } | null; measure?: { id: string } | null; indicator?: { id: string } | null };

/** The threads of a list that sit on one goal, measure or KPI. */
export function threadsOn<T extends Anchored>(threads: T[], anchor: 'GOAL' | 'MEASURE' | 'INDICATOR', id: string): T[] {
  const key = ({ GOAL: 'goal', MEASURE: 'measure', INDICATOR: 'indicator' } as const)[anchor];
  return threads.filter((t) => t.anchor === anchor && t[key]?.id === id);
}
