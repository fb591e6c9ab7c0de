import type { CellProblem } from '@kaizen/shared';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { BadInputError } from '../../graphql/errors.js';
import { HEADER_ROW, KPI_SHEET, META_SHEET, REPORT_SHEET, workbookMeta, type WorkbookMeta } from './workbook-layout.js';

/** Far above a city's plan (Yonezawa's has about 110 KPIs), far below what would hold the server. */
export const MAX_ROWS = 2000;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
/** What the file may expand to: an xlsx is a zip, and a small one can unpack to gigabytes. */
const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
const MAX_PARTS = 200;


/** One data row as typed: its id and version as exported, and each input field's text. */
export type TypedRow = { sheet: string; row: number; id: string; version: number | null; fields: Record<string, string>; cells: Record<string, string> };

export type ReadWorkbook = { meta: WorkbookMeta; kpis: TypedRow[]; reports: TypedRow[]; problems: CellProblem[] };

const notOurs = () =>
  new BadInputError('Kaizen Review からダウンロードした入力シートではないか、壊れています。ダウンロードし直してください / This is not a workbook downloaded from Kaizen Review, or it is damaged: download it again', 'file');

const tooLarge = () =>
  new BadInputError(`ファイルの中身が大きすぎます（展開後 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB まで） / The workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`, 'file');

/** Unpacks every part once, counting what comes out, and stops at the limit: the sizes a zip declares can lie. */
async function checkedZip(file: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(file);
  } catch {
    throw new BadInputError('Excel ファイル（.xlsx）として読めません / The file is not an Excel workbook (.xlsx)', 'file');
  }
  const parts = Object.values(zip.files).filter((p) => !p.dir);
  if (parts.length > MAX_PARTS) throw tooLarge();
  let unpacked = 0;
  for (const part of parts) {
    await new Promise<void>((resolve, reject) => {
      const stream = part.nodeStream('nodebuffer') as NodeJS.ReadableStream & { pause(): void };
      stream.on('data', (chunk: Buffer) => {
        unpacked += chunk.byteLength;
        if (unpacked > MAX_UNPACKED_BYTES) {
          stream.pause();
          reject(tooLarge());
        }
      });
      stream.on('error', () => reject(new BadInputError('Excel ファイル（.xlsx）として読めません / The file is not an Excel workbook (.xlsx)', 'file')));
      stream.on('end', () => resolve());
    });
  }
}

/** Excel's numbers as typed: `75.1%` is stored as 0.751 in a percent-formatted cell; float noise is dropped. */
function numberText(value: number, numFmt: string | undefined): string {
  const shown = numFmt?.includes('%') ? value * 100 : value;
  return String(Number(shown.toPrecision(15)));
}

/** A cell's content as the form would have received it, or a problem saying why it cannot be. */
export function cellText(cell: ExcelJS.Cell): { text: string } | { problem: string } {
  const value = cell.value;
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: numberText(value, cell.numFmt) };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { problem: `「${value ? 'TRUE' : 'FALSE'}」は値として読めません / A TRUE/FALSE cell is not a value` };
  if (value instanceof Date) return { problem: '日付として入力されています。数値か文字で入力してください / The cell holds a date: enter a number or text' };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('error' in value) return { problem: `エラー値（${value.error}）です / The cell holds an error (${value.error})` };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (typeof result === 'number') return { text: numberText(result, cell.numFmt) };
    if (typeof result === 'string') return { text: result };
    return { problem: '数式の結果が読めません。値を直接入力してください / The formula’s result cannot be read: type the value itself' };
  }
  if ('text' in value) return { text: String(value.text) };
  return { problem: 'このセルの内容は読めません / The cell’s content cannot be read' };
}

function readMeta(workbook: ExcelJS.Workbook): WorkbookMeta {
  const raw = workbook.getWorksheet(META_SHEET)?.getCell(1, 1).value;
  if (typeof raw !== 'string') throw notOurs();
  try {
    const parsed = workbookMeta.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: someone edited the hidden sheet.
  }
  throw notOurs();
}

function readRows(workbook: ExcelJS.Workbook, name: string, columns: Record<string, number>, inputs: string[], problems: CellProblem[]): TypedRow[] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new BadInputError(`シート「${name}」がありません。ダウンロードしたままの名前にしてください / The sheet "${name}" is missing: keep the sheet names as downloaded`, 'file');
  if (sheet.rowCount - HEADER_ROW > MAX_ROWS) {
    throw new BadInputError(`シート「${name}」の行が多すぎます（${MAX_ROWS} 行まで） / The sheet "${name}" has more than ${MAX_ROWS} rows`, 'file');
  }
  const rows: TypedRow[] = [];
  for (let n = HEADER_ROW + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const id = row.getCell(columns.id).value;
    if (id === null || id === undefined || id === '') continue;
    const version = row.getCell(columns.version).value;
    const typed: TypedRow = { sheet: name, row: n, id: String(id), version: typeof version === 'number' ? version : null, fields: {}, cells: {} };
    for (const field of inputs) {
      const cell = row.getCell(columns[field]);
      typed.cells[field] = cell.address;
      const read = cellText(cell);
      if ('problem' in read) problems.push({ sheet: name, cell: cell.address, message: read.problem });
      else typed.fields[field] = read.text.trim();
    }
    rows.push(typed);
  }
  return rows;
}

/**
 * A filled-in department workbook as typed, whichever program saved it last (Excel, LibreOffice,
 * another library): where the hidden sheet says each field is, every data row's id, version and
 * input cells. Checking the values is the import's: this reads only what is there.
 */
export async function readDepartmentWorkbook(file: Buffer): Promise<ReadWorkbook> {
  await checkedZip(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new BadInputError('Excel ファイル（.xlsx）として読めません / The file is not an Excel workbook (.xlsx)', 'file');
  }
  const meta = readMeta(workbook);
  const problems: CellProblem[] = [];
  const kpiInputs = ['value', 'reason', 'note'];
  const reportInputs = ['whatWasDone', 'issues', 'nextDirection', 'selfGrade', 'effectiveness', 'efficiency'].filter((f) => meta.reportColumns[f]);
  for (const [columns, inputs] of [[meta.kpiColumns, kpiInputs], [meta.reportColumns, reportInputs]] as const) {
    if (!['id', 'version', ...inputs].every((k) => columns[k])) throw notOurs();
  }
  const kpis = readRows(workbook, KPI_SHEET, meta.kpiColumns, kpiInputs, problems);
  const reports = readRows(workbook, REPORT_SHEET, meta.reportColumns, reportInputs, problems);
  return { meta, kpis, reports, problems };
}
