import { parseBoundedInput, valueBoundSuffix, type ActualValue } from '@kaizen/shared';
import type { NotGraded, ValueBound } from '../../gql/graphql';
import { formatNumber } from '../../ui/format';

/** The entry form as typed: text stays text until the server reads it. */
export type Draft = {
  notKnown: boolean;
  valueText: string;
  notKnownReason: string;
  /** The year the value describes, when earlier than the cycle's ('' = the cycle's year). */
  periodFiscalYear: string;
  periodLabel: string;
  /** A not-graded label the department declares ('' = graded as usual). */
  notGraded: NotGraded | '';
  note: string;
  linksText: string;
};

type Saved = {
  value?: number | null;
  valueBound?: ValueBound | null;
  periodFiscalYear?: number | null;
  periodLabel?: string | null;
  notGraded?: NotGraded | null;
  notKnownReason?: string | null;
  note: string;
  evidenceLinks: string[];
} | null | undefined;

export function draftFrom(actual: Saved): Draft {
  return {
    notKnown: !!actual && actual.value == null && !!actual.notKnownReason,
    valueText: actual?.value != null ? formatNumber(actual.value) + (actual.valueBound ? valueBoundSuffix[actual.valueBound] : '') : '',
    notKnownReason: actual?.notKnownReason ?? '',
    periodFiscalYear: actual?.periodFiscalYear != null ? String(actual.periodFiscalYear) : '',
    periodLabel: actual?.periodLabel ?? '',
    notGraded: actual?.notGraded ?? '',
    note: actual?.note ?? '',
    linksText: (actual?.evidenceLinks ?? []).join('\n'),
  };
}

export const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

export function linksOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

const LINK = /^https?:\/\/[^\s]+$/i;

export type DraftProblems = {
  value?: 'EMPTY' | 'NOT_A_NUMBER';
  notKnownReason?: 'EMPTY';
  links?: string[];
};

/** What is wrong with the draft; `EMPTY` problems only matter once the user tries to save. */
export function problemsOf(draft: Draft): DraftProblems {
  const problems: DraftProblems = {};
  if ((draft.notKnown || draft.notGraded) && !draft.notKnownReason.trim()) problems.notKnownReason = 'EMPTY';
  if (!draft.notKnown) {
    const parsed = parseBoundedInput(draft.valueText);
    if (!parsed.ok && !(parsed.error === 'EMPTY' && draft.notGraded)) problems.value = parsed.error;
  }
  const badLinks = linksOf(draft.linksText).filter((l) => !LINK.test(l));
  if (badLinks.length) problems.links = badLinks;
  return problems;
}

/** The number the typed text stands for, or null (empty, not a number, not yet known). */
export function typedValue(draft: Draft): number | null {
  if (draft.notKnown) return null;
  const parsed = parseBoundedInput(draft.valueText);
  return parsed.ok ? parsed.value : null;
}

/** The entry as the progress rules read it, for the live preview. */
export function typedEntry(draft: Draft, fiscalYear: number): ActualValue | null {
  const value = typedValue(draft);
  if (value === null && !draft.notGraded) return null;
  return { fiscalYear, value, periodFiscalYear: draft.periodFiscalYear ? Number(draft.periodFiscalYear) : null, notGraded: draft.notGraded || null };
}

/** Unsaved input kept across a sign-in after the session expired. */
const stashKey = (cycleId: string, indicatorId: string) => `kaizen.unsaved.${cycleId}.${indicatorId}`;

export function stashDraft(cycleId: string, indicatorId: string, draft: Draft, baseVersion: number | null): void {
  sessionStorage.setItem(stashKey(cycleId, indicatorId), JSON.stringify({ draft, baseVersion }));
}

export function clearStashedDraft(cycleId: string, indicatorId: string): void {
  sessionStorage.removeItem(stashKey(cycleId, indicatorId));
}

export function peekStashedDraft(cycleId: string, indicatorId: string): { draft: Draft; baseVersion: number | null } | null {
  const raw = sessionStorage.getItem(stashKey(cycleId, indicatorId));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as { draft: Draft; baseVersion: number | null };
  } catch {
    return null;
  }
}
