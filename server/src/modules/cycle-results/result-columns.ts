import { reiwaLabel } from '@kaizen/shared';
import type { IndicatorResultRow, MeasureResultRow, ResultAuthor, ThreadResult } from './cycle-results.js';

export type Cell = string | number | null;

/**
 * One column of a results sheet, shared by the workbook, the CSV and the open data (docs/open-data.md):
 * one definition, so the three never disagree on what a column holds.
 */
export type Column<R> = {
  header: string;
  /** Its key in the open data's JSON. */
  key: string;
  width: number;
  value: (row: R) => Cell;
  /** An Excel number format; `0.0%` columns hold a fraction (1 = 100 %). */
  numFmt?: string;
};

/** The 指標 sheet's columns; one actual per fiscal year from the plan's first to the cycle's. */
export function indicatorColumns(years: number[]): Column<IndicatorResultRow>[] {
  return [
    { header: '基本目標', key: 'goalNumber', width: 8, value: (r) => r.goalNumber },
    { header: '施策', key: 'measureCode', width: 8, value: (r) => r.measureCode },
    { header: '施策名', key: 'measureTitle', width: 24, value: (r) => r.measureTitle ?? r.goalTitle },
    { header: '指標', key: 'indicatorName', width: 36, value: (r) => r.indicatorName },
    { header: '再掲', key: 'relisted', width: 6, value: (r) => (r.relisted ? '再掲' : null) },
    { header: '担当課', key: 'departments', width: 16, value: (r) => r.departments.join('、') },
    { header: '単位', key: 'unit', width: 8, value: (r) => r.unit },
    { header: '基準値', key: 'baseline', width: 12, value: (r) => r.baselineValue ?? (r.baselineText || null) },
    { header: '目標値', key: 'target', width: 12, value: (r) => r.targetValue ?? (r.targetText || null) },
    { header: '目標年度', key: 'targetFiscalYear', width: 10, value: (r) => r.targetFiscalYear },
    ...years.map(
      (fy, k): Column<IndicatorResultRow> => ({
        header: `${reiwaLabel(fy)}年度実績`,
        key: `actual${fy}`,
        width: 12,
        value: (r) => r.actuals[k]?.value ?? r.actuals[k]?.text ?? null,
      }),
    ),
    { header: '実績の注記', key: 'actualNote', width: 16, value: (r) => r.actuals.at(-1)?.text ?? null },
    { header: '期待値', key: 'expected', width: 12, value: (r) => r.progress.pathTarget },
    { header: '達成率', key: 'rate', width: 10, value: (r) => r.progress.rate, numFmt: '0.0%' },
    { header: '評価', key: 'grade', width: 12, value: (r) => r.gradeLabel },
  ];
}

/** The open data's columns (docs/open-data.md): the 指標 sheet's, after the KPI's id, which stays the same from year to year. */
export function openDataColumns(years: number[]): Column<IndicatorResultRow>[] {
  return [{ header: '指標ID', key: 'indicatorId', width: 38, value: (r) => r.indicatorId }, ...indicatorColumns(years)];
}

const KIND: Record<string, string> = { QUESTION: '質問', OPINION: '意見', RECOMMENDATION: '提言' };
const STANCE: Record<string, string> = { WILL_ADDRESS: '対応する', PARTLY: '一部対応', WILL_NOT: '対応しない' };
export const ACTION_STATUS: Record<string, string> = { PLANNED: '予定', IN_PROGRESS: '進行中', DONE: '完了', DROPPED: '中止' };
const ROLE: Record<string, string> = { PLANNING: '政策企画課', COUNCIL: '市民会議委員', DEPARTMENT: '担当課', ADMIN: '管理者' };

/** 市民会議委員, or the department's name for its staff: the way a published sheet signs a post. */
export function authorLabel(author: ResultAuthor): string {
  return author.role === 'DEPARTMENT' && author.departmentName ? author.departmentName : (ROLE[author.role] ?? author.role);
}

const comments = (t: ThreadResult) => `【${KIND[t.kind] ?? t.kind}】${t.subject}\n${t.posts.map((p) => `${p.body}（${authorLabel(p.author)}）`).join('\n')}`;
const responses = (t: ThreadResult) => t.responses.map((r) => `【${STANCE[r.stance] ?? r.stance}】${r.body}${r.reason ? `（理由：${r.reason}）` : ''}（${authorLabel(r.author)}）`).join('\n');
const actions = (t: ThreadResult) =>
  t.responses
    .flatMap((r) => r.actions)
    .map((a) => `${a.description}（${a.ownerDepartmentName ?? ''}・${reiwaLabel(a.dueFiscalYear)}年度まで・${ACTION_STATUS[a.status] ?? a.status}）`)
    .join('\n');
const joined = (ts: ThreadResult[], part: (t: ThreadResult) => string) => (ts.length ? ts.map(part).join('\n\n') : null);

/** The 施策 sheet's columns: the department's report, then the council's dialogue thread by thread (the n-th paragraph of each column is one thread). */
export const measureColumns: Column<MeasureResultRow>[] = [
  { header: '基本目標', key: 'goalNumber', width: 8, value: (r) => r.goalNumber },
  { header: '施策', key: 'measureCode', width: 8, value: (r) => r.measureCode },
  { header: '施策名', key: 'measureTitle', width: 24, value: (r) => r.measureTitle ?? `${r.goalTitle}（基本目標全体）` },
  { header: '取組内容', key: 'whatWasDone', width: 40, value: (r) => r.whatWasDone },
  { header: '課題', key: 'issues', width: 32, value: (r) => r.issues },
  { header: '今後の方向性', key: 'nextDirection', width: 12, value: (r) => r.nextDirection },
  { header: '自己評価', key: 'selfGrade', width: 8, value: (r) => r.selfGrade },
  { header: '市民会議の意見', key: 'comments', width: 40, value: (r) => joined(r.threads, comments) },
  { header: '担当課の対応', key: 'responses', width: 40, value: (r) => joined(r.threads, responses) },
  { header: '改善の取組', key: 'actions', width: 32, value: (r) => joined(r.threads, actions) },
];
