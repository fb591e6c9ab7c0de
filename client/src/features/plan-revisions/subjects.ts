import { REVISABLE_FIELDS, type PlanSubject } from '@kaizen/shared';
import type { PlanRevisionQuery } from '../../gql/graphql';

export type RevisionChange = PlanRevisionQuery['planRevision']['changes'][number];

type T = (key: string, options?: Record<string, unknown>) => string;

/** A field as the 新旧対照表 heads it, in the page's language. */
export function fieldLabelOf(subject: PlanSubject, field: string, language: string): string {
  const label = REVISABLE_FIELDS[subject]?.[field]?.label;
  return label ? (language === 'en' ? label.en : label.ja) : field;
}

/** `1-1-1 市内企業と山形大学工学部教員の共同研究数`: as the plan lists its KPIs. */
export const indicatorName = (indicator: { key: string; name: string }) => `${indicator.key} ${indicator.name}`;

type AddedIndicator = { key: string; name: string; targetText: string; baselineText: string };

/** A KPI or KGI a change adds: no row of the plan yet, its definition is the change's value. */
export function addedOf(change: RevisionChange): AddedIndicator | null {
  if (change.action !== 'ADD' || change.subjectType !== 'INDICATOR' || !change.after) return null;
  return (JSON.parse(change.after) as { indicator: AddedIndicator }).indicator;
}

/** What a change is about, named as the plan names it (the server's 項目; the plan itself in the page's language). */
export function subjectOf(change: RevisionChange, t: T): string {
  return change.subjectType === 'STRATEGY' ? t('planRevisions.subjects.STRATEGY') : change.subject;
}
