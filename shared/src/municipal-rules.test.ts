import { describe, expect, it } from 'vitest';
import { defaultNotGraded, NotGraded, type GradeScale } from './grade-scale.js';
import { Direction, TargetKind } from './plan.js';
import { checkProgressConfig } from './progress-config-check.js';
import { computeProgress, defaultProgressConfig, JudgingBasis, ProgressFormula, ToleranceKind, type IndicatorRule, type ProgressConfig } from './progress.js';

/**
 * The rules of real municipalities (../shared/notes/evaluation-practice.md), each written as
 * configuration only, and a figure from each graded as that municipality would.
 */
const period = { periodStartFY: 2024, periodEndFY: 2028 };
const scale = (steps: [string, number, boolean][], lowestGrade: string, notGraded = defaultNotGraded): GradeScale => ({
  fromFiscalYear: null,
  steps: steps.map(([grade, minRate, inclusive]) => ({ grade, minRate, inclusive })),
  lowestGrade,
  notGraded,
});
const config = (c: Partial<ProgressConfig>): ProgressConfig => {
  const full = { ...defaultProgressConfig, ...c };
  expect(checkProgressConfig(full, period)).toEqual([]);
  return full;
};
const rule = (r: Partial<IndicatorRule> & Pick<IndicatorRule, 'targetKind'>): IndicatorRule => ({
  direction: Direction.HIGHER_IS_BETTER,
  baselineValue: null,
  targetValue: null,
  periodStartFY: 2024,
  targetFiscalYear: 2028,
  ...r,
});

describe('rules of real municipalities, as configuration', () => {
  it('多摩市: year k judged against k/n of the target; ≥ 100 % 着実, 60–100 % 概ね, < 60 % 改善', () => {
    const tama = config({ basis: JudgingBasis.EXPECTED, formula: ProgressFormula.RATIO, scales: [scale([['着実', 1, true], ['概ね', 0.6, true]], '改善')] });
    // 延べ 500 over five years: year 1 is judged against 100 (20 %), year 2 against 200 (40 %).
    const r = rule({ targetKind: TargetKind.CUMULATIVE, targetValue: 500 });
    expect(computeProgress(r, [{ fiscalYear: 2024, value: 90 }], 2024, tama)).toMatchObject({ judgedAgainst: 100, ratio: 0.9, grade: '概ね' });
    expect(computeProgress(r, [{ fiscalYear: 2024, value: 90 }, { fiscalYear: 2025, value: 120 }], 2025, tama)).toMatchObject({ judgedAgainst: 200, ratio: 1.05, grade: '着実' });
    expect(computeProgress(r, [{ fiscalYear: 2024, value: 50 }], 2024, tama).grade).toBe('改善');
  });

  it('大崎町 (actual ÷ final target) on the Osaka prefectural library’s scale: A ≥ 110 %, B 80–110 %, C 50–80 %, D < 50 %', () => {
    const osaki = config({
      basis: JudgingBasis.FINAL_TARGET,
      formula: ProgressFormula.RATIO,
      scales: [scale([['A', 1.1, true], ['B', 0.8, true], ['C', 0.5, true]], 'D')],
    });
    // FY2015 results as published: 32/300 → 10.7 %, 12/10 → 120.0 %, 75/80 → 93.8 %.
    const graded = ([value, target]: [number, number]) =>
      computeProgress(rule({ targetKind: TargetKind.LEVEL, baselineValue: 0, targetValue: target }), [{ fiscalYear: 2024, value }], 2024, osaki);
    expect(graded([32, 300])).toMatchObject({ grade: 'D' });
    expect(graded([32, 300]).ratio).toBeCloseTo(0.107, 3);
    expect(graded([12, 10])).toMatchObject({ ratio: 1.2, grade: 'A' });
    expect(graded([75, 80])).toMatchObject({ ratio: 0.9375, grade: 'B' });
  });

  it('長与町: against the baseline, −10 % still its level; S target reached, A above, B at, C below, − not known', () => {
    const nagayo = config({
      basis: JudgingBasis.BASELINE,
      tolerance: { kind: ToleranceKind.RELATIVE, value: 0.1 },
      scales: [scale([['S', 1, true], ['A', 0, false], ['B', 0, true]], 'C', defaultNotGraded.map((n) => (n.code === NotGraded.DATA_LATER ? { ...n, label: '−' } : n)))],
    });
    const r = rule({ targetKind: TargetKind.LEVEL, baselineValue: 100, targetValue: 120 });
    const grade = (value: number | null) => computeProgress(r, [{ fiscalYear: 2024, value }], 2024, nagayo).grade;
    expect([grade(125), grade(115), grade(95), grade(85), grade(null)]).toEqual(['S', 'A', 'B', 'C', '−']);
  });

  it('the national 成長戦略 review: A when progress keeps up with the elapsed share of the period, B otherwise, N no data yet', () => {
    const national = config({
      scales: [scale([['A', 1, true]], 'B', defaultNotGraded.map((n) => (n.code === NotGraded.DATA_LATER ? { ...n, label: 'N' } : n)))],
    });
    const r = rule({ targetKind: TargetKind.LEVEL, baselineValue: 40, targetValue: 60 });
    // Year 2 of 5 expects 48.
    expect(computeProgress(r, [{ fiscalYear: 2025, value: 48 }], 2025, national)).toMatchObject({ judgedAgainst: 48, grade: 'A' });
    expect(computeProgress(r, [{ fiscalYear: 2025, value: 47 }], 2025, national).grade).toBe('B');
    expect(computeProgress(r, [{ fiscalYear: 2025, value: null }], 2025, national).grade).toBe('N');
  });

  it('あきる野市: F/S/A/B/C with X 未着手, Y 中止, Z 評価困難 as the department declares them', () => {
    const labels = { [NotGraded.NOT_STARTED]: 'X', [NotGraded.STOPPED]: 'Y', [NotGraded.CANNOT_JUDGE]: 'Z' } as Record<NotGraded, string>;
    const akiruno = config({
      scales: [scale([['S', 1.2, true], ['A', 1, true], ['B', 0.8, true], ['C', 0.5, true]], 'F', defaultNotGraded.map((n) => ({ ...n, label: labels[n.code] ?? n.label })))],
    });
    const r = rule({ targetKind: TargetKind.LEVEL, baselineValue: 10, targetValue: 30 });
    expect(computeProgress(r, [{ fiscalYear: 2024, value: 14 }], 2024, akiruno).grade).toBe('A');
    expect(computeProgress(r, [{ fiscalYear: 2024, value: 14, notGraded: NotGraded.STOPPED }], 2024, akiruno).grade).toBe('Y');
    expect(computeProgress(r, [{ fiscalYear: 2024, value: null, notGraded: NotGraded.NOT_STARTED }], 2024, akiruno).grade).toBe('X');
  });
});
