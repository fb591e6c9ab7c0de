import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell, Column } from './result-columns.js';

export type Sheet<R> = { name: string; title: string; columns: Column<R>[]; rows: R[] };

const THIN = { style: 'thin' } as const;

/**
 * The results as an Excel workbook written straight to `out` (the HTTP response): each row is
 * committed as it is written, so memory holds one row, not the workbook. Every sheet prints on A4
 * landscape, one page wide, with its header row on every page, and keeps that row in view (frozen).
 */
export async function writeWorkbook(out: Writable, sheets: Sheet<any>[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  workbook.creator = 'Kaizen Review';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
      views: [{ state: 'frozen', ySplit: 2 }],
    });
    ws.columns = sheet.columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    const title = ws.addRow([sheet.title]);
    title.font = { bold: true, size: 14 };
    title.commit();
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    header.commit();
    for (const r of sheet.rows) {
      const row = ws.addRow(sheet.columns.map((c) => c.value(r)));
      row.eachCell({ includeEmpty: true }, (cell, n) => {
        cell.alignment = { vertical: 'top', wrapText: true };
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        const format = sheet.columns[n - 1]?.numFmt;
        if (format) cell.numFmt = format;
      });
      row.commit();
    }
    ws.commit();
  }
  await workbook.commit();
}

/**
 * A cell as CSV (RFC 4180): quoted when it holds a comma, a quote or a line break. Text that a
 * spreadsheet would run as a formula (= + - @, a tab or a carriage return first) gets a leading
 * apostrophe, so an opened file shows it and never computes it; numbers are written as numbers.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A column's value as the CSV writes it: a fraction of a `%` column as `85.0%`, which Excel reads back as the number it shows. */
function csvField<R>(column: Column<R>, row: R): string {
  const value = column.value(row);
  // Written by us from a number: nothing to neutralise, even when negative.
  return column.numFmt?.endsWith('%') && typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : csvCell(value);
}

/** UTF-8 with a byte order mark (Excel reads it as UTF-8, not Shift_JIS), CRLF line ends, written row by row. */
export async function writeCsv<R>(out: Writable, columns: Column<R>[], rows: R[]): Promise<void> {
  const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', resolve)));
  await write(`\uFEFF${columns.map((c) => csvCell(c.header)).join(',')}\r\n`);
  for (const r of rows) await write(`${columns.map((c) => csvField(c, r)).join(',')}\r\n`);
  out.end();
}
