import type { Writable } from 'node:stream';
import { assignableGrades, defaultProgressConfig, fiscalYearLabel, reiwaLabel, valueBoundSuffix } from '@kaizen/shared';
import ExcelJS from 'exceljs';
import type { Actual } from '../actual/actual.entity.js';
import { reportConfigOf } from '../report-settings/report-settings.service.js';
import { columnNumbers, FORMAT, HEADER_ROW, KPI_SHEET, kpiColumns, META_SHEET, REPORT_SHEET, reportColumns, STATUS_LABELS, type Column, type WorkbookMeta } from './workbook-layout.js';
import type { KpiRow, ReportRow, WorkbookRows } from './workbook-rows.js';

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADING_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } } as const;
/** Cells to fill in: a pale yellow, as city forms mark them. */
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6CC' } } as const;
const LOCKED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4F4F4' } } as const;

const figure = (value: number | null, text?: string | null) => text ?? (value === null ? '' : value);
const typedValue = (a: Actual | null) => (a?.value == null ? '' : a.valueBound ? `${a.value}${valueBoundSuffix[a.valueBound]}` : a.value);
const statusOf = (entry: { status: keyof typeof STATUS_LABELS } | null) => STATUS_LABELS[entry?.status ?? 'NONE'];

type Sheet = ExcelJS.Worksheet;

function startSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Column[], title: string, help: string): Sheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '&P / &N' },
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
  });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width, hidden: c.hidden }));
  sheet.getRow(1).getCell(3).value = title;
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(1).commit();
  sheet.getRow(2).getCell(3).value = help;
  sheet.getRow(2).commit();
  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = c.input ? INPUT_FILL : HEADING_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.height = heightOf(columns, Object.fromEntries(columns.map((c) => [c.key, c.header])), 1);
  header.commit();
  return sheet;
}

const LINE_POINTS = 15;

/** Lines a text takes in a column `width` characters wide: full-width characters count twice. */
function linesOf(text: string, width: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0) / Math.max(1, width - 1))), 0);
}

/**
 * A wrapped row's height, which the streaming writer cannot measure and Excel does not fit by
 * itself on opening: the tallest cell's lines, at least `minLines`.
 */
function heightOf(columns: Column[], values: Record<string, unknown>, minLines: number): number {
  const lines = columns.filter((c) => !c.hidden).map((c) => linesOf(String(values[c.key] ?? ''), c.width));
  return Math.min(409, Math.max(minLines, ...lines) * LINE_POINTS);
}

/** One data row: every cell bordered and wrapped; the input cells unlocked (and yellow) only where the viewer may write. */
function addRow(sheet: Sheet, rowNumber: number, columns: Column[], values: Record<string, unknown>, editable: boolean, minLines = 1): void {
  const row = sheet.getRow(rowNumber);
  row.height = heightOf(columns, values, minLines);
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = (values[c.key] ?? '') as ExcelJS.CellValue;
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: true };
    if (c.input) {
      cell.fill = editable ? INPUT_FILL : LOCKED_FILL;
      cell.protection = { locked: !editable };
    }
  });
  row.commit();
}

function kpiValues(row: KpiRow, fiscalYears: number[]): Record<string, unknown> {
  const { indicator: i, actual } = row;
  return {
    id: i.id,
    version: actual?.version ?? '',
    measures: row.placement.join('\n'),
    name: i.name,
    departments: row.departments.map((d) => d.name).join('\n') || (i.departmentsNote ?? ''),
    unit: i.unit,
    baseline: i.baselineText,
    target: i.targetText,
    expected: row.expected ?? '',
    ...Object.fromEntries(fiscalYears.map((fy) => [`fy${fy}`, figure(row.earlier.get(fy)?.value ?? null)])),
    value: typedValue(actual),
    reason: actual?.notKnownReason ?? '',
    note: actual?.note ?? '',
    status: statusOf(actual),
  };
}

function reportValues(row: ReportRow, directionLabel: (code: string | null) => string): Record<string, unknown> {
  const r = row.report;
  return {
    id: row.measure.id,
    version: r?.version ?? '',
    code: row.measure.code,
    title: row.measure.title,
    departments: row.departments.map((d) => d.name).join('\n'),
    whatWasDone: r?.whatWasDone ?? '',
    issues: r?.issues ?? '',
    nextDirection: directionLabel(r?.nextDirection ?? null),
    selfGrade: r?.selfGrade ?? '',
    effectiveness: r?.effectiveness ?? '',
    efficiency: r?.efficiency ?? '',
    status: statusOf(r),
  };
}

const list = (options: string[], prompt: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${options.join(',')}"`],
  showInputMessage: true,
  promptTitle: '選択',
  prompt,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '選べない値です',
  error: `${options.join('・')} から選んでください`,
});

const textUpTo = (length: number): ExcelJS.DataValidation => ({
  type: 'textLength',
  operator: 'lessThanOrEqual',
  allowBlank: true,
  formulae: [length],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '長すぎます',
  error: `${length} 文字以内で入力してください`,
});

/**
 * One rule for a column over the data rows: a single entry however many rows (the streaming
 * writer's sheet takes ranges, which its typings leave out).
 */
function validate(sheet: Sheet, column: number, first: number, last: number, rule: ExcelJS.DataValidation): void {
  const letter = sheet.getColumn(column).letter;
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}${first}:${letter}${last}`, rule);
}

/**
 * The department's workbook, written to `out` as it is built (Excel's streaming writer: a row
 * leaves memory once committed): 実績 (the KPIs, earlier years, and this year's cells to fill),
 * 施策の評価 (the measure reports' fields), and a hidden sheet saying which cycle and rows these are.
 * A4 landscape, headings on every printed page, only the cells to fill unlocked.
 */
export async function writeDepartmentWorkbook(rows: WorkbookRows, out: Writable): Promise<void> {
  const { cycle, strategy } = rows;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Kaizen Review';
  const whose = rows.department?.name ?? '全課';
  const year = fiscalYearLabel(cycle.fiscalYear);

  const kpiCols = kpiColumns(strategy.periodStartFY, cycle.fiscalYear);
  const earlierYears = Array.from({ length: Math.max(0, cycle.fiscalYear - strategy.periodStartFY) }, (_, i) => strategy.periodStartFY + i);
  const kpis = startSheet(workbook, KPI_SHEET, kpiCols, `${strategy.title}　${year}実績値（${whose}）`, `黄色のセルに入力してください。値がまだ分からないときは「まだ分からない理由」を書いてください（${reiwaLabel(cycle.fiscalYear)}実績値と同時には書けません）。`);
  rows.kpis.forEach((row, k) => addRow(kpis, HEADER_ROW + 1 + k, kpiCols, kpiValues(row, earlierYears), row.editable));
  const kpiColumn = columnNumbers(kpiCols);
  const lastKpi = HEADER_ROW + Math.max(1, rows.kpis.length);
  validate(kpis, kpiColumn.value, HEADER_ROW + 1, lastKpi, {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [-1e15],
    showInputMessage: true,
    promptTitle: '実績値',
    prompt: '数値を入力（例: 1650、75.1%）。「75%以上」のような書き方もできます',
    showErrorMessage: true,
    // A warning, not a refusal: 「75%以上」 and full-width digits are read by the import, which checks every cell.
    errorStyle: 'warning',
    errorTitle: '数値ではありません',
    error: '数値として読めない値は取り込めません。「75%以上」のような書き方なら「はい」で続けてください',
  });
  validate(kpis, kpiColumn.reason, HEADER_ROW + 1, lastKpi, textUpTo(2000));
  validate(kpis, kpiColumn.note, HEADER_ROW + 1, lastKpi, textUpTo(4000));
  await kpis.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: false, formatRows: true, autoFilter: true });
  kpis.commit();

  const config = reportConfigOf(strategy);
  const reportCols = reportColumns(config);
  const labelOf = new Map(config.directions.map((d) => [d.code, d.label]));
  const reports = startSheet(workbook, REPORT_SHEET, reportCols, `${strategy.title}　${year}施策の評価（${whose}）`, '黄色のセルに入力してください。今後の方向性・自己評価は一覧から選びます。');
  rows.reports.forEach((row, k) => addRow(reports, HEADER_ROW + 1 + k, reportCols, reportValues(row, (code) => (code ? (labelOf.get(code) ?? code) : '')), row.editable, row.editable ? 4 : 1));
  const reportColumn = columnNumbers(reportCols);
  const lastReport = HEADER_ROW + Math.max(1, rows.reports.length);
  validate(reports, reportColumn.whatWasDone, HEADER_ROW + 1, lastReport, textUpTo(8000));
  validate(reports, reportColumn.issues, HEADER_ROW + 1, lastReport, textUpTo(8000));
  validate(reports, reportColumn.nextDirection, HEADER_ROW + 1, lastReport, list(config.directions.map((d) => d.label), '今後の方向性を選んでください'));
  const grades = assignableGrades(strategy.progressConfig ?? defaultProgressConfig, cycle.fiscalYear);
  validate(reports, reportColumn.selfGrade, HEADER_ROW + 1, lastReport, list(grades, '自己評価を選んでください'));
  for (const rating of ['effectiveness', 'efficiency'] as const) {
    if (reportColumn[rating]) validate(reports, reportColumn[rating], HEADER_ROW + 1, lastReport, list(config.ratingLevels, '評価を選んでください'));
  }
  await reports.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: false, formatRows: true });
  reports.commit();

  const meta: WorkbookMeta = { format: FORMAT, cycleId: cycle.id, departmentId: rows.department?.id ?? null, kpiColumns: kpiColumn, reportColumns: reportColumn };
  const hidden = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  hidden.getRow(1).getCell(1).value = JSON.stringify(meta);
  hidden.getRow(1).commit();
  await hidden.protect('', {});
  hidden.commit();
  await workbook.commit();
}
