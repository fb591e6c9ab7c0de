import { CycleState, SubmissionStatus, valueBoundSuffix, type CellProblem, type ImportPreview } from '@kaizen/shared';
import { GraphQLError } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { BadInputError, ConflictError, ErrorCode } from '../../graphql/errors.js';
import { anyOf } from '../../graphql/loader-helpers.js';
import { actualFields } from '../actual/actual-fields.js';
import { Actual } from '../actual/actual.entity.js';
import { recordAudits, type AuditedWrite } from '../audit/audit.service.js';
import { MeasureReport } from '../measure-report/measure-report.entity.js';
import { reportFields } from '../measure-report/measure-report.service.js';
import { reportConfigOf } from '../report-settings/report-settings.service.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { lockCycleIn } from '../review-cycle/review-cycle.service.js';
import { readDepartmentWorkbook, type TypedRow } from './workbook-reader.js';
import { scopeFor, workbookRows, type KpiRow, type ReportRow } from './workbook-rows.js';

type ActualFields = ReturnType<typeof actualFields>;
type ReportFields = ReturnType<typeof reportFields>;
type Write<T> = { key: string; current: T | null; fields: Partial<T> };

const FIELD_LABELS: Record<string, string> = {
  value: '実績値',
  notKnownReason: 'まだ分からない理由',
  note: '備考',
  whatWasDone: '取組内容',
  issues: '課題',
  nextDirection: '今後の方向性',
  selfGrade: '自己評価',
  effectiveness: '有効性',
  efficiency: '効率性',
};
/** Which cell of the row a field's problem is shown at. */
const ACTUAL_CELLS: Record<string, string> = { value: 'value', notKnownReason: 'reason', notGraded: 'value', note: 'note' };

const shownValue = (value: number | null, bound: Actual['valueBound']) => (value === null ? '' : `${value}${bound ? valueBoundSuffix[bound] : ''}`);
const rowText = (fields: Record<string, string>) => Object.values(fields).filter(Boolean).join(' / ');
const at = (row: TypedRow, field: string) => row.cells[field] ?? `A${row.row}`;

/** A cell's problem in the language of the rest: `実績!K12` first, then the message. */
function problemAt(problems: CellProblem[], row: TypedRow, field: string, message: string): void {
  problems.push({ sheet: row.sheet, cell: at(row, field), message });
}

/** Reads the row's fields by `read`, or notes the problem at the field's cell. */
function checked<T>(problems: CellProblem[], row: TypedRow, cellOf: (field: string) => string, read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    problemAt(problems, row, cellOf(String(error.extensions.field)), error.message);
    return null;
  }
}

type Plan = { preview: ImportPreview; actuals: Write<Actual>[]; reports: Write<MeasureReport>[] };

/**
 * What importing a filled-in workbook into `cycle` would do: every cell checked by the form's
 * rules, every row compared with what is saved now. A row equal to what is saved changes nothing
 * (the same file twice); a row someone saved since the download is a conflict; a row left empty is
 * not an entry.
 */
async function plan(context: Context, cycle: ReviewCycle, file: Buffer): Promise<Plan> {
  const read = await readDepartmentWorkbook(file);
  if (read.meta.cycleId !== cycle.id) {
    throw new BadInputError('別の年度（レビュー）の入力シートです。このレビューのシートをダウンロードし直してください / The workbook is of another review cycle', 'file');
  }
  const rows = await workbookRows(context, cycle, scopeFor(context, read.meta.departmentId));
  const problems = [...read.problems];
  const preview: ImportPreview = { cycleId: cycle.id, department: rows.department?.name ?? null, problems, changes: [], conflicts: [], changedRows: 0, unchangedRows: 0 };
  const actuals = compareRows<KpiRow, Actual, ActualFields>(preview, read.kpis, new Map(rows.kpis.map((k) => [k.indicator.id, k])), {
    subject: (k) => k.indicator.name,
    current: (k) => k.actual,
    fields: (typed, k, problems) => checked(problems, typed, (f) => ACTUAL_CELLS[f] ?? 'value', () => actualFields({ value: typed.fields.value, notKnownReason: typed.fields.reason, note: typed.fields.note, notGraded: k.actual?.notGraded ?? null })),
    shown: (f) => ({ value: f ? shownValue(f.value, f.valueBound) : '', notKnownReason: f?.notKnownReason ?? '', note: f?.note ?? '' }),
  });
  const config = reportConfigOf(rows.strategy);
  const codeOf = (label: string) => config.directions.find((d) => d.label === label || d.code === label)?.code ?? label;
  const labelOf = (code: string | null) => (code ? (config.directions.find((d) => d.code === code)?.label ?? code) : '');
  const reports = compareRows<ReportRow, MeasureReport, ReportFields>(preview, read.reports, new Map(rows.reports.map((r) => [r.measure.id, r])), {
    subject: (r) => `${r.measure.code} ${r.measure.title}`,
    current: (r) => r.report,
    fields: (typed, _r, problems) => checked(problems, typed, (f) => f, () => reportFields(rows.strategy, cycle.fiscalYear, { whatWasDone: typed.fields.whatWasDone, issues: typed.fields.issues, nextDirection: codeOf(typed.fields.nextDirection), selfGrade: typed.fields.selfGrade, effectiveness: typed.fields.effectiveness, efficiency: typed.fields.efficiency })),
    shown: (f) => ({
      whatWasDone: f?.whatWasDone ?? '',
      issues: f?.issues ?? '',
      nextDirection: labelOf(f?.nextDirection ?? null),
      selfGrade: f?.selfGrade ?? '',
      ...(config.effectiveness ? { effectiveness: f?.effectiveness ?? '' } : {}),
      ...(config.efficiency ? { efficiency: f?.efficiency ?? '' } : {}),
    }),
  });
  return { preview, actuals, reports };
}

type Rules<R, T, F> = {
  subject: (row: R) => string;
  current: (row: R) => T | null;
  /** The row's fields by the form's rules, or null with its problems noted in `problems`. */
  fields: (typed: TypedRow, row: R, problems: CellProblem[]) => F | null;
  shown: (fields: F | T | null) => Record<string, string>;
};

function compareRows<R extends { editable: boolean }, T extends { version: number }, F>(preview: ImportPreview, typedRows: TypedRow[], byId: Map<string, R>, rules: Rules<R, T, F>): Write<T>[] {
  const writes: Write<T>[] = [];
  const seen = new Set<string>();
  for (const typed of typedRows) {
    const row = byId.get(typed.id);
    if (!row || seen.has(typed.id)) {
      problemAt(preview.problems, typed, Object.keys(typed.cells)[0], 'この行はこのシートの対象ではありません。ID 列を変えたり行を複製したりしないでください / This row is not one of the workbook’s: do not change the hidden ID column or copy rows');
      continue;
    }
    seen.add(typed.id);
    if (!Object.values(typed.fields).some(Boolean)) {
      preview.unchangedRows++;
      continue;
    }
    const subject = rules.subject(row);
    const locked = () => problemAt(preview.problems, typed, Object.keys(typed.cells)[0], `「${subject}」は提出済みか、あなたの課の入力ではないため変えられません / “${subject}” is handed in or not yours to enter`);
    // A row the viewer may not write is only checked for being left as it was.
    const fields = rules.fields(typed, row, row.editable ? preview.problems : []);
    if (!fields) {
      if (!row.editable) locked();
      continue;
    }
    const current = rules.current(row);
    const [before, after] = [rules.shown(current), rules.shown(fields)];
    const changed = Object.keys(after).filter((f) => before[f] !== after[f]);
    if (changed.length === 0) {
      preview.unchangedRows++;
      continue;
    }
    if ((current?.version ?? null) !== typed.version) {
      preview.conflicts.push({ sheet: typed.sheet, row: typed.row, subject, saved: rowText(before), yours: rowText(after) });
      continue;
    }
    if (!row.editable) {
      locked();
      continue;
    }
    preview.changedRows++;
    for (const f of changed) preview.changes.push({ sheet: typed.sheet, row: typed.row, subject, field: FIELD_LABELS[f] ?? f, before: before[f], after: after[f] });
    writes.push({ key: typed.id, current, fields: fields as Partial<T> });
  }
  return writes;
}

/** The preview of an import: nothing is written. */
export async function previewImport(context: Context, cycle: ReviewCycle, file: Buffer): Promise<ImportPreview> {
  return (await plan(context, cycle, file)).preview;
}

/**
 * Writes the import as drafts, all in one transaction or nothing: refused while any cell has a
 * problem, and while a row conflicts unless `skipConflicts` (those rows stay as saved). Every row
 * is locked and its version checked again at write time, so a save made since the preview is a
 * CONFLICT, never overwritten.
 */
export async function applyImport(context: Context, cycle: ReviewCycle, file: Buffer, skipConflicts: boolean): Promise<ImportPreview> {
  const { preview, actuals, reports } = await plan(context, cycle, file);
  if (preview.problems.length) {
    throw new GraphQLError(`取り込めない値が ${preview.problems.length} 件あります。直してからもう一度取り込んでください / ${preview.problems.length} cells cannot be read: fix them and import again`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'file', problems: preview.problems },
    });
  }
  if (preview.conflicts.length && !skipConflicts) throw new ConflictError('Actual', { conflicts: preview.conflicts });
  const viewer = context.viewer!;
  await context.dataSource.transaction(async (manager) => {
    await lockCycleIn(manager, cycle.id, [CycleState.COLLECTING], { ja: '入力シートの取り込み', en: 'Importing a workbook' });
    const audits: AuditedWrite[] = [];
    const write = async <T extends Actual | MeasureReport>(entity: typeof Actual | typeof MeasureReport, keyColumn: 'indicatorId' | 'measureId', writes: Write<T>[], fixed: Partial<T>) => {
      if (!writes.length) return;
      const locked = await manager.getRepository(entity).find({ where: { cycleId: cycle.id, [keyColumn]: anyOf(writes.map((w) => w.key)) }, lock: { mode: 'pessimistic_write' } });
      const lockedOf = new Map(locked.map((row) => [(row as unknown as Record<string, string>)[keyColumn], row as T]));
      const rows = writes.map((w) => {
        const existing = lockedOf.get(w.key) ?? null;
        if ((existing?.version ?? null) !== (w.current?.version ?? null)) throw new ConflictError(entity.name, { [keyColumn]: w.key });
        const before = existing ? { ...existing } : null;
        const row = existing ?? (manager.create(entity, { cycleId: cycle.id, [keyColumn]: w.key, status: SubmissionStatus.DRAFT, ...fixed }) as T);
        Object.assign(row, w.fields, { updatedBy: viewer.id });
        return { row, before };
      });
      await manager.save(rows.map((r) => r.row));
      const action = entity === Actual ? 'actual.save' : 'measureReport.save';
      for (const { row, before } of rows) audits.push({ userId: viewer.id, cycleId: cycle.id, action, entityType: entity.name, entityId: row.id, before, after: row });
    };
    await write(Actual, 'indicatorId', actuals, { fiscalYear: cycle.fiscalYear });
    await write(MeasureReport, 'measureId', reports, {});
    await recordAudits(manager, audits);
  });
  return preview;
}
