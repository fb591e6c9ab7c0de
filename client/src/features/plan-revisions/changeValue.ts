import { Direction, JudgingBasis, parseNumberInput, parseRevisableValue, REVISABLE_FIELDS, TargetKind, type PlanSubject } from '@kaizen/shared';
import type { RevisionPlanQuery } from '../../gql/graphql';

export type PlanInForce = RevisionPlanQuery['strategy']['planInForce'];
export type PlanIndicator = PlanInForce['indicators'][number];

/** How a revisable field is typed in: the shared checks (REVISABLE_FIELDS) say what it may hold. */
export type ValueKind = 'text' | 'note' | 'number' | 'year' | 'choice' | 'yearlyTargets' | 'departments' | 'listings';

const KINDS: Record<string, ValueKind> = {
  title: 'text',
  name: 'text',
  unit: 'text',
  targetText: 'text',
  baselineText: 'text',
  targetNote: 'note',
  baselineNote: 'note',
  targetValue: 'number',
  baselineValue: 'number',
  periodEndFY: 'year',
  targetFiscalYear: 'year',
  startFY: 'year',
  retiredFromFY: 'year',
  targetKind: 'choice',
  direction: 'choice',
  basis: 'choice',
  yearlyTargets: 'yearlyTargets',
  departments: 'departments',
  listings: 'listings',
};

export const kindOf = (field: string): ValueKind => KINDS[field] ?? 'text';

/** The choices of a choice field, with the key of each one's words. */
export const CHOICES: Record<string, { values: string[]; labelKey: (value: string) => string }> = {
  targetKind: { values: Object.values(TargetKind), labelKey: (v) => `indicator.targetKinds.${v}` },
  direction: { values: Object.values(Direction), labelKey: (v) => `indicator.directions.${v}` },
  basis: { values: Object.values(JudgingBasis), labelKey: (v) => `evaluation.bases.${v}` },
};

/** Whether the field may be left empty (null), as the shared check of it says. */
export function isOptional(subject: PlanSubject, field: string): boolean {
  const parsed = REVISABLE_FIELDS[subject][field]?.parse(null);
  return !!parsed && 'value' in parsed;
}

export type YearlyRow = { fiscalYear: string; value: string; text: string; intermediate: boolean };
/**
 * A value as typed: one text (a number, a year and a choice too, as their inputs give them; the
 * measure defining a KPI), the rows of yearly targets, or the ids ticked (departments; 再掲 measures).
 */
export type RawValue = { text: string; rows: YearlyRow[]; picked: string[] };

/**
 * A field's value in the plan this draft makes (a goal's, measure's, policy's or project's: as
 * adopted today, `item`): what the form starts from.
 */
export function currentValue(subject: PlanSubject, field: string, plan: PlanInForce, indicator: PlanIndicator | undefined, item?: { fields: Record<string, unknown> }): unknown {
  if (subject === 'STRATEGY') return (plan.strategy as Record<string, unknown>)[field] ?? null;
  if (subject !== 'INDICATOR') return item?.fields[field] ?? null;
  if (!indicator) return null;
  const of: Record<string, unknown> = {
    name: indicator.name,
    unit: indicator.unit,
    targetValue: indicator.target.value,
    targetText: indicator.target.text,
    targetFiscalYear: indicator.target.fiscalYear,
    targetKind: indicator.targetKind,
    targetNote: indicator.target.note,
    direction: indicator.direction,
    yearlyTargets: indicator.yearlyTargets.map(({ fiscalYear, value, text, intermediate }) => ({ fiscalYear, value, text, intermediate })),
    baselineValue: indicator.baseline.value,
    baselineText: indicator.baseline.text,
    baselineNote: indicator.baseline.note,
    basis: indicator.basis,
    startFY: indicator.startFY,
    retiredFromFY: indicator.retiredFromFY,
    // As a change stores them (DepartmentRef, ListingRef): what the 新旧対照表 prints is what the hint says.
    departments: indicator.departments.map(({ id, name }) => ({ id, name })),
    listings: indicator.measures.map((m, k) => ({ measureId: m.id, code: m.code, relisted: k > 0 })),
  };
  return of[field] ?? null;
}

export function rawOf(field: string, value: unknown): RawValue {
  const kind = kindOf(field);
  if (kind === 'yearlyTargets') {
    const rows = (Array.isArray(value) ? value : []) as { fiscalYear: number; value: number | null; text: string; intermediate: boolean }[];
    return { text: '', rows: rows.map((r) => ({ fiscalYear: String(r.fiscalYear), value: r.value == null ? '' : String(r.value), text: r.text, intermediate: r.intermediate })), picked: [] };
  }
  if (kind === 'departments') return { text: '', rows: [], picked: ((value ?? []) as { id: string }[]).map((d) => d.id) };
  if (kind === 'listings') {
    const listings = (value ?? []) as { measureId: string; relisted: boolean }[];
    return { text: listings.find((l) => !l.relisted)?.measureId ?? '', rows: [], picked: listings.filter((l) => l.relisted).map((l) => l.measureId) };
  }
  return { text: value == null ? '' : String(value), rows: [], picked: [] };
}

type Problem = { key: string } | { message: string };

/** The value as the server takes it (before JSON), or what is wrong with it: a key of the page's words, or the shared check's own. */
export function valueOf(subject: PlanSubject, field: string, raw: RawValue, language: string): { value: unknown } | { problem: Problem } {
  const typed = typedValue(field, raw);
  if ('problem' in typed) return typed;
  const checked = parseRevisableValue(subject, field, typed.value);
  return 'error' in checked ? { problem: { message: language === 'en' ? checked.error.en : checked.error.ja } } : { value: checked.value };
}

function typedValue(field: string, raw: RawValue): { value: unknown } | { problem: Problem } {
  const text = raw.text.trim();
  switch (kindOf(field)) {
    case 'number': {
      if (!text) return { value: null };
      const parsed = parseNumberInput(text);
      return parsed.ok ? { value: parsed.value } : { problem: { key: 'planRevisions.change.notANumber' } };
    }
    case 'year':
      return { value: text ? Number(text) : null };
    case 'choice':
      return { value: text || null };
    case 'departments':
      return { value: raw.picked };
    case 'listings':
      if (!text) return { problem: { key: 'planRevisions.change.definingRequired' } };
      return { value: [{ measureId: text, relisted: false }, ...raw.picked.filter((id) => id !== text).map((measureId) => ({ measureId, relisted: true }))] };
    case 'yearlyTargets': {
      const rows = [];
      for (const row of raw.rows) {
        const value = row.value.trim() ? parseNumberInput(row.value) : null;
        if (value && !value.ok) return { problem: { key: 'planRevisions.change.notANumber' } };
        rows.push({ fiscalYear: Number(row.fiscalYear), value: value?.value ?? null, text: row.text.trim(), intermediate: row.intermediate });
      }
      return { value: rows };
    }
    default:
      return { value: text || null };
  }
}
