/**
 * Japanese fiscal year N runs from April N to March N+1; Reiwa year R = N − 2018
 * (FY2024 = R6年度).
 */
const REIWA_OFFSET = 2018;

export function reiwaYear(fiscalYear: number): number {
  return fiscalYear - REIWA_OFFSET;
}

/** `R6` for FY2024. */
export function reiwaLabel(fiscalYear: number): string {
  return `R${reiwaYear(fiscalYear)}`;
}

/** `R6年度` for FY2024. */
export function fiscalYearLabel(fiscalYear: number): string {
  return `${reiwaLabel(fiscalYear)}年度`;
}

/** `R6〜R9` for FY2024–FY2027. */
export function periodLabel(startFiscalYear: number, endFiscalYear: number): string {
  return `${reiwaLabel(startFiscalYear)}〜${reiwaLabel(endFiscalYear)}`;
}

/** The fiscal year a date falls in, in Japan's time zone (April starts the year). */
export function fiscalYearOf(date: Date): number {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric' })
    .formatToParts(date)
    .filter((p) => p.type === 'year' || p.type === 'month')
    .map((p) => Number(p.value));
  return month >= 4 ? year : year - 1;
}
