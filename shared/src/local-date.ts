/**
 * A date as people type it in Japan, read as a LocalDate `YYYY-MM-DD`: `2025-06-30`,
 * `2025/6/30`, `2025年6月30日`, in full-width digits too. Null when it is not a date of the
 * calendar (`2025-02-30`). Browsers' own date pickers follow the browser's language, not the
 * page's (mm/dd/yyyy in an English browser), so the client takes dates as text.
 */
export function parseLocalDate(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
