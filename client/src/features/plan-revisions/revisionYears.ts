import { fiscalYearOf } from '@kaizen/shared';

type Period = { periodStartFY: number; periodEndFY: number };

/** The years of a plan's period: where a revision may take effect, and what a year field offers. */
export function periodYears({ periodStartFY, periodEndFY }: Period): number[] {
  return Array.from({ length: periodEndFY - periodStartFY + 1 }, (_, i) => periodStartFY + i);
}

/** A new draft takes effect in this fiscal year, when it falls in the period (a revision is usually decided for the year under way). */
export function defaultEffectiveYear(period: Period, today = new Date()): number {
  return Math.min(Math.max(fiscalYearOf(today), period.periodStartFY), period.periodEndFY);
}
