import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearOf, periodLabel, reiwaLabel, reiwaYear, todayInJapan } from './fiscal-year.js';

describe('fiscal years', () => {
  it('maps fiscal years to Reiwa years as the plan writes them', () => {
    expect(reiwaYear(2024)).toBe(6);
    expect(fiscalYearLabel(2027)).toBe('令和9年度');
    expect(fiscalYearLabel(2024)).toBe('令和6年度');
    expect(reiwaLabel(2027)).toBe('R9');
    expect(periodLabel(2024, 2027)).toBe('令和6〜9年度');
  });
});

describe('fiscalYearOf', () => {
  it('starts the year on 1 April, Japan time', () => {
    expect(fiscalYearOf(new Date('2025-03-31T14:59:59Z'))).toBe(2024);
    expect(fiscalYearOf(new Date('2025-03-31T15:00:00Z'))).toBe(2025);
    expect(fiscalYearOf(new Date('2026-11-24T00:00:00Z'))).toBe(2026);
  });
});

describe('todayInJapan', () => {
  it('is already the next day in Japan late in the UTC evening', () => {
    expect(todayInJapan(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
  });

  it('turns the date at 15:00 UTC (midnight in Japan), not at midnight UTC', () => {
    expect(todayInJapan(new Date('2025-06-30T14:59:59Z'))).toBe('2025-06-30');
    expect(todayInJapan(new Date('2025-06-30T15:00:00Z'))).toBe('2025-07-01');
    expect(todayInJapan(new Date('2025-12-31T15:00:00Z'))).toBe('2026-01-01');
  });

  it('pads months and days, as a LocalDate', () => {
    expect(todayInJapan(new Date('2025-01-04T00:00:00Z'))).toMatch(/^2025-01-04$/);
  });
});
