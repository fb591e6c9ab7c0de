import { describe, expect, it } from 'vitest';
import { NO_VALUE } from './display.js';
import { defaultNotGraded } from './grade-scale.js';
import { decimalsOf, figurePrecision, roundTo } from './precision.js';

describe('the precision of a KPI’s figures', () => {
  it('counts the decimal places a figure is written with', () => {
    expect([1650, 64.5, 0.25, -3.125, 1e21, 1.5e-7, 0.1 + 0.2].map(decimalsOf)).toEqual([0, 1, 2, 3, 0, 4, 4]);
  });

  it('takes the most decimals among the baseline and targets, ignoring the ones the plan leaves out', () => {
    expect(figurePrecision([1383, 1650])).toBe(0);
    expect(figurePrecision([747, 586.2, null, undefined])).toBe(1);
    expect(figurePrecision([])).toBe(0);
  });

  it('rounds half away from zero, without a negative zero', () => {
    expect(roundTo(1449.75, 0)).toBe(1450);
    expect(roundTo(666.6000000001, 1)).toBe(666.6);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(Object.is(roundTo(-0.2, 0), 0)).toBe(true);
  });
});

describe('the one dash for no value', () => {
  it('is what the default scales show for a figure without a grade', () => {
    expect(new Set(defaultNotGraded.map((n) => n.label))).toEqual(new Set([NO_VALUE]));
  });
});
