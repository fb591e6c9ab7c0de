import { fiscalYearLabel } from './fiscal-year.js';
import { Direction, TargetKind } from './plan.js';
import { JudgingBasis } from './progress.js';

/** 改訂: drafted by the planning division, then adopted (from then on immutable) or discarded. */
export const RevisionState = { DRAFT: 'DRAFT', ADOPTED: 'ADOPTED', DISCARDED: 'DISCARDED' } as const;
export type RevisionState = (typeof RevisionState)[keyof typeof RevisionState];

/** What a change of a revision is about. */
export const PlanSubject = { STRATEGY: 'STRATEGY', GOAL: 'GOAL', MEASURE: 'MEASURE', POLICY: 'POLICY', PROJECT: 'PROJECT', INDICATOR: 'INDICATOR' } as const;
export type PlanSubject = (typeof PlanSubject)[keyof typeof PlanSubject];

/** ADD brings a new indicator (its whole definition in `after`); UPDATE sets one field, retiring included (`retiredFromFY`). */
export const PlanChangeAction = { ADD: 'ADD', UPDATE: 'UPDATE' } as const;
export type PlanChangeAction = (typeof PlanChangeAction)[keyof typeof PlanChangeAction];

export type BilingualText = { ja: string; en: string };
type Parse = (raw: unknown) => { value: unknown } | { error: BilingualText };

const MIN_FY = 2000;
const MAX_FY = 2100;
const MAX_TEXT = 500;

const fail = (ja: string, en: string) => ({ error: { ja, en } });

const text =
  (optional: boolean): Parse =>
  (raw) => {
    if (raw == null || (typeof raw === 'string' && !raw.trim())) return optional ? { value: null } : fail('入力してください', 'Required');
    if (typeof raw !== 'string') return fail('文字で入力してください', 'Must be text');
    const value = raw.replace(/\r\n?/g, '\n').trim();
    return value.length > MAX_TEXT ? fail(`${MAX_TEXT}文字までです`, `At most ${MAX_TEXT} characters`) : { value };
  };

const number =
  (optional: boolean): Parse =>
  (raw) => {
    if (raw == null) return optional ? { value: null } : fail('数値を入力してください', 'A number is required');
    return typeof raw === 'number' && Number.isFinite(raw) && Math.abs(raw) < 1e15 ? { value: raw } : fail('数値で入力してください', 'Must be a number');
  };

const fiscalYear =
  (optional: boolean): Parse =>
  (raw) => {
    if (raw == null) return optional ? { value: null } : fail('年度を入力してください', 'A fiscal year is required');
    return Number.isInteger(raw) && (raw as number) >= MIN_FY && (raw as number) <= MAX_FY ? { value: raw } : fail(`${MIN_FY}〜${MAX_FY}年度の西暦で入力してください`, `A fiscal year from ${MIN_FY} to ${MAX_FY}`);
  };

const oneOf =
  (values: Record<string, string>, optional = false): Parse =>
  (raw) => {
    if (raw == null && optional) return { value: null };
    return typeof raw === 'string' && Object.values(values).includes(raw) ? { value: raw } : fail(`${Object.values(values).join('・')} のいずれかです`, `One of ${Object.values(values).join(', ')}`);
  };

const yearlyTargets: Parse = (raw) => {
  if (!Array.isArray(raw) || raw.length > 20) return fail('年度別目標値の一覧（20件まで）を指定してください', 'A list of at most 20 yearly targets');
  const out = [];
  for (const item of raw) {
    const t = item as { fiscalYear?: unknown; value?: unknown; text?: unknown; intermediate?: unknown };
    const fy = fiscalYear(false)(t?.fiscalYear);
    const value = number(true)(t?.value);
    const wording = text(false)(t?.text);
    if ('error' in fy || 'error' in value || 'error' in wording) return fail('年度別目標値は年度・値・表記で指定してください', 'Each yearly target needs a fiscal year, a value and its wording');
    out.push({ fiscalYear: fy.value, value: value.value, text: wording.value, intermediate: t.intermediate === true });
  }
  return { value: out.sort((a, b) => (a.fiscalYear as number) - (b.fiscalYear as number)) };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_LINKS = 10;

/** 担当課: the departments' ids in the plan's order (the server adds their names for the 新旧対照表). */
const departments: Parse = (raw) => {
  if (!Array.isArray(raw) || raw.length > MAX_LINKS) return fail(`担当課の一覧（${MAX_LINKS}件まで）を指定してください`, `A list of at most ${MAX_LINKS} departments`);
  const ids = raw.map((d) => (typeof d === 'object' && d !== null ? (d as { id?: unknown }).id : d));
  if (!ids.every((id): id is string => typeof id === 'string' && UUID.test(id))) return fail('担当課を一覧から選んでください', 'Pick the departments from the list');
  if (new Set(ids).size !== ids.length) return fail('同じ担当課が重なっています', 'A department is listed twice');
  return { value: ids };
};

/** 掲載: the measure defining a KPI and those listing it again (【再掲】), by id (the server adds their codes). */
const listings: Parse = (raw) => {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_LINKS) return fail(`掲載する施策（1〜${MAX_LINKS}件）を指定してください`, `Between 1 and ${MAX_LINKS} measures listing it`);
  const out = raw.map((l) => ({ measureId: (l as { measureId?: unknown })?.measureId, relisted: (l as { relisted?: unknown })?.relisted === true }));
  if (!out.every((l): l is { measureId: string; relisted: boolean } => typeof l.measureId === 'string' && UUID.test(l.measureId))) return fail('施策を一覧から選んでください', 'Pick the measures from the list');
  if (new Set(out.map((l) => l.measureId)).size !== out.length) return fail('同じ施策が重なっています', 'A measure is listed twice');
  if (out.filter((l) => !l.relisted).length !== 1) return fail('指標を定める施策（再掲でない掲載）を一つだけ指定してください', 'Exactly one measure must define it (the others are 再掲)');
  return { value: out };
};

export type RevisableField = { label: BilingualText; parse: Parse };

const RETIRED: RevisableField = { label: { ja: '廃止（年度から）', en: 'Retired from fiscal year' }, parse: fiscalYear(true) };

/**
 * Every field a revision may change, by subject, with its label in the 新旧対照表 and its check;
 * anything else is refused. The field names are the entities' own.
 */
export const REVISABLE_FIELDS: Record<PlanSubject, Record<string, RevisableField>> = {
  STRATEGY: {
    title: { label: { ja: '計画の名称', en: 'Title' }, parse: text(false) },
    periodEndFY: { label: { ja: '計画期間の最終年度', en: 'Last fiscal year of the period' }, parse: fiscalYear(false) },
  },
  GOAL: { title: { label: { ja: '基本目標', en: 'Basic goal' }, parse: text(false) } },
  MEASURE: { title: { label: { ja: '施策名', en: 'Measure' }, parse: text(false) }, retiredFromFY: RETIRED },
  POLICY: { title: { label: { ja: '具体的な施策', en: 'Policy' }, parse: text(false) }, retiredFromFY: RETIRED },
  PROJECT: { name: { label: { ja: '事業名', en: 'Project' }, parse: text(false) }, retiredFromFY: RETIRED },
  INDICATOR: {
    name: { label: { ja: '指標名', en: 'Name' }, parse: text(false) },
    unit: { label: { ja: '単位', en: 'Unit' }, parse: text(false) },
    targetValue: { label: { ja: '目標値', en: 'Target value' }, parse: number(true) },
    targetText: { label: { ja: '目標値（表記）', en: 'Target as written' }, parse: text(false) },
    targetFiscalYear: { label: { ja: '目標年度', en: 'Target year' }, parse: fiscalYear(false) },
    targetKind: { label: { ja: '目標の種類', en: 'Kind of target' }, parse: oneOf(TargetKind) },
    targetNote: { label: { ja: '目標値の注記', en: 'Note on the target' }, parse: text(true) },
    direction: { label: { ja: '向き', en: 'Direction' }, parse: oneOf(Direction) },
    yearlyTargets: { label: { ja: '年度別・中間目標値', en: 'Yearly and intermediate targets' }, parse: yearlyTargets },
    baselineValue: { label: { ja: '基準値', en: 'Baseline value' }, parse: number(true) },
    baselineText: { label: { ja: '基準値（表記）', en: 'Baseline as written' }, parse: text(false) },
    baselineNote: { label: { ja: '基準値の注記（補正の理由）', en: 'Note on the baseline (why corrected)' }, parse: text(true) },
    basis: { label: { ja: '判定の基準', en: 'Judging basis' }, parse: oneOf(JudgingBasis, true) },
    startFY: { label: { ja: '開始年度', en: 'First fiscal year' }, parse: fiscalYear(true) },
    departments: { label: { ja: '担当課', en: 'Departments' }, parse: departments },
    listings: { label: { ja: '掲載する施策（再掲）', en: 'Measures listing it (再掲)' }, parse: listings },
    retiredFromFY: RETIRED,
  },
};

export function isRevisableField(subject: PlanSubject, field: string): boolean {
  return Object.hasOwn(REVISABLE_FIELDS, subject) && Object.hasOwn(REVISABLE_FIELDS[subject], field);
}

/** The field's value checked and normalised, or why it is refused. */
export function parseRevisableValue(subject: PlanSubject, field: string, raw: unknown): { value: unknown } | { error: BilingualText } {
  if (!isRevisableField(subject, field)) return fail(`この項目は改訂で変更できません（${field}）`, `This field cannot be revised (${field})`);
  return REVISABLE_FIELDS[subject][field].parse(raw);
}

/** An adopted (or, in a preview, drafted) change, as the plan in force is folded from. */
export type FoldableChange = {
  subjectType: PlanSubject;
  subjectId: string;
  action: PlanChangeAction;
  field: string | null;
  before: unknown;
  after: unknown;
  /** The revision's place in the order of adoption; a draft previewed comes after every adopted one. */
  seq: number;
  position: number;
  effectiveFiscalYear: number;
  adoptedAt: Date | null;
};

/**
 * Which plan is read: the one in force in a fiscal year (changes taking effect later are undone),
 * as it stood at a moment (a closed review reads the plan it closed with), and/or as of a revision
 * (the changes of later revisions undone). Nothing given: the plan as adopted today.
 */
export type PlanView = { fiscalYear?: number | null; asOf?: Date | null; throughSeq?: number | null };

export function isKept(change: FoldableChange, view: PlanView): boolean {
  if (view.fiscalYear != null && change.effectiveFiscalYear > view.fiscalYear) return false;
  if (view.throughSeq != null && change.seq > view.throughSeq) return false;
  if (view.asOf && (!change.adoptedAt || change.adoptedAt > view.asOf)) return false;
  return true;
}

const bySeq = (a: FoldableChange, b: FoldableChange) => a.seq - b.seq || a.position - b.position;

/**
 * One row as the plan in `view` has it, from the row as adopted today and every change of it
 * (adopted ones, and in a preview the draft's). Each changed field takes the value after the last
 * change kept, or, with none kept, the value before the first: a later revision undone, an
 * earlier one still holds. Null when the row came in by a change not kept (added later).
 */
export function rowInForce<T extends object>(row: T, changes: readonly FoldableChange[], view: PlanView): T | null {
  if (changes.length === 0) return row;
  const ordered = [...changes].sort(bySeq);
  const added = ordered.find((c) => c.action === PlanChangeAction.ADD);
  if (added && !isKept(added, view)) return null;
  const fields = new Map<string, FoldableChange[]>();
  for (const c of ordered) if (c.action === PlanChangeAction.UPDATE && c.field) fields.set(c.field, [...(fields.get(c.field) ?? []), c]);
  const overrides: Record<string, unknown> = {};
  for (const [field, history] of fields) {
    const kept = history.filter((c) => isKept(c, view));
    overrides[field] = kept.length ? kept[kept.length - 1].after : history[0].before;
  }
  return Object.assign(Object.create(Object.getPrototypeOf(row)), row, overrides);
}

/** Retired (廃止) in `fiscalYear`: shown with its history, no longer graded or entered. */
export function isRetiredIn(row: { retiredFromFY?: number | null }, fiscalYear: number): boolean {
  return row.retiredFromFY != null && row.retiredFromFY <= fiscalYear;
}

const TARGET_KIND_TEXT: Record<string, string> = { LEVEL: '最終年度の水準', CUMULATIVE: '延べ（期間の合計）', AT_LEAST_BASELINE: '基準値以上', MAINTAIN: '水準の維持' };
const DIRECTION_TEXT: Record<string, string> = { HIGHER_IS_BETTER: '大きいほどよい', LOWER_IS_BETTER: '小さいほどよい' };
const BASIS_TEXT: Record<string, string> = { EXPECTED: '期待値（年度の目安）', FINAL_TARGET: '最終目標値', BASELINE: '基準値' };
const YEAR_FIELDS = new Set(['periodEndFY', 'targetFiscalYear', 'startFY', 'retiredFromFY']);

/** 担当課 as a change stores it: each with its name, so that the 新旧対照表 prints it as it was. */
export type DepartmentRef = { id: string; name: string };
/** 掲載 as a change stores it: each measure with its code, the defining one first. */
export type ListingRef = { measureId: string; code: string; relisted: boolean };

/** A value of a revisable field as the 新旧対照表 prints it (Japanese, the plan's own words where it has them). */
export function revisionValueText(field: string, value: unknown): string {
  if (field === 'departments' && Array.isArray(value)) return (value as DepartmentRef[]).map((d) => d.name).join('・') || '（担当課なし）';
  if (field === 'listings' && Array.isArray(value)) return (value as ListingRef[]).map((l) => `施策 ${l.code}${l.relisted ? '【再掲】' : ''}`).join('、');
  if (value == null || value === '') return field === 'retiredFromFY' ? '（存続）' : '–';
  if (YEAR_FIELDS.has(field) && typeof value === 'number') return fiscalYearLabel(value);
  if (field === 'targetKind') return TARGET_KIND_TEXT[value as string] ?? String(value);
  if (field === 'direction') return DIRECTION_TEXT[value as string] ?? String(value);
  if (field === 'basis') return BASIS_TEXT[value as string] ?? String(value);
  if (field === 'yearlyTargets' && Array.isArray(value)) return value.map((t: { fiscalYear: number; text: string }) => `${fiscalYearLabel(t.fiscalYear)} ${t.text}`).join('、') || '–';
  if (typeof value === 'number') return value.toLocaleString('ja-JP', { maximumFractionDigits: 6 });
  return typeof value === 'string' ? value : JSON.stringify(value);
}
