import { describe, expect, it } from 'vitest';
import { NotGraded, type GradeScale } from './grade-scale.js';
import { Direction, TargetKind } from './plan.js';
import {
  assignableGrades,
  computeProgress,
  defaultProgressConfig,
  gradeFor,
  JudgingBasis,
  ProgressFormula,
  ToleranceKind,
  type IndicatorRule,
  type ProgressConfig,
  type YearValue,
} from './progress.js';

const { LEVEL, CUMULATIVE, AT_LEAST_BASELINE, MAINTAIN } = TargetKind;
const { HIGHER_IS_BETTER: UP, LOWER_IS_BETTER: DOWN } = Direction;
const { EXPECTED, FINAL_TARGET, BASELINE } = JudgingBasis;

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
const final: ProgressConfig = { ...defaultProgressConfig, basis: FINAL_TARGET };
const ratioConfig: ProgressConfig = { ...defaultProgressConfig, formula: ProgressFormula.RATIO };
const finalRatio: ProgressConfig = { ...final, formula: ProgressFormula.RATIO };
const scale = (s: Partial<GradeScale> & Pick<GradeScale, 'steps' | 'lowestGrade'>): GradeScale => ({ fromFiscalYear: null, notGraded: [], ...s });

describe('LEVEL targets, judged against the year’s expected value (the default)', () => {
  it('on its path in the first year: the top grade, and on track', () => {
    // 付加価値額: 1,383 → 1,650 億円; R6 expects 1,383 + 267 / 4.
    const r = rule({ targetKind: LEVEL, baselineValue: 1383, targetValue: 1650 });
    const p = computeProgress(r, years(1450), 2024);
    // Judged against the exact path; shown as the plan writes the KPI's figures (whole 億円).
    expect(p.pathTarget).toBe(1450);
    expect(p.judgedAgainst).toBeCloseTo(1449.75);
    expect(p.rate).toBeCloseTo(67 / 66.75);
    expect(p.finalRate).toBeCloseTo(67 / 267);
    expect(p).toMatchObject({ basis: EXPECTED, value: 1450, onTrack: true, grade: 'A', notGraded: null, reason: null });
    expect(computeProgress(r, years(1430), 2024)).toMatchObject({ onTrack: false, grade: 'C' });
  });

  it('lower is better: CO₂ 747 → 586.2 千t, R7 expects 666.6', () => {
    const r = rule({ targetKind: LEVEL, direction: DOWN, baselineValue: 747, targetValue: 586.2 });
    const p = computeProgress(r, years(700, 660), 2025);
    expect(p.judgedAgainst).toBeCloseTo(666.6);
    expect(p.pathTarget).toBe(666.6);
    expect(p.rate).toBeCloseTo(87 / 80.4);
    expect(p).toMatchObject({ onTrack: true, grade: 'A' });
    expect(computeProgress(r, years(700, 680), 2025)).toMatchObject({ onTrack: false, grade: 'B' });
  });

  it('lower is better reaching zero: 待機児童 1 → 0', () => {
    const r = rule({ targetKind: LEVEL, direction: DOWN, baselineValue: 1, targetValue: 0 });
    expect(computeProgress(r, years(0), 2024)).toMatchObject({ rate: 4, grade: 'A', onTrack: true });
    expect(computeProgress(r, years(3), 2024)).toMatchObject({ rate: -8, grade: 'D', onTrack: false });
  });

  it('a KPI without a baseline has no path: not graded, and says why', () => {
    const p = computeProgress(rule({ targetKind: LEVEL, targetValue: 80 }), years(40), 2024);
    expect(p).toMatchObject({ rate: null, ratio: null, grade: '–', notGraded: NotGraded.NO_TARGET, reason: 'NO_BASELINE', pathTarget: null });
  });
});

describe('LEVEL targets, judged against the final target', () => {
  it('higher is better: progress from the baseline, simple ratio; on track only once the target is reached', () => {
    const r = rule({ targetKind: LEVEL, baselineValue: 1383, targetValue: 1650 });
    const p = computeProgress(r, years(1450), 2024, final);
    expect(p.rate).toBeCloseTo((1450 - 1383) / (1650 - 1383));
    expect(p.ratio).toBeCloseTo(1450 / 1650);
    expect(p.pathTarget).toBe(Math.round(1383 + (1650 - 1383) / 4));
    expect(p).toMatchObject({ basis: FINAL_TARGET, judgedAgainst: 1650, value: 1450, onTrack: false, grade: 'D', reason: null });
    expect(computeProgress(r, years(1450), 2024, finalRatio).grade).toBe('B');
  });

  it('the indicator’s own basis wins over the strategy’s', () => {
    const r = rule({ targetKind: LEVEL, baselineValue: 1383, targetValue: 1650, basis: FINAL_TARGET });
    expect(computeProgress(r, years(1450), 2024)).toMatchObject({ basis: FINAL_TARGET, grade: 'D' });
  });

  it('lower is better: progress towards a lower target, inverse ratio', () => {
    const r = rule({ targetKind: LEVEL, direction: DOWN, baselineValue: 747, targetValue: 586.2 });
    const p = computeProgress(r, years(700, 660), 2025, final);
    expect(p.rate).toBeCloseTo((747 - 660) / (747 - 586.2));
    expect(p.ratio).toBeCloseTo(586.2 / 660);
    expect(p.onTrack).toBe(false);
    expect(computeProgress(r, years(700, 580), 2025, final)).toMatchObject({ onTrack: true, grade: 'A' });
  });

  it('lower is better reaching zero: 0 ÷ 0 is reached', () => {
    const r = rule({ targetKind: LEVEL, direction: DOWN, baselineValue: 1, targetValue: 0 });
    expect(computeProgress(r, years(0), 2024, final)).toMatchObject({ rate: 1, ratio: 1, grade: 'A', onTrack: true, reason: null });
    expect(computeProgress(r, years(3), 2024, final)).toMatchObject({ rate: -2, ratio: 0, grade: 'D', onTrack: false });
  });

  it('a target of 0 from a negative baseline (社会増減 −684 → 0) has a rate but no ratio', () => {
    const r = rule({ targetKind: LEVEL, baselineValue: -684, targetValue: 0 });
    const p = computeProgress(r, years(-342), 2024, final);
    expect(p.rate).toBeCloseTo(0.5);
    expect(p).toMatchObject({ ratio: null, reason: 'TARGET_IS_ZERO', grade: 'C' });
    expect(computeProgress(r, years(-342), 2024, finalRatio)).toMatchObject({ grade: '–', notGraded: NotGraded.CANNOT_JUDGE });
    expect(computeProgress(r, years(-342), 2024)).toMatchObject({ rate: 2, grade: 'A', onTrack: true });
  });

  it.each([final, defaultProgressConfig])('target equal to baseline: no rate, says why, never divides by 0', (config) => {
    const r = rule({ targetKind: LEVEL, baselineValue: 100, targetValue: 100 });
    expect(computeProgress(r, years(100), 2024, config)).toMatchObject({ rate: null, ratio: 1, grade: '–', notGraded: NotGraded.CANNOT_JUDGE, reason: 'TARGET_EQUALS_BASELINE', onTrack: null });
    expect(computeProgress(r, years(100), 2024, { ...config, formula: ProgressFormula.RATIO }).grade).toBe('A');
  });

  it('no baseline: no progress rate, the ratio still grades under the ratio formula', () => {
    const r = rule({ targetKind: LEVEL, targetValue: 80 });
    expect(computeProgress(r, years(40), 2024, final)).toMatchObject({ rate: null, ratio: 0.5, grade: '–', reason: 'NO_BASELINE' });
    expect(computeProgress(r, years(40), 2024, finalRatio)).toMatchObject({ grade: 'C' });
  });

  it('no target value: nothing to measure against', () => {
    for (const config of [final, defaultProgressConfig]) {
      expect(computeProgress(rule({ targetKind: LEVEL, baselineValue: 5 }), years(6), 2024, config)).toMatchObject({ rate: null, ratio: null, grade: '–', notGraded: NotGraded.NO_TARGET, reason: 'NO_TARGET' });
    }
  });
});

describe('CUMULATIVE (延べ) targets', () => {
  // 共同研究数: 延べ 100 件 over 4 years.
  const r = rule({ targetKind: CUMULATIVE, baselineValue: 21, targetValue: 100 });

  it('sums the years so far against the pro-rated total (the default) or the whole total', () => {
    const p = computeProgress(r, years(30, 24), 2025);
    expect(p).toMatchObject({ value: 54, judgedAgainst: 50, rate: 1.08, ratio: 1.08, finalRate: 0.54, pathTarget: 50, onTrack: true, grade: 'A', reason: null });
    expect(computeProgress(r, years(20, 24), 2025)).toMatchObject({ value: 44, rate: 0.88, onTrack: false, grade: 'B' });
    expect(computeProgress(r, years(30, 24), 2025, final)).toMatchObject({ value: 54, judgedAgainst: 100, rate: 0.54, onTrack: false, grade: 'C' });
    expect(computeProgress(r, years(25, 25, 25, 25), 2027, final)).toMatchObject({ value: 100, rate: 1, pathTarget: 100, onTrack: true, grade: 'A' });
  });

  it('is exactly on track on the path (no floating-point miss)', () => {
    const third = rule({ targetKind: CUMULATIVE, targetValue: 0.3, targetFiscalYear: 2026 });
    expect(computeProgress(third, years(0.1), 2024)).toMatchObject({ onTrack: true, grade: 'A' });
  });

  it('needs no baseline (企業立地件数 has none)', () => {
    const p = computeProgress(rule({ targetKind: CUMULATIVE, targetValue: 4 }), years(1, 1), 2025);
    expect(p).toMatchObject({ value: 2, rate: 1, pathTarget: 2, onTrack: true, reason: null });
  });

  it('refuses to sum over a missing earlier year, and says so', () => {
    expect(computeProgress(r, years(null, 24), 2025)).toMatchObject({ value: null, rate: null, grade: '–', notGraded: NotGraded.DATA_LATER, reason: 'MISSING_EARLIER_ACTUAL' });
    expect(computeProgress(r, years(30), 2025)).toMatchObject({ rate: null, reason: 'NO_ACTUAL' });
  });

  it('lower is better: the sum must stay under the path', () => {
    const down = rule({ targetKind: CUMULATIVE, direction: DOWN, targetValue: 40 });
    expect(computeProgress(down, years(8), 2024)).toMatchObject({ value: 8, ratio: 10 / 8, onTrack: true, grade: 'A' });
    expect(computeProgress(down, years(12), 2024)).toMatchObject({ onTrack: false });
  });
});

describe('yearly and intermediate targets (中間目標値)', () => {
  it('LEVEL: the path goes through them; a year expecting no change is judged by its ratio', () => {
    const r = rule({ targetKind: LEVEL, baselineValue: 100, targetValue: 200, yearlyTargets: [{ fiscalYear: 2024, value: 100 }, { fiscalYear: 2025, value: 150 }] });
    expect(computeProgress(r, years(100), 2024)).toMatchObject({ judgedAgainst: 100, ratio: 1, rate: 1, grade: 'A', onTrack: true });
    expect(computeProgress(r, years(100, 140), 2025)).toMatchObject({ judgedAgainst: 150, rate: 0.8, grade: 'B' });
    expect(computeProgress(r, years(100, 150, 175), 2026)).toMatchObject({ pathTarget: 175, grade: 'A' });
  });

  it('CUMULATIVE: つくば’s yearly sums 517 / 1,034 / 1,550 / 2,067 / 2,584', () => {
    const r = rule({
      targetKind: CUMULATIVE,
      targetValue: 2584,
      targetFiscalYear: 2028,
      yearlyTargets: [517, 1034, 1550, 2067].map((value, i) => ({ fiscalYear: 2024 + i, value })),
    });
    expect(computeProgress(r, years(500, 534), 2025)).toMatchObject({ value: 1034, judgedAgainst: 1034, rate: 1, grade: 'A' });
    expect(computeProgress(r, years(500, 534, 400), 2026)).toMatchObject({ judgedAgainst: 1550, onTrack: false });
  });
});

describe('a KPI that starts after the plan’s first year', () => {
  it('has its own year 1: its path and its 延べ sum start there', () => {
    const level = rule({ targetKind: LEVEL, baselineValue: 10, targetValue: 40, startFY: 2025 });
    expect(computeProgress(level, years(12), 2024)).toMatchObject({ reason: 'OUTSIDE_PERIOD', grade: '–', notGraded: NotGraded.NOT_STARTED });
    expect(computeProgress(level, years(null, 20), 2025)).toMatchObject({ pathTarget: 20, rate: 1, grade: 'A' });
    const sum = rule({ targetKind: CUMULATIVE, targetValue: 30, startFY: 2025 });
    expect(computeProgress(sum, years(99, 10, 10), 2026)).toMatchObject({ value: 20, judgedAgainst: 20, grade: 'A' });
  });
});

describe('late data: a value describing an earlier year (最新値（R5年度）)', () => {
  // 付加価値額: 1,383 → 1,650 by FY2027; only the FY2024 figure is out when FY2025 is reviewed.
  const r = rule({ targetKind: LEVEL, baselineValue: 1383, targetValue: 1650 });

  it('is judged against the expected value of the year it describes, on the review year’s scale', () => {
    const p = computeProgress(r, [{ fiscalYear: 2025, value: 1450, periodFiscalYear: 2024 }], 2025);
    expect(p).toMatchObject({ fiscalYear: 2025, judgedFiscalYear: 2024, judgedAgainst: 1449.75, grade: 'A', onTrack: true });
    // The same figure for FY2025 itself would be behind its expected value (1,516.5).
    expect(computeProgress(r, years(null, 1450), 2025)).toMatchObject({ judgedFiscalYear: 2025, judgedAgainst: 1516.5, onTrack: false });
  });

  it('a figure from before the plan period is not graded (it is the baseline’s time)', () => {
    const p = computeProgress(r, [{ fiscalYear: 2024, value: 1390, periodFiscalYear: 2023 }], 2024);
    expect(p).toMatchObject({ judgedFiscalYear: 2023, reason: 'OUTSIDE_PERIOD', notGraded: NotGraded.NOT_STARTED, value: 1390 });
  });

  it('a late figure fills its own year of a 延べ sum', () => {
    const sum = rule({ targetKind: CUMULATIVE, targetValue: 400 });
    // FY2024 was "not yet known" in its cycle; its figure arrives in the FY2025 cycle as R6年度.
    const late = computeProgress(sum, [{ fiscalYear: 2024, value: null }, { fiscalYear: 2025, value: 100, periodFiscalYear: 2024 }], 2025);
    expect(late).toMatchObject({ judgedFiscalYear: 2024, value: 100, judgedAgainst: 100, grade: 'A' });
    const next = computeProgress(sum, [{ fiscalYear: 2024, value: null }, { fiscalYear: 2025, value: 100, periodFiscalYear: 2024 }, { fiscalYear: 2026, value: 90, periodFiscalYear: 2025 }], 2026);
    expect(next).toMatchObject({ judgedFiscalYear: 2025, value: 190, judgedAgainst: 200 });
  });

  it('a later cycle’s late figure leaves an earlier review year as it was', () => {
    const sum = rule({ targetKind: CUMULATIVE, targetValue: 400 });
    // FY2024's figure was not known when FY2025 was reviewed; it came in the FY2026 cycle.
    const actuals = [{ fiscalYear: 2024, value: null }, { fiscalYear: 2025, value: 90 }, { fiscalYear: 2026, value: 100, periodFiscalYear: 2024 }];
    expect(computeProgress(sum, actuals, 2025)).toMatchObject({ reason: 'MISSING_EARLIER_ACTUAL', notGraded: NotGraded.DATA_LATER });
    // Read from FY2026 on, it fills FY2024 (and the FY2026 figure itself is FY2024's).
    expect(computeProgress(sum, actuals, 2026)).toMatchObject({ judgedFiscalYear: 2024, value: 100 });
  });

  it('never describes a later year than the review year', () => {
    expect(computeProgress(r, [{ fiscalYear: 2024, value: 1450, periodFiscalYear: 2026 }], 2024).judgedFiscalYear).toBe(2024);
  });
});

describe('a year the department declares not graded (中止, 未着手 …, with its reason)', () => {
  const r = rule({ targetKind: LEVEL, baselineValue: 10, targetValue: 40 });

  it.each([NotGraded.STOPPED, NotGraded.NOT_STARTED, NotGraded.CANNOT_JUDGE, NotGraded.DATA_LATER])('%s: the scale’s label, figures kept, never on track', (code) => {
    const p = computeProgress(r, [{ fiscalYear: 2024, value: 30, notGraded: code }], 2024);
    expect(p).toMatchObject({ notGraded: code, onTrack: null, value: 30, judgedAgainst: 17.5 });
    expect(p.grade).toBe(defaultProgressConfig.scales[0].notGraded.find((n) => n.code === code)!.label);
  });

  it('without a value as well', () => {
    expect(computeProgress(r, [{ fiscalYear: 2024, value: null, notGraded: NotGraded.STOPPED }], 2024)).toMatchObject({ notGraded: NotGraded.STOPPED, reason: 'NO_ACTUAL' });
  });
});

describe('judged against the baseline (長与町: S / A / B / C, ±10 % counts as the baseline’s level)', () => {
  const nagayo: ProgressConfig = {
    ...defaultProgressConfig,
    basis: BASELINE,
    tolerance: { kind: ToleranceKind.RELATIVE, value: 0.1 },
    scales: [
      scale({
        steps: [
          { grade: 'S', minRate: 1, inclusive: true, meaning: '目標値を上回る' },
          { grade: 'A', minRate: 0, inclusive: false, meaning: '基準値を上回る' },
          { grade: 'B', minRate: 0, inclusive: true, meaning: '基準値程度' },
        ],
        lowestGrade: 'C',
        notGraded: [{ code: NotGraded.DATA_LATER, label: '−', meaning: '把握できない' }],
      }),
    ],
  };
  const r = rule({ targetKind: LEVEL, baselineValue: 100, targetValue: 150 });

  it.each([
    [160, 'S', true],
    [120, 'A', true],
    [105, 'B', true],
    [95, 'B', true],
    [80, 'C', false],
  ])('%d against 100 → 150: %s', (actual, grade, onTrack) => {
    expect(computeProgress(r, years(actual), 2024, nagayo)).toMatchObject({ basis: BASELINE, judgedAgainst: 100, grade, onTrack });
  });

  it('lower is better, no target, and its own "cannot be known" label', () => {
    const down = rule({ targetKind: LEVEL, direction: DOWN, baselineValue: 100, targetValue: 50 });
    expect(computeProgress(down, years(60), 2024, nagayo)).toMatchObject({ rate: 0.8, grade: 'A' });
    expect(computeProgress(down, years(120), 2024, nagayo)).toMatchObject({ grade: 'C', onTrack: false });
    expect(computeProgress(rule({ targetKind: LEVEL, baselineValue: 100 }), years(120), 2024, nagayo)).toMatchObject({ rate: 0.2, grade: 'A' });
    expect(computeProgress(r, years(), 2024, nagayo)).toMatchObject({ grade: '−', notGraded: NotGraded.DATA_LATER });
  });

  it('a band in points (福岡市: a change under ±3 points is 現状維持)', () => {
    const points = { ...nagayo, tolerance: { kind: ToleranceKind.POINTS, value: 3 } };
    const survey = rule({ targetKind: LEVEL, baselineValue: 50, targetValue: 70 });
    expect(computeProgress(survey, years(52.5), 2024, points).grade).toBe('B');
    expect(computeProgress(survey, years(47.5), 2024, points).grade).toBe('B');
    expect(computeProgress(survey, years(54), 2024, points).grade).toBe('A');
  });

  it('a 延べ indicator compares its year’s own amount with the baseline year’s', () => {
    const sum = rule({ targetKind: CUMULATIVE, baselineValue: 21, targetValue: 100 });
    expect(computeProgress(sum, years(30, 24), 2025, nagayo)).toMatchObject({ value: 24, judgedAgainst: 21, finalRate: 0.54, grade: 'A' });
  });
});

describe('the grade and "on track" never contradict each other', () => {
  const rules = [
    rule({ targetKind: LEVEL, baselineValue: 1383, targetValue: 1650 }),
    rule({ targetKind: LEVEL, direction: DOWN, baselineValue: 747, targetValue: 586.2 }),
    rule({ targetKind: CUMULATIVE, targetValue: 100 }),
    rule({ targetKind: AT_LEAST_BASELINE, baselineValue: 10 }),
    rule({ targetKind: MAINTAIN, targetValue: 100 }),
  ];
  it.each([EXPECTED, FINAL_TARGET])('against %s: on track exactly when at the top grade', (basis) => {
    for (const r of rules) {
      for (let fy = 2024; fy <= 2027; fy++) {
        for (const factor of [0.5, 0.9, 0.99, 1, 1.01, 1.2]) {
          const ahead = computeProgress(r, years(...Array.from({ length: fy - 2023 }, () => null)), fy);
          const path = ahead.pathTarget ?? r.targetValue ?? r.baselineValue ?? 1;
          const value = r.targetKind === CUMULATIVE ? path / (fy - 2023) : path;
          const p = computeProgress(r, years(...Array.from({ length: fy - 2023 }, () => value * factor)), fy, { ...defaultProgressConfig, basis });
          if (p.onTrack !== null) expect([r, fy, factor, p.onTrack]).toEqual([r, fy, factor, p.grade === 'A']);
        }
      }
    }
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
    expect(p).toMatchObject({ fiscalYear: 2025, value: null, rate: null, ratio: null, grade: '–', notGraded: NotGraded.DATA_LATER, onTrack: null, reason: 'NO_ACTUAL' });
  });

  it('a year outside the plan period is not measured', () => {
    const r = rule({ targetKind: LEVEL, baselineValue: 10, targetValue: 20 });
    expect(computeProgress(r, [{ fiscalYear: 2023, value: 15 }], 2023)).toMatchObject({ rate: null, reason: 'OUTSIDE_PERIOD', grade: '–' });
    expect(computeProgress(r, [{ fiscalYear: 2028, value: 15 }], 2028)).toMatchObject({ reason: 'OUTSIDE_PERIOD' });
  });
});

describe('grades are configuration', () => {
  it('default scale: A ≥ 100 %, B ≥ 80 %, C ≥ 50 %, D below, – when not measurable', () => {
    expect([1.2, 1, 0.9999999999, 0.8, 0.79, 0.5, 0.49, -1, null].map((r) => gradeFor(r, defaultProgressConfig, 2024).grade)).toEqual(['A', 'A', 'A', 'B', 'C', 'C', 'D', 'D', '–']);
  });

  it('another municipality’s scale: S/A/B/C with its own bounds, in any order, and its own "not graded" labels', () => {
    const config: ProgressConfig = {
      ...defaultProgressConfig,
      formula: ProgressFormula.RATIO,
      scales: [
        scale({
          steps: [
            { grade: 'B', minRate: 0.7, inclusive: true },
            { grade: 'S', minRate: 1.2, inclusive: true },
            { grade: 'A', minRate: 1, inclusive: true },
          ],
          lowestGrade: 'C',
          notGraded: [
            { code: NotGraded.DATA_LATER, label: 'N', meaning: '数値未確定' },
            { code: NotGraded.CANNOT_JUDGE, label: 'Z', meaning: '評価困難' },
          ],
        }),
      ],
    };
    expect([1.3, 1.1, 0.7, 0.2, null].map((r) => gradeFor(r, config, 2024).grade)).toEqual(['S', 'A', 'B', 'C', 'Z']);
    expect(computeProgress(rule({ targetKind: LEVEL, baselineValue: 1, targetValue: 2 }), years(), 2024, config)).toMatchObject({ grade: 'N', notGraded: NotGraded.DATA_LATER });
    // A label the scale does not name falls back to "–".
    expect(computeProgress(rule({ targetKind: LEVEL, baselineValue: 1 }), years(1), 2024, config)).toMatchObject({ grade: '–', notGraded: NotGraded.NO_TARGET });
    expect(assignableGrades(config, 2024)).toEqual(['S', 'A', 'B', 'C']);
  });

  it('strict (超) and inclusive (以上) bounds differ exactly at the bound', () => {
    const strict: ProgressConfig = { ...defaultProgressConfig, scales: [scale({ steps: [{ grade: 'A', minRate: 1, inclusive: false }, { grade: 'B', minRate: 1, inclusive: true }], lowestGrade: 'C' })] };
    expect([1.01, 1, 0.99].map((r) => gradeFor(r, strict, 2024).grade)).toEqual(['A', 'B', 'C']);
  });

  it('a scale changes from a fiscal year on; earlier years keep the old one', () => {
    const config: ProgressConfig = {
      ...defaultProgressConfig,
      scales: [scale({ fromFiscalYear: 2026, steps: [{ grade: '◎', minRate: 1, inclusive: true }, { grade: '○', minRate: 0.6, inclusive: true }], lowestGrade: '△' }), defaultProgressConfig.scales[0]],
    };
    expect(gradeFor(0.7, config, 2025).grade).toBe('C');
    expect(gradeFor(0.7, config, 2026).grade).toBe('○');
    expect(gradeFor(0.7, config, 2027).grade).toBe('○');
    expect(assignableGrades(config, 2024)).toEqual(['A', 'B', 'C', 'D']);
    expect(assignableGrades(config, 2026)).toEqual(['◎', '○', '△']);
  });

  it('a self-evaluation takes any grade of the year’s scale but the "not graded" ones', () => {
    expect(assignableGrades(defaultProgressConfig, 2024)).toEqual(['A', 'B', 'C', 'D']);
  });
});
