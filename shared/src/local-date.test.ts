import { describe, expect, it } from 'vitest';
import { parseLocalDate } from './local-date.js';

describe('parseLocalDate', () => {
  it('reads the ways a date is typed in Japan as YYYY-MM-DD', () => {
    for (const typed of ['2025-06-30', '2025/6/30', ' 2025.6.30 ', '2025年6月30日', '２０２５－０６－３０', '２０２５年６月３０日']) expect(parseLocalDate(typed), typed).toBe('2025-06-30');
  });

  it('refuses what is not a date of the calendar, or not a date at all', () => {
    for (const typed of ['', '2025-02-30', '2025-13-01', '2024-02-30', '06/30/2025', '2025-6', 'R7.6.30', '2025-06-30T00:00']) expect(parseLocalDate(typed), typed).toBeNull();
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
  });
});
