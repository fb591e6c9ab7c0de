import ExcelJS from 'exceljs';
import type { PlanComparisonRow } from './plan-revision.types.js';

const HEADERS = ['基本目標', '施策', '項目', '変更箇所', '改訂前', '改訂後', '理由'];
const WIDTHS = [9, 9, 40, 18, 28, 28, 40];

/**
 * The 新旧対照表 as an Excel workbook, laid out as it is printed and published: a title, then
 * 基本目標 / 施策 / 項目 / 変更箇所 / 改訂前 / 改訂後 / 理由, on A4 landscape with the header on every page.
 */
export async function comparisonWorkbook(title: string, subtitle: string, rows: PlanComparisonRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kaizen Review';
  const sheet = workbook.addWorksheet('新旧対照表', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([subtitle]);
  const header = sheet.addRow(HEADERS);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } }));
  for (const r of rows) sheet.addRow([r.goalNumber ?? '', r.measureCode ?? '', r.subject, r.fieldLabel, r.before, r.after, r.reason]);
  for (let n = 3; n <= sheet.rowCount; n++) {
    sheet.getRow(n).eachCell({ includeEmpty: true }, (cell) => {
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
