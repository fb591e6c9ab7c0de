/** Numbers, rates and times as Japanese offices write them; `lang` follows the UI language. */

export function formatNumber(value: number, lang = 'ja'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'ja-JP', { maximumFractionDigits: 10 }).format(value);
}

/** `1650` with unit `億円` → `1,650 億円`; `%` sticks to the number. */
export function formatQuantity(value: number, unit: string, lang = 'ja'): string {
  const number = formatNumber(value, lang);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** A rate where 1 = 100 %: `0.4382` → `43.8%`. */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export function formatDateTime(iso: string, lang = 'ja'): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(iso));
}

/** A LocalDate `2025-06-30` → `2025年6月30日` (no time zone involved). */
export function formatDate(localDate: string, lang = 'ja'): string {
  const [y, m, d] = localDate.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** `12.3 KB`, `1.2 MB`: a file's size as the page shows it. */
export function formatBytes(bytes: number, lang = 'ja'): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : [bytes / 1024, 'KB'];
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
