import { describe, expect, it } from 'vitest';
import { NotGraded } from './grade-scale.js';
import { defaultProgressConfig, JudgingBasis, ProgressFormula, type Progress, type ProgressConfig } from './progress.js';
import { RollUpMethod } from './roll-up-config.js';
import { rollUp } from './roll-up.js';

const p = (rate: number | null, grade: string, onTrack: boolean | null = null, ratio = rate): Progress => ({
  fiscalYear: 2024,
  judgedFiscalYear: 2024,
  basis: JudgingBasis.EXPECTED,
  value: rate === null ? null : 1,
  judgedAgainst: rate === null ? null : 1,
  rate,
  ratio,
  finalRate: rate,
  grade,
  notGraded: rate === null ? NotGraded.DATA_LATER : null,
  onTrack,
  pathTarget: null,
  reason: rate === null ? 'NO_ACTUAL' : null,
});

describe('roll-up of a measure or goal', () => {
  it('counts grades on the whole scale, on-track indicators, and grades the mean rate', () => {
    const r = rollUp([p(1, 'A', true), p(0.8, 'B', true), p(0.4, 'D', false), p(null, '–')], 2024);
    expect(r).toMatchObject({ fiscalYear: 2024, indicators: 4, measured: 3, onTrack: 2, grade: 'C', notGraded: null });
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

  it('is not graded when no indicator is measured, or when there are none', () => {
    expect(rollUp([p(null, '–')], 2024)).toMatchObject({ rate: null, grade: '–', notGraded: NotGraded.CANNOT_JUDGE, measured: 0, indicators: 1 });
    expect(rollUp([], 2025)).toMatchObject({ rate: null, grade: '–', indicators: 0, fiscalYear: 2025 });
  });

  it('shows only its coverage when fewer KPIs are measured than the configured share', () => {
    const few = [p(1, 'A'), p(null, '–'), p(null, '–')];
    expect(rollUp(few, 2024)).toMatchObject({ measured: 1, indicators: 3, grade: '–', notGraded: NotGraded.CANNOT_JUDGE });
    const lenient: ProgressConfig = { ...defaultProgressConfig, rollUp: { ...defaultProgressConfig.rollUp, minMeasuredShare: 0.3 } };
    expect(rollUp(few, 2024, lenient)).toMatchObject({ measured: 1, grade: 'A', notGraded: null });
  });

  it('averages the figure the strategy grades by', () => {
    const config = { ...defaultProgressConfig, formula: ProgressFormula.RATIO };
    const r = rollUp([p(0.2, 'B', null, 0.9), p(0.4, 'A', null, 1)], 2024, config);
    expect(r.rate).toBeCloseTo(0.95);
    expect(r.grade).toBe('B');
  });

  it('by counting grades (鹿児島市: A when at least 80 % of the KPIs are A, B when at least half are A or B)', () => {
    const config: ProgressConfig = {
      ...defaultProgressConfig,
      rollUp: {
        ...defaultProgressConfig.rollUp,
        method: RollUpMethod.GRADE_COUNT,
        rules: [
          { grade: 'A', of: ['A'], minShare: 0.8, inclusive: true },
          { grade: 'B', of: ['A', 'B'], minShare: 0.5, inclusive: true },
        ],
        lowestGrade: 'C',
      },
    };
    const grades = (...g: string[]) => g.map((x) => p(x === 'A' ? 1 : 0.6, x));
    expect(rollUp(grades('A', 'A', 'A', 'A', 'B'), 2024, config).grade).toBe('A');
    expect(rollUp(grades('A', 'A', 'A', 'B', 'B'), 2024, config).grade).toBe('B');
    expect(rollUp(grades('A', 'C', 'D', 'D'), 2024, config).grade).toBe('C');
    expect(rollUp([...grades('A', 'B'), p(null, '–')], 2024, config)).toMatchObject({ grade: 'B', measured: 2, indicators: 3 });
  });

  it('by points (佐野市: each grade gives points; their mean graded on its own steps)', () => {
    const config: ProgressConfig = {
      ...defaultProgressConfig,
      rollUp: {
        ...defaultProgressConfig.rollUp,
        method: RollUpMethod.POINTS,
        points: [
          { grade: 'A', points: 7 },
          { grade: 'B', points: 5 },
          { grade: 'C', points: 3 },
          { grade: 'D', points: 1 },
        ],
        pointSteps: [
          { grade: '順調', minRate: 6, inclusive: true },
          { grade: '概ね順調', minRate: 4, inclusive: true },
          { grade: 'やや遅れ', minRate: 2, inclusive: true },
        ],
        lowestGrade: '遅れ',
      },
    };
    expect(rollUp([p(1, 'A'), p(1, 'A'), p(0.8, 'B')], 2024, config).grade).toBe('順調');
    expect(rollUp([p(1, 'A'), p(0.5, 'C')], 2024, config).grade).toBe('概ね順調');
    expect(rollUp([p(0.1, 'D'), p(0.1, 'D')], 2024, config).grade).toBe('遅れ');
  });
});
