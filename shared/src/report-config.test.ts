import { describe, expect, it } from 'vitest';
import { checkReportConfig, defaultReportConfig, directionLabel, type ReportConfig } from './report-config.js';

describe('checking a report configuration', () => {
  it('accepts the default: the national five options, keeping the four codes reports were stored with', () => {
    expect(checkReportConfig(defaultReportConfig)).toEqual([]);
    expect(defaultReportConfig.directions.map((d) => d.code)).toEqual(['EXPAND', 'CONTINUE', 'REVISE', 'ABOLISH', 'COMPLETE']);
    expect(defaultReportConfig).toMatchObject({ effectiveness: false, efficiency: false, ratingLevels: ['高', '中', '低'] });
  });

  it('names each faulty option', () => {
    const config: ReportConfig = {
      ...defaultReportConfig,
      directions: [
        { code: 'KEEP', label: '継続', meaning: null },
        { code: 'KEEP', label: ' ', meaning: null },
        { code: 'keep-on', label: '維持', meaning: null },
        { code: '', label: '未定', meaning: null },
        { code: 'X'.repeat(33), label: '長い', meaning: null },
      ],
    };
    expect(checkReportConfig(config)).toMatchObject([
      { path: ['directions', 1, 'code'], code: 'DUPLICATE_CODE' },
      { path: ['directions', 1, 'label'], code: 'EMPTY' },
      { path: ['directions', 2, 'code'], code: 'BAD_CODE' },
      { path: ['directions', 3, 'code'], code: 'EMPTY' },
      { path: ['directions', 4, 'code'], code: 'TOO_LONG', message: 'at most 32 characters' },
    ]);
  });

  it('needs 1–12 options and 2–5 distinct rating levels', () => {
    expect(checkReportConfig({ ...defaultReportConfig, directions: [] })).toMatchObject([{ path: ['directions'], code: 'TOO_FEW' }]);
    const many = Array.from({ length: 13 }, (_, i) => ({ code: `D${i}`, label: `${i}`, meaning: null }));
    expect(checkReportConfig({ ...defaultReportConfig, directions: many })).toMatchObject([{ path: ['directions'], code: 'TOO_MANY' }]);
    expect(checkReportConfig({ ...defaultReportConfig, ratingLevels: ['高'] })).toMatchObject([{ path: ['ratingLevels'], code: 'TOO_FEW' }]);
    expect(checkReportConfig({ ...defaultReportConfig, ratingLevels: ['A', 'B', 'C', 'D', 'E', 'F'] })).toMatchObject([{ path: ['ratingLevels'], code: 'TOO_MANY' }]);
    expect(checkReportConfig({ ...defaultReportConfig, ratingLevels: ['高', '低', '高', ''] })).toMatchObject([
      { path: ['ratingLevels', 2], code: 'DUPLICATE_LEVEL' },
      { path: ['ratingLevels', 3], code: 'EMPTY' },
    ]);
  });

  it('labels a stored code, and shows one no longer configured as itself', () => {
    expect(directionLabel(defaultReportConfig, 'COMPLETE')).toBe('予定通り事業終了');
    expect(directionLabel(defaultReportConfig, 'OLD')).toBe('OLD');
    expect(directionLabel(defaultReportConfig, null)).toBeNull();
  });
});
