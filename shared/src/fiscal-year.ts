/**
 * Japanese fiscal year N runs from April N to March N+1; Reiwa year R = N − 2018
 * (FY2024 = 令和6年度, R6).
 */
const REIWA_OFFSET = 2018;

export function reiwaYear(fiscalYear: number): number {
  return fiscalYear - REIWA_OFFSET;
}

/** `R6` for FY2024: the short form, for where a year must fit a narrow space (a chart's axis). */
export function reiwaLabel(fiscalYear: number): string {
  return `R${reiwaYear(fiscalYear)}`;
}

/** `令和6年度` for FY2024: how every page writes a fiscal year. */
export function fiscalYearLabel(fiscalYear: number): string {
  return `令和${reiwaYear(fiscalYear)}年度`;
}

/** `令和6〜9年度` for FY2024–FY2027. */
export function periodLabel(startFiscalYear: number, endFiscalYear: number): string {
  return `令和${reiwaYear(startFiscalYear)}〜${reiwaYear(endFiscalYear)}年度`;
}

const japanDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar date in Japan (Asia/Tokyo, UTC+9 all year) at `now`, as a LocalDate `YYYY-MM-DD`:
 * what due dates are compared with, whatever the time zone of the server or the browser.
 */
export function todayInJapan(now: Date = new Date()): string {
  // From the parts, not the formatted string: locales' date patterns change between ICU versions.
  const parts = Object.fromEntries(japanDate.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The fiscal year a date falls in, in Japan's time zone (April starts the year). */
export function fiscalYearOf(date: Date): number {
  const [year, month] = todayInJapan(date).split('-').map(Number);
  return month >= 4 ? year : year - 1;
}
