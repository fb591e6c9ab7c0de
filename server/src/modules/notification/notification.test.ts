import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { untilNextRun } from './daily-reminders.js';
import { japaneseDate, reminderContent } from './mail-content.js';

describe('mail configuration', () => {
  it('is off without SMTP_URL, and names the variable (not the secret) when malformed', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(loadConfig({ SMTP_URL: ' ' }).mail).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtp://user:secret@mail.example.jp:587', PUBLIC_URL: 'https://review.example.jp' }).mail).toEqual({
      smtpUrl: 'smtp://user:secret@mail.example.jp:587',
      from: 'Kaizen Review <no-reply@localhost>',
      publicUrl: 'https://review.example.jp/',
    });
    expect(loadConfig({ SMTP_URL: 'smtps://mail.example.jp', MAIL_FROM: '市役所 <review@city.example.jp>' }).mail).toMatchObject({ from: '市役所 <review@city.example.jp>', publicUrl: undefined });
    expect(() => loadConfig({ SMTP_URL: 'http://user:secret@mail.example.jp' })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_URL: 'http://user:secret@mail.example.jp' })).not.toThrow(/secret/);
    expect(() => loadConfig({ PUBLIC_URL: 'review.example.jp' })).toThrow(/PUBLIC_URL must be a URL/);
  });
});

describe('the daily job', () => {
  it('runs next at 08:00 in Japan', () => {
    expect(untilNextRun(new Date('2025-06-27T07:59:00+09:00'))).toBe(60_000);
    expect(untilNextRun(new Date('2025-06-27T08:00:00+09:00'))).toBe(24 * 3600_000);
    expect(untilNextRun(new Date('2025-06-27T23:00:00+09:00'))).toBe(9 * 3600_000);
  });
});

describe('mail texts', () => {
  it('write due dates as days of the Japanese calendar, and count the days left', () => {
    expect(japaneseDate('2025-06-30')).toBe('2025年6月30日（月）');
    const base = { step: 'COLLECTING' as const, fiscalYear: 2024, strategyTitle: '総合戦略', due: '2025-06-30', open: 2, link: 'http://x/' };
    expect(reminderContent({ ...base, overdue: false, today: '2025-06-30' }).body).toContain('締切は本日 2025年6月30日（月） です');
    expect(reminderContent({ ...base, overdue: false, today: '2025-06-28' }).body).toContain('（あと 2 日）');
    expect(reminderContent({ ...base, overdue: true, today: '2025-07-01' }).subject).toContain('令和6年度の実績・施策評価の入力');
  });
});
