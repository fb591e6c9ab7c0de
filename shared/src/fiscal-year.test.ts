import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, periodLabel, reiwaLabel, reiwaYear } from './fiscal-year.js';

describe('fiscal years', () => {
  it('maps fiscal years to Reiwa years as the plan writes them', () => {
    expect(reiwaYear(2024)).toBe(6);
    expect(fiscalYearLabel(2027)).toBe('R9年度');
    expect(reiwaLabel(2027)).toBe('R9');
    expect(periodLabel(2024, 2027)).toBe('R6〜R9');
  });
});
