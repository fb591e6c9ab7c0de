import { describe, expect, it } from 'vitest';
import { Direction, TargetKind } from './plan.js';
import { assignableGrades, computeProgress, defaultProgressConfig, gradeFor, ProgressFormula, type IndicatorRule, type ProgressConfig, type YearValue } from './progress.js';

const { LEVEL, CUMULATIVE, AT_LEAST_BASELINE, MAINTAIN } = TargetKind;
const { HIGHER_IS_BETTER: UP, LOWER_IS_BETTER: DOWN } = Direction;

/** FY2024–FY2027 (R6–R9), as the Yonezawa plan. */
const rule = (r: Pick<IndicatorRule, 'targetKind'> & Partial<IndicatorRule>): IndicatorRule => ({
  direction: UP,
  baselineValue: null,
  targetValue: null,
  periodStartFY: 2024,
  targetFiscalYear: 2027,
  ...r,
});
const years = (...values: (number | null)[]): YearValue[] => values.map((value, i) => ({ fiscalYear: 2024 + i, value }));
const ratioConfig: ProgressConfig = { ...defaultProgressConfig, formula: ProgressFormula.RATIO };

describe('LEVEL targets', () => {
  it('higher is better: progress from the baseline, simple ratio, and the straight path', () => {
    // 付加価値額: 1,383 → 1,650 億円.
    const p = computeProgress(rule({ targetKind: LEVEL, baselineValue: 1383, targetValue: 1650 }), years(1450), 2024);
    expect(p.rate).toBeCloseTo((1450 - 1383) / (1650 - 1383));
    expect(p.ratio).toBeCloseTo(1450 / 1650);
    expect(p.pathTarget).toBeCloseTo(1383 + (1650 - 1383) / 4);
    expect(p).toMatchObject({ value: 1450, onTrack: true, grade: 'D', reason: null });
    expect(computeProgress(rule({ targetKind: LEVEL, baselineValue: 1383, targetValue: 1650 }), years(1450), 2024, ratioConfig).grade).toBe('B');
  });

  it('lower is better: progress towards a lower target, inverse ratio', () => {
    // CO₂ 排出量: 747 → 586.2 千t.
    const r = rule({ targetKind: LEVEL, direction: DOWN, baselineValue: 747, targetValue: 586.2 });
    const p = computeProgress(r, years(700, 660), 2025);
    expect(p.rate).toBeCloseTo((747 - 660) / (747 - 586.2));
    expect(p.ratio).toBeCloseTo(586.2 / 660);
    expect(p.pathTarget).toBeCloseTo(747 - (747 - 586.2) / 2);
    expect(p.onTrack).toBe(true);
    expect(computeProgress(r, years(700, 680), 2025).onTrack).toBe(false);
  });

  it('lower is better reaching zero: 待機児童 1 → 0', () => {
    const r = rule({ targetKind: LEVEL, direction: DOWN, baselineValue: 1, targetValue: 0 });
    expect(computeProgress(r, years(0), 2024)).toMatchObject({ rate: 1, ratio: 1, grade: 'A', onTrack: true, reason: null });
    expect(computeProgress(r, years(3), 2024)).toMatchObject({ rate: -2, ratio: 0, grade: 'D', onTrack: false });
  });

  it('a target of 0 from a negative baseline (社会増減 −684 → 0) has a rate but no ratio', () => {
    const p = computeProgress(rule({ targetKind: LEVEL, baselineValue: -684, targetValue: 0 }), years(-342), 2024);
    expect(p.rate).toBeCloseTo(0.5);
    expect(p).toMatchObject({ ratio: null, reason: 'TARGET_IS_ZERO', grade: 'C', onTrack: true });
    expect(computeProgress(rule({ targetKind: LEVEL, baselineValue: -684, targetValue: 0 }), years(-342), 2024, ratioConfig).grade).toBe('–');
  });

  it('target equal to baseline: no rate, says why, never divides by 0', () => {
    const p = computeProgress(rule({ targetKind: LEVEL, baselineValue: 100, targetValue: 100 }), years(100), 2024);
    expect(p).toMatchObject({ rate: null, ratio: 1, grade: '–', reason: 'TARGET_EQUALS_BASELINE', onTrack: null });
    expect(computeProgress(rule({ targetKind: LEVEL, baselineValue: 100, targetValue: 100 }), years(100), 2024, ratioConfig).grade).toBe('A');
  });

  it('no baseline: no progress rate, the ratio still grades under the ratio formula', () => {
    const r = rule({ targetKind: LEVEL, targetValue: 80 });
    expect(computeProgress(r, years(40), 2024)).toMatchObject({ rate: null, ratio: 0.5, grade: '–', reason: 'NO_BASELINE', onTrack: null });
    expect(computeProgress(r, years(40), 2024, ratioConfig)).toMatchObject({ grade: 'C' });
  });

  it('no target value: nothing to measure against', () => {
    expect(computeProgress(rule({ targetKind: LEVEL, baselineValue: 5 }), years(6), 2024)).toMatchObject({ rate: null, ratio: null, grade: '–', reason: 'NO_TARGET' });
  });
});

describe('CUMULATIVE (延べ) targets', () => {
  // 共同研究数: 延べ 100 件 over 4 years.
  const r = rule({ targetKind: CUMULATIVE, baselineValue: 21, targetValue: 100 });

  it('sums the years so far against the total and the pro-rated path', () => {
    const p = computeProgress(r, years(30, 24), 2025);
    expect(p).toMatchObject({ value: 54, rate: 0.54, ratio: 0.54, pathTarget: 50, onTrack: true, grade: 'C', reason: null });
    expect(computeProgress(r, years(20, 24), 2025)).toMatchObject({ value: 44, onTrack: false });
    expect(computeProgress(r, years(25, 25, 25, 25), 2027)).toMatchObject({ value: 100, rate: 1, pathTarget: 100, onTrack: true, grade: 'A' });
  });

  it('is exactly on track on the path (no floating-point miss)', () => {
    const third = rule({ targetKind: CUMULATIVE, targetValue: 0.3, targetFiscalYear: 2026 });
    expect(computeProgress(third, years(0.1), 2024).onTrack).toBe(true);
  });

  it('needs no baseline (企業立地件数 has none)', () => {
    const p = computeProgress(rule({ targetKind: CUMULATIVE, targetValue: 4 }), years(1, 1), 2025);
    expect(p).toMatchObject({ value: 2, rate: 0.5, pathTarget: 2, onTrack: true, reason: null });
  });

  it('refuses to sum over a missing earlier year, and says so', () => {
    expect(computeProgress(r, years(null, 24), 2025)).toMatchObject({ value: null, rate: null, grade: '–', reason: 'MISSING_EARLIER_ACTUAL' });
    expect(computeProgress(r, years(30), 2025)).toMatchObject({ rate: null, reason: 'NO_ACTUAL' });
  });

  it('lower is better: the sum must stay under the path', () => {
    const down = rule({ targetKind: CUMULATIVE, direction: DOWN, targetValue: 40 });
    expect(computeProgress(down, years(8), 2024)).toMatchObject({ value: 8, ratio: 40 / 8, onTrack: true });
    expect(computeProgress(down, years(12), 2024)).toMatchObject({ onTrack: false });
  });
});

describe('AT_LEAST_BASELINE (基準値以上) and MAINTAIN targets', () => {
  it('基準値以上: achieved at or above the baseline', () => {
    const r = rule({ targetKind: AT_LEAST_BASELINE, baselineValue: 1 });
    expect(computeProgress(r, years(1), 2024)).toMatchObject({ rate: 1, onTrack: true, grade: 'A', pathTarget: 1 });
    expect(computeProgress(r, years(3), 2024)).toMatchObject({ rate: 3, onTrack: true, grade: 'A' });
    expect(computeProgress(r, years(0), 2024)).toMatchObject({ rate: 0, onTrack: false, grade: 'D' });
    expect(computeProgress(rule({ targetKind: AT_LEAST_BASELINE }), years(3), 2024)).toMatchObject({ rate: null, grade: '–', reason: 'NO_BASELINE' });
  });

  it('基準値以上, lower is better: achieved at or below the baseline', () => {
    const r = rule({ targetKind: AT_LEAST_BASELINE, direction: DOWN, baselineValue: 10 });
    expect(computeProgress(r, years(8), 2024)).toMatchObject({ onTrack: true, grade: 'A' });
    expect(computeProgress(r, years(20), 2024)).toMatchObject({ rate: 0.5, onTrack: false, grade: 'C' });
  });

  it('MAINTAIN: 訪問率100% kept every year; falls back to the baseline when no target value', () => {
    const r = rule({ targetKind: MAINTAIN, baselineValue: 100, targetValue: 100 });
    expect(computeProgress(r, years(100, 100), 2025)).toMatchObject({ rate: 1, onTrack: true, grade: 'A' });
    expect(computeProgress(r, years(100, 97), 2025)).toMatchObject({ rate: 0.97, onTrack: false, grade: 'B' });
    expect(computeProgress(rule({ targetKind: MAINTAIN, baselineValue: 90 }), years(90), 2024)).toMatchObject({ pathTarget: 90, grade: 'A' });
    expect(computeProgress(rule({ targetKind: MAINTAIN }), years(90), 2024)).toMatchObject({ reason: 'NO_TARGET', grade: '–' });
  });
});

describe('missing data and the period', () => {
  it.each([LEVEL, CUMULATIVE, AT_LEAST_BASELINE, MAINTAIN])('%s: no actual for the year gives no rate and says why', (targetKind) => {
    const p = computeProgress(rule({ targetKind, baselineValue: 10, targetValue: 20 }), years(12), 2025);
    expect(p).toMatchObject({ fiscalYear: 2025, value: null, rate: null, ratio: null, grade: '–', onTrack: null, reason: 'NO_ACTUAL' });
  });

  it('a year outside the plan period is not measured', () => {
    const r = rule({ targetKind: LEVEL, baselineValue: 10, targetValue: 20 });
    expect(computeProgress(r, [{ fiscalYear: 2023, value: 15 }], 2023)).toMatchObject({ rate: null, reason: 'OUTSIDE_PERIOD', grade: '–' });
    expect(computeProgress(r, [{ fiscalYear: 2028, value: 15 }], 2028)).toMatchObject({ reason: 'OUTSIDE_PERIOD' });
  });
});

describe('grades are configuration', () => {
  it('default thresholds: A ≥ 100 %, B ≥ 80 %, C ≥ 50 %, D below, – when not measurable', () => {
    expect([1.2, 1, 0.9999999999, 0.8, 0.79, 0.5, 0.49, -1, null].map((r) => gradeFor(r))).toEqual(['A', 'A', 'A', 'B', 'C', 'C', 'D', 'D', '–']);
  });

  it('another municipality’s scale: S/A/B/C with its own thresholds, in any order', () => {
    const config: ProgressConfig = {
      formula: ProgressFormula.RATIO,
      thresholds: [{ grade: 'B', minRate: 0.7 }, { grade: 'S', minRate: 1.2 }, { grade: 'A', minRate: 1 }],
      lowestGrade: 'C',
      notMeasurableGrade: '評価不能',
    };
    expect([1.3, 1.1, 0.7, 0.2, null].map((r) => gradeFor(r, config))).toEqual(['S', 'A', 'B', 'C', '評価不能']);
    expect(assignableGrades(config)).toEqual(['S', 'A', 'B', 'C']);
  });

  it('a self-evaluation takes any grade but “not measurable”', () => {
    expect(assignableGrades()).toEqual(['A', 'B', 'C', 'D']);
  });
});
