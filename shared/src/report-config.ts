/** One 今後の方向性 a department may propose for a measure: its stored code, the words shown, what it means. */
export type DirectionOption = { code: string; label: string; meaning: string | null };

/**
 * What a measure report (施策の評価) asks for, per strategy: the 今後の方向性 options, and whether
 * the department also rates 有効性 and 効率性 (one of `ratingLevels` each).
 */
export type ReportConfig = {
  directions: DirectionOption[];
  effectiveness: boolean;
  efficiency: boolean;
  ratingLevels: string[];
};

/**
 * The national 交付金 効果検証 format's five options. The first four codes are those reports were
 * stored with before the options became configurable, so old reports keep their meaning.
 */
export const defaultReportConfig: ReportConfig = {
  directions: [
    { code: 'EXPAND', label: '拡充', meaning: '事業を拡充して継続する' },
    { code: 'CONTINUE', label: '継続', meaning: '現行どおり継続する' },
    { code: 'REVISE', label: '見直し', meaning: '事業内容を見直して継続する' },
    { code: 'ABOLISH', label: '廃止・中止', meaning: '事業を廃止・中止する' },
    { code: 'COMPLETE', label: '予定通り事業終了', meaning: '計画どおり事業を終了する' },
  ],
  effectiveness: false,
  efficiency: false,
  ratingLevels: ['高', '中', '低'],
};

/** What is wrong, for a page to say in its own language (the message is English). */
export type ReportConfigIssueCode = 'EMPTY' | 'TOO_LONG' | 'BAD_CODE' | 'DUPLICATE_CODE' | 'TOO_FEW' | 'TOO_MANY' | 'DUPLICATE_LEVEL';

/** A fault of a report configuration: the path of the field (as in ReportConfig) and what is wrong. */
export type ReportConfigIssue = { path: (string | number)[]; code: ReportConfigIssueCode; message: string };

export const REPORT_LIMITS = { code: 32, label: 20, meaning: 200, minOptions: 1, maxOptions: 12, minLevels: 2, maxLevels: 5 } as const;

const CODE = /^[A-Z0-9_]+$/;

/**
 * What a valid report configuration needs beyond its shape: used by the settings page as the
 * planning division types, by the server before saving, and by the plan file's importer.
 */
export function checkReportConfig(config: ReportConfig): ReportConfigIssue[] {
  const issues: ReportConfigIssue[] = [];
  const L = REPORT_LIMITS;
  const text = (value: string, max: number, path: (string | number)[]) => {
    if (!value.trim()) issues.push({ path, code: 'EMPTY', message: 'must not be empty' });
    else if (value.length > max) issues.push({ path, code: 'TOO_LONG', message: `at most ${max} characters` });
  };
  const n = config.directions.length;
  if (n < L.minOptions) issues.push({ path: ['directions'], code: 'TOO_FEW', message: `at least ${L.minOptions} option is needed` });
  if (n > L.maxOptions) issues.push({ path: ['directions'], code: 'TOO_MANY', message: `at most ${L.maxOptions} options` });
  const codes = new Set<string>();
  config.directions.forEach((d, i) => {
    const code = d.code.trim();
    text(code, L.code, ['directions', i, 'code']);
    if (code && !CODE.test(code)) issues.push({ path: ['directions', i, 'code'], code: 'BAD_CODE', message: 'only capital letters A–Z, digits and _' });
    else if (codes.has(code)) issues.push({ path: ['directions', i, 'code'], code: 'DUPLICATE_CODE', message: `another option has the code "${code}"` });
    codes.add(code);
    text(d.label, L.label, ['directions', i, 'label']);
    if (d.meaning && d.meaning.length > L.meaning) issues.push({ path: ['directions', i, 'meaning'], code: 'TOO_LONG', message: `at most ${L.meaning} characters` });
  });
  const levels = config.ratingLevels;
  if (levels.length < L.minLevels) issues.push({ path: ['ratingLevels'], code: 'TOO_FEW', message: `at least ${L.minLevels} levels are needed` });
  if (levels.length > L.maxLevels) issues.push({ path: ['ratingLevels'], code: 'TOO_MANY', message: `at most ${L.maxLevels} levels` });
  const seen = new Set<string>();
  levels.forEach((level, i) => {
    text(level, L.label, ['ratingLevels', i]);
    if (level.trim() && seen.has(level.trim())) issues.push({ path: ['ratingLevels', i], code: 'DUPLICATE_LEVEL', message: `"${level.trim()}" is named twice` });
    seen.add(level.trim());
  });
  return issues;
}

/** The label of a stored 今後の方向性 code; a code no longer configured shows as itself. */
export function directionLabel(config: ReportConfig, code: string | null | undefined): string | null {
  if (!code) return null;
  return config.directions.find((d) => d.code === code)?.label ?? code;
}
