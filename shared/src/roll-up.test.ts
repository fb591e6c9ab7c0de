import { describe, expect, it } from 'vitest';
import { defaultProgressConfig, ProgressFormula, type Progress } from './progress.js';
import { rollUp } from './roll-up.js';

const p = (rate: number | null, grade: string, onTrack: boolean | null = null, ratio = rate): Progress => ({
  fiscalYear: 2024,
  value: rate === null ? null : 1,
  rate,
  ratio,
  grade,
  onTrack,
  pathTarget: null,
  reason: rate === null ? 'NO_ACTUAL' : null,
});

describe('roll-up of a measure or goal', () => {
  it('counts grades on the whole scale, on-track indicators, and grades the mean rate', () => {
    const r = rollUp([p(1, 'A', true), p(0.8, 'B', true), p(0.4, 'D', false), p(null, '–')], 2024);
    expect(r).toMatchObject({ fiscalYear: 2024, indicators: 4, measured: 3, onTrack: 2, grade: 'C' });
    expect(r.rate).toBeCloseTo((1 + 0.8 + 0.4) / 3);
    expect(r.gradeCounts).toEqual([
      { grade: 'A', count: 1 },
      { grade: 'B', count: 1 },
      { grade: 'C', count: 0 },
      { grade: 'D', count: 1 },
      { grade: '–', count: 1 },
    ]);
  });

  it('holds each rate within 0…1 so that an overshoot does not hide a setback', () => {
    const r = rollUp([p(3, 'A'), p(-0.5, 'D')], 2024);
    expect(r.rate).toBe(0.5);
    expect(r.grade).toBe('C');
  });

  it('is not measurable when no indicator is, or when there are none', () => {
    expect(rollUp([p(null, '–')], 2024)).toMatchObject({ rate: null, grade: '–', measured: 0, indicators: 1 });
    expect(rollUp([], 2025)).toMatchObject({ rate: null, grade: '–', indicators: 0, fiscalYear: 2025 });
  });

  it('averages the figure the strategy grades by', () => {
    const config = { ...defaultProgressConfig, formula: ProgressFormula.RATIO };
    const r = rollUp([p(0.2, 'B', null, 0.9), p(0.4, 'A', null, 1)], 2024, config);
    expect(r.rate).toBeCloseTo(0.95);
    expect(r.grade).toBe('B');
  });
});
