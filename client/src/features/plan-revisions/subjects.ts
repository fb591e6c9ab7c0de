import { REVISABLE_FIELDS, type PlanSubject } from '@kaizen/shared';
import type { PlanRevisionQuery } from '../../gql/graphql';
import type { PlanIndicator } from './changeValue';

export type RevisionChange = PlanRevisionQuery['planRevision']['changes'][number];

type T = (key: string, options?: Record<string, unknown>) => string;

/** A field as the 新旧対照表 heads it, in the page's language. */
export function fieldLabelOf(subject: PlanSubject, field: string, language: string): string {
  const label = REVISABLE_FIELDS[subject]?.[field]?.label;
  return label ? (language === 'en' ? label.en : label.ja) : field;
}

/** `1-1-1 市内企業と山形大学工学部教員の共同研究数`: as the plan lists its KPIs. */
export const indicatorName = (indicator: { key: string; name: string }) => `${indicator.key} ${indicator.name}`;

type Added = { key: string; name: string; targetText: string; baselineText: string };

/** A KPI a change adds: no row of the plan yet, its definition is the change's value. */
export function addedOf(change: RevisionChange): Added | null {
  return change.action === 'ADD' && change.after ? (JSON.parse(change.after) as { indicator: Added }).indicator : null;
}

/** What a change is about, named as the plan names it. */
export function subjectOf(change: RevisionChange, indicators: ReadonlyMap<string, PlanIndicator>, t: T): string {
  if (change.subjectType === 'STRATEGY') return t('planRevisions.subjects.STRATEGY');
  if (change.subjectType === 'INDICATOR') {
    const added = addedOf(change);
    if (added) return indicatorName(added);
    const indicator = indicators.get(change.subjectId);
    if (indicator) return indicatorName(indicator);
  }
  return t(`planRevisions.subjects.${change.subjectType}`);
}
