import { reiwaLabel, SubmissionStatus } from '@kaizen/shared';
import { z } from 'zod';

export const KPI_SHEET = '実績';
export const REPORT_SHEET = '施策の評価';
/** Hidden from Excel's and LibreOffice's sheet lists (veryHidden): what the import needs to read the others. */
export const META_SHEET = 'kaizen';
export const FORMAT = 'kaizen-review/department-workbook/1';

/** The row of each sheet's column headings; data starts below it. */
export const HEADER_ROW = 3;

export const STATUS_LABELS: Record<SubmissionStatus | 'NONE', string> = {
  NONE: '未入力',
  [SubmissionStatus.DRAFT]: '下書き',
  [SubmissionStatus.RETURNED]: '差戻し',
  [SubmissionStatus.SUBMITTED]: '提出済み',
  [SubmissionStatus.ACCEPTED]: '承認済み',
};

export type Column = { key: string; header: string; width: number; input?: boolean; hidden?: boolean };

/** Hidden, first on every sheet: which row of the plan a line is, and the version it was downloaded at. */
const ROW_KEYS: Column[] = [
  { key: 'id', header: 'ID', width: 4, hidden: true },
  { key: 'version', header: '版', width: 4, hidden: true },
];

/** The 実績 sheet's columns: the KPI as planned, its earlier years, then what the department fills in. */
export function kpiColumns(periodStartFY: number, fiscalYear: number): Column[] {
  const earlier = Array.from({ length: Math.max(0, fiscalYear - periodStartFY) }, (_, i) => periodStartFY + i);
  return [
    ...ROW_KEYS,
    { key: 'measures', header: '施策', width: 13 },
    { key: 'name', header: '指標', width: 34 },
    { key: 'departments', header: '担当課', width: 14 },
    { key: 'unit', header: '単位', width: 8 },
    { key: 'baseline', header: '基準値', width: 16 },
    { key: 'target', header: '目標値', width: 16 },
    { key: 'expected', header: `${reiwaLabel(fiscalYear)}の期待値`, width: 11 },
    ...earlier.map((fy) => ({ key: `fy${fy}`, header: `${reiwaLabel(fy)}実績`, width: 11 })),
    { key: 'value', header: `${reiwaLabel(fiscalYear)}実績値`, width: 13, input: true },
    { key: 'reason', header: 'まだ分からない理由', width: 24, input: true },
    { key: 'note', header: '備考', width: 28, input: true },
    { key: 'status', header: '状態', width: 9 },
  ];
}

/** The 施策の評価 sheet's columns; 有効性・効率性 only when the strategy's report form asks for them. */
export function reportColumns(ratings: { effectiveness: boolean; efficiency: boolean }): Column[] {
  return [
    ...ROW_KEYS,
    { key: 'code', header: '施策', width: 6 },
    { key: 'title', header: '施策名', width: 26 },
    { key: 'departments', header: '担当課', width: 14 },
    { key: 'whatWasDone', header: '取組内容', width: 44, input: true },
    { key: 'issues', header: '課題', width: 36, input: true },
    { key: 'nextDirection', header: '今後の方向性', width: 12, input: true },
    { key: 'selfGrade', header: '自己評価', width: 9, input: true },
    ...(ratings.effectiveness ? [{ key: 'effectiveness', header: '有効性', width: 8, input: true }] : []),
    ...(ratings.efficiency ? [{ key: 'efficiency', header: '効率性', width: 8, input: true }] : []),
    { key: 'status', header: '状態', width: 9 },
  ];
}

/** What the hidden sheet carries: which cycle and whose rows, and where each sheet's fields are (1-based columns). */
export const workbookMeta = z.object({
  format: z.literal(FORMAT),
  cycleId: z.uuid(),
  departmentId: z.uuid().nullable(),
  kpiColumns: z.record(z.string(), z.number().int().min(1).max(64)),
  reportColumns: z.record(z.string(), z.number().int().min(1).max(64)),
});
export type WorkbookMeta = z.infer<typeof workbookMeta>;

export const columnNumbers = (columns: Column[]) => Object.fromEntries(columns.map((c, i) => [c.key, i + 1]));
