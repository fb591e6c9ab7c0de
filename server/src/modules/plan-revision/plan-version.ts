import { fiscalYearLabel, isKept, PlanChangeAction, PlanSubject, REVISABLE_FIELDS, revisionValueText, RevisionState, type FoldableChange, type PlanView } from '@kaizen/shared';
import type { Loaders } from '../../graphql/context.js';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import type { Indicator } from '../indicator/indicator.entity.js';
import type { Strategy } from '../strategy/strategy.entity.js';
import { foldable, inForce, type PlanPreview } from './plan-in-force.js';
import type { PlanRevision } from './plan-revision.entity.js';
import { draftedMeasures, placeOf } from './plan-place.js';
import type { PlanComparisonRow, PlanInForce, PlanVersionInput } from './plan-revision.types.js';

/** `before`: the plan just before `revision` (its 改訂前). */
export type Version = { view: PlanView; preview?: PlanPreview; revision: PlanRevision | null; before?: boolean };

/** What a version asks for, checked against the plan it is read of. */
export async function versionOf(loaders: Loaders, strategyId: string, input: PlanVersionInput | null | undefined, field: string): Promise<Version> {
  const view: PlanView = { fiscalYear: input?.fiscalYear ?? null };
  const id = input?.revisionId ?? input?.beforeRevisionId;
  if (!id) return { view, revision: null };
  if (input?.revisionId && input.beforeRevisionId) throw new BadInputError('revisionId と beforeRevisionId のどちらか一方を指定してください / Give revisionId or beforeRevisionId, not both', field);
  const revision = await loaders.planRevisionById.load(id);
  if (!revision || revision.strategyId !== strategyId) throw new NotFoundError('PlanRevision', id);
  // Before a draft: the plan as adopted today; before an adopted one: as of the revision adopted just before it.
  if (input?.beforeRevisionId) return { view: { ...view, throughSeq: revision.adoptedSeq === null ? null : revision.adoptedSeq - 1 }, revision, before: true };
  if (revision.state === RevisionState.DISCARDED) throw new BadInputError('取り下げた改訂の版はありません / A discarded revision has no version of the plan', field);
  if (revision.state === RevisionState.ADOPTED) return { view: { ...view, throughSeq: revision.adoptedSeq }, revision };
  return { view, revision, preview: { revision, changes: await loaders.planChangesByRevisionId.load(revision.id) } };
}

/** The plan of one version: its title and period, and its indicators (a draft's new ones are not rows yet). */
export async function planInForce(loaders: Loaders, strategy: Strategy, version: Version): Promise<PlanInForce> {
  const rows = await loaders.indicatorsByStrategyId.load(strategy.id);
  const indicators = await Promise.all(rows.map((i) => inForce(loaders, strategy.id, PlanSubject.INDICATOR, i, version.view, version.preview)));
  return {
    fiscalYear: version.view.fiscalYear ?? null,
    revision: version.revision,
    strategy: (await inForce(loaders, strategy.id, PlanSubject.STRATEGY, strategy, version.view, version.preview)) ?? strategy,
    indicators: indicators.filter((i): i is Indicator => i !== null),
  };
}

/** `draftOf`: the draft previewed it belongs to (null: adopted). */
type Traced = FoldableChange & { reason: string; draftOf: string | null };

/** Each field's changes under both versions, with each change's reason (its own or its revision's). */
async function tracedChanges(loaders: Loaders, strategyId: string, versions: Version[]): Promise<Map<string, Traced[]>> {
  const adopted = (await loaders.adoptedPlanChangesByStrategyId.load(strategyId)).map((c) => ({ ...foldable(c, c.revision!), reason: c.reason ?? c.revision!.reason, draftOf: null }));
  const previews = [...new Map(versions.flatMap((v) => (v.preview ? [[v.preview.revision.id, v.preview] as const] : []))).values()];
  const drafted = previews.flatMap((p) => p.changes.map((c) => ({ ...foldable(c, p.revision), reason: c.reason ?? p.revision.reason, draftOf: p.revision.id })));
  const groups = new Map<string, Traced[]>();
  for (const c of [...adopted, ...drafted]) {
    const key = `${c.subjectType}:${c.subjectId}:${c.field}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return groups;
}

/** A field's value in a version, from its changes alone (the value before the first when none is kept). */
function valueIn(changes: Traced[], { view, preview }: Version): { value: unknown; last: Traced | null } {
  const kept = changes.filter((c) => (c.draftOf === null ? isKept(c, view) : c.draftOf === preview?.revision.id && isKept(c, { ...view, asOf: null })));
  return kept.length ? { value: kept[kept.length - 1].after, last: kept[kept.length - 1] } : { value: changes[0].before, last: null };
}

/**
 * 新旧対照表: every field that differs between two versions, grouped by goal and measure, as
 * Japanese municipalities publish it (項目 / 改訂前 / 改訂後 / 理由).
 */
export async function comparePlans(loaders: Loaders, strategyId: string, from: Version, to: Version): Promise<PlanComparisonRow[]> {
  const groups = await tracedChanges(loaders, strategyId, [from, to]);
  const differing = [...groups.values()].flatMap((changes) => {
    const before = valueIn(changes, from);
    const after = valueIn(changes, to);
    const added = changes[0].action === PlanChangeAction.ADD;
    if (!added && JSON.stringify(before.value) === JSON.stringify(after.value)) return [];
    if (added && (before.last !== null) === (after.last !== null)) return [];
    return [{ changes, before, after, added }];
  });
  const drafted = draftedMeasures([...groups.values()].map((changes) => changes[0]));
  // Every row's place at once: its loads batch level by level, not one row after another (a statement or four per row).
  const rows = await Promise.all(
    differing.map(async ({ changes, before, after, added }): Promise<PlanComparisonRow> => {
      const { subjectType, subjectId, field } = changes[0];
      return {
        ...(await placeOf(loaders, subjectType, subjectId, added ? changes[0].after : undefined, drafted)),
        subjectType,
        subjectId,
        fieldLabel: added ? '新設' : (REVISABLE_FIELDS[subjectType][field!]?.label.ja ?? field!),
        before: added ? (before.last ? '（あり）' : '–') : revisionValueText(field!, before.value),
        after: added ? (after.last ? '（新設）' : '–') : revisionValueText(field!, after.value),
        reason: (after.last ?? before.last ?? changes[changes.length - 1]).reason,
      };
    }),
  );
  return rows.sort((a, b) => (a.goalNumber ?? 0) - (b.goalNumber ?? 0) || (a.measureCode ?? '').localeCompare(b.measureCode ?? '', 'ja', { numeric: true }) || a.subject.localeCompare(b.subject, 'ja', { numeric: true }));
}

/** An indicator's adopted changes, oldest first: its targets over time, with the revisions that changed them. */
export async function indicatorHistory(loaders: Loaders, indicator: Indicator) {
  const all = await loaders.adoptedPlanChangesByStrategyId.load(indicator.strategyId);
  return all.filter((c) => c.subjectType === PlanSubject.INDICATOR && c.subjectId === indicator.id);
}

/** How a version is named, e.g. in the workbook's subtitle: 令和6年度の計画, 第2次改訂「…」の前. */
export function versionLabel(v: Version): string {
  const year = v.view.fiscalYear ? `${fiscalYearLabel(v.view.fiscalYear)}の計画` : '';
  if (!v.revision) return year || '現行の計画';
  const revision = `第${v.revision.number}次改訂「${v.revision.title}」`;
  return `${year ? `${year}・` : ''}${revision}${v.before ? 'の前' : v.preview ? '（案）' : ''}`;
}
