import { CycleState, IndicatorKind, PlanChangeAction, PlanSubject, REVISABLE_FIELDS, RevisionState, type DepartmentRef, type ListingRef } from '@kaizen/shared';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { In, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { Department } from '../department/department.entity.js';
import { Goal } from '../goal/goal.entity.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { MeasureIndicator } from '../indicator/measure-indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import type { AddedMeasure, AddedPolicy, AddedProject } from '../plan-revision/plan-items.js';
import { byDefiningFirst } from '../plan-revision/indicator-relations.js';
import { ADDED, type AddedIndicator } from '../plan-revision/plan-revision.service.js';
import { PlanChange } from '../plan-revision/plan-change.entity.js';
import { PlanRevision } from '../plan-revision/plan-revision.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { Project } from '../project/project.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import type { Strategy } from '../strategy/strategy.entity.js';
import type { PlanFile, PlanKgi, PlanKpi } from './plan-file.schema.js';
import { indicatorRowOf } from './plan-import.service.js';

export type PlanProposal = {
  /** The draft revision holding the differences; null when the file says what the plan says. */
  revisionId: string | null;
  changes: number;
  /** Differences a revision cannot carry (a new basic goal; a department the municipality does not have): to be made by hand. */
  notProposed: string[];
};

type Change = Pick<PlanChange, 'subjectType' | 'subjectId' | 'action' | 'field' | 'before' | 'after'>;

/**
 * The fields of `row` that `wanted` sets otherwise, as changes; retiring is not a field a file sets,
 * and a file silent on an indicator's first year leaves it (a revision that added it set it).
 */
function fieldChanges(type: PlanSubject, row: { id: string } & Record<string, unknown>, wanted: Record<string, unknown>): Change[] {
  const said = (field: string) => field in wanted && !(field === 'startFY' && wanted[field] == null);
  return Object.keys(REVISABLE_FIELDS[type])
    .filter((field) => field !== 'retiredFromFY' && said(field) && !isDeepStrictEqual(row[field] ?? null, wanted[field] ?? null))
    .map((field) => ({ subjectType: type, subjectId: row.id, action: PlanChangeAction.UPDATE, field, before: row[field] ?? null, after: wanted[field] ?? null }));
}

const retire = (type: PlanSubject, row: { id: string; retiredFromFY: number | null }, fiscalYear: number): Change[] =>
  row.retiredFromFY === null ? [{ subjectType: type, subjectId: row.id, action: PlanChangeAction.UPDATE, field: 'retiredFromFY', before: null, after: fiscalYear }] : [];

type Wanted = { departments: Map<string, string[]>; listings: Map<string, { measureId: string; relisted: boolean }[]>; names: Map<string, string> };

/**
 * The 担当課 and 掲載 of existing indicators that the file gives otherwise, as changes valued as a
 * revision stores them (with names and codes). Two statements for the whole plan. A listing under a
 * measure the same import adds is left out: that measure is not a row yet.
 */
async function relationChanges(manager: EntityManager, indicators: Indicator[], measures: Measure[], wanted: Wanted): Promise<Change[]> {
  const ids = indicators.map((i) => i.id);
  const [departmentLinks, listingRows] = await Promise.all([
    manager.find(IndicatorDepartment, { where: { indicatorId: In(ids) }, relations: { department: true }, order: { position: 'ASC' } }),
    manager.findBy(MeasureIndicator, { indicatorId: In(ids) }),
  ]);
  const codes = new Map(measures.map((m) => [m.id, m.code]));
  const out: Change[] = [];
  const push = (indicator: Indicator, field: string, before: unknown, after: unknown) => {
    if (!isDeepStrictEqual(before, after)) out.push({ subjectType: PlanSubject.INDICATOR, subjectId: indicator.id, action: PlanChangeAction.UPDATE, field, before, after });
  };
  for (const indicator of indicators) {
    const departments = wanted.departments.get(indicator.id);
    if (departments) {
      const before = departmentLinks.filter((l) => l.indicatorId === indicator.id).map((l): DepartmentRef => ({ id: l.departmentId, name: l.department!.name }));
      push(indicator, 'departments', before, departments.map((id): DepartmentRef => ({ id, name: wanted.names.get(id)! })));
    }
    const listings = indicator.kind === IndicatorKind.KPI ? wanted.listings.get(indicator.key) : undefined;
    if (listings && listings.every((l) => codes.has(l.measureId))) {
      const before = listingRows.filter((l) => l.indicatorId === indicator.id).map((l): ListingRef => ({ measureId: l.measureId, code: codes.get(l.measureId)!, relisted: l.relisted }));
      const after = listings.map((l): ListingRef => ({ ...l, code: codes.get(l.measureId)! }));
      push(indicator, 'listings', before.sort(byDefiningFirst), after.sort(byDefiningFirst));
    }
  }
  return out;
}

/**
 * Re-importing the plan file of a strategy that exists proposes, never overwrites: the differences
 * become a draft revision (imported, so drafted by nobody) for the planning division to check,
 * give its reasons, and adopt or discard. It takes effect in the first year not yet closed.
 */
export async function proposeFromPlanFile(manager: EntityManager, strategy: Strategy, plan: PlanFile, source: string): Promise<PlanProposal> {
  const closed = await manager.find(ReviewCycle, { where: { strategyId: strategy.id, state: CycleState.CLOSED }, order: { fiscalYear: 'DESC' }, take: 1 });
  const effectiveFiscalYear = Math.min(Math.max((closed[0]?.fiscalYear ?? strategy.periodStartFY - 1) + 1, strategy.periodStartFY), strategy.periodEndFY);
  const changes: Change[] = [...fieldChanges(PlanSubject.STRATEGY, strategy as never, { title: plan.strategy.title, periodEndFY: plan.strategy.periodEndFY })];
  const notProposed: string[] = [];
  const wanted = { departments: new Map<string, string[]>(), listings: new Map<string, { measureId: string; relisted: boolean }[]>(), names: new Map<string, string>() };

  const goals = new Map((await manager.findBy(Goal, { strategyId: strategy.id })).map((g) => [g.number, g]));
  const measures = new Map((await manager.findBy(Measure, { strategyId: strategy.id })).map((m) => [m.code, m]));
  const policies = await manager.findBy(Policy, { measureId: In([...measures.values()].map((m) => m.id)) });
  const indicators = new Map((await manager.findBy(Indicator, { strategyId: strategy.id })).map((i) => [i.key, i]));
  const projects = new Map((await manager.findBy(Project, { strategyId: strategy.id })).map((p) => [p.name, p]));
  const departmentId = new Map((await manager.findBy(Department, { municipality: strategy.municipality })).map((d) => [d.name, d.id]));
  const seen = { measures: new Set<string>(), policies: new Set<string>(), indicators: new Set<string>(), projects: new Set<string>() };
  const added: { kpi: PlanKpi | PlanKgi; measureId: string | null; goalId: string | null; departments: string[] }[] = [];
  for (const [name, id] of departmentId) wanted.names.set(id, name);
  /** Each KPI's listings as the file has them: the measure defining it, and those listing it 【再掲】. */
  const list = (key: string, measureId: string, relisted: boolean) => wanted.listings.set(key, [...(wanted.listings.get(key) ?? []), { measureId, relisted }]);
  const add = (subjectType: PlanSubject, after: object, subjectId: string = randomUUID()) => {
    changes.push({ subjectType, subjectId, action: PlanChangeAction.ADD, field: ADDED, before: null, after });
    return subjectId;
  };
  const known = (names: string[], what: string) => {
    const unknown = names.filter((name) => !departmentId.has(name));
    if (unknown.length) notProposed.push(`${what}（担当課 ${unknown.join('・')} が未登録）`);
    return unknown.length === 0;
  };

  for (const goal of plan.goals) {
    const row = goals.get(goal.number);
    if (!row) {
      notProposed.push(`基本目標${goal.number}の新設`);
      continue;
    }
    changes.push(...fieldChanges(PlanSubject.GOAL, row as never, { title: goal.title }));
    for (const kgi of goal.kgis) {
      const existing = indicators.get(kgi.key);
      seen.indicators.add(kgi.key);
      if (!existing) added.push({ kpi: kgi, measureId: null, goalId: row.id, departments: kgi.departments });
      else {
        changes.push(...fieldChanges(PlanSubject.INDICATOR, existing as never, indicatorRowOf(kgi, IndicatorKind.KGI, row.id, plan.strategy.periodEndFY)));
        if (known(kgi.departments, `KGI ${kgi.key} の担当課`)) wanted.departments.set(existing.id, kgi.departments.map((name) => departmentId.get(name)!));
      }
    }
    for (const measure of goal.measures) {
      const m = measures.get(measure.code);
      // A new measure's policies, KPIs and projects go under the row its ADD change will make.
      const measureId = m?.id ?? add(PlanSubject.MEASURE, { measure: { code: measure.code, title: measure.title }, goalId: row.id } satisfies AddedMeasure);
      if (m) {
        seen.measures.add(m.id);
        changes.push(...fieldChanges(PlanSubject.MEASURE, m as never, { title: measure.title }));
      }
      for (const p of measure.policies) {
        const policy = policies.find((x) => x.measureId === measureId && x.ordinal === p.ordinal);
        if (policy) {
          seen.policies.add(policy.id);
          changes.push(...fieldChanges(PlanSubject.POLICY, policy as never, { title: p.title }));
        } else add(PlanSubject.POLICY, { policy: { title: p.title }, measureId } satisfies AddedPolicy);
      }
      for (const group of measure.kpiGroups) {
        for (const entry of group.kpis) {
          if ('relist' in entry) {
            list(entry.relist, measureId, true);
            continue;
          }
          seen.indicators.add(entry.key);
          list(entry.key, measureId, false);
          const existing = indicators.get(entry.key);
          const departments = entry.departments ?? group.departments;
          if (!existing) added.push({ kpi: entry, measureId, goalId: null, departments });
          else {
            changes.push(...fieldChanges(PlanSubject.INDICATOR, existing as never, indicatorRowOf(entry, IndicatorKind.KPI, null, plan.strategy.periodEndFY)));
            if (known(departments, `KPI ${entry.key} の担当課`)) wanted.departments.set(existing.id, departments.map((name) => departmentId.get(name)!));
          }
        }
      }
      for (const entry of measure.projects) {
        if ('relist' in entry) continue;
        if (projects.has(entry.name)) seen.projects.add(entry.name);
        else if (known(entry.departments, `主な事業「${entry.name}」の新設`)) {
          add(PlanSubject.PROJECT, { project: { name: entry.name, sinceFY: entry.sinceFY ?? null }, measureId, departmentIds: entry.departments.map((name) => departmentId.get(name)!) } satisfies AddedProject);
        }
      }
    }
  }
  for (const m of measures.values()) if (!seen.measures.has(m.id)) changes.push(...retire(PlanSubject.MEASURE, m, effectiveFiscalYear));
  for (const p of policies) if (seen.measures.has(p.measureId) && !seen.policies.has(p.id)) changes.push(...retire(PlanSubject.POLICY, p, effectiveFiscalYear));
  for (const i of indicators.values()) if (!seen.indicators.has(i.key)) changes.push(...retire(PlanSubject.INDICATOR, i, effectiveFiscalYear));
  for (const p of projects.values()) if (!seen.projects.has(p.name)) changes.push(...retire(PlanSubject.PROJECT, p, effectiveFiscalYear));
  changes.push(...(await relationChanges(manager, [...indicators.values()], [...measures.values()], wanted)));

  for (const { kpi, measureId, goalId, departments } of added) {
    if (!known(departments, `${goalId ? 'KGI' : 'KPI'} ${kpi.key} の新設`)) continue;
    const row = indicatorRowOf(kpi, goalId ? IndicatorKind.KGI : IndicatorKind.KPI, goalId, plan.strategy.periodEndFY);
    const after: AddedIndicator = {
      indicator: { key: kpi.key, name: row.name!, unit: row.unit!, targetKind: row.targetKind!, direction: row.direction!, targetValue: row.targetValue ?? null, targetText: row.targetText!, baselineValue: row.baselineValue ?? null, baselineText: row.baselineText! },
      measureId,
      goalId,
      departmentIds: departments.map((name) => departmentId.get(name)!),
    };
    add(PlanSubject.INDICATOR, after);
  }

  if (changes.length === 0) return { revisionId: null, changes: 0, notProposed };
  const [{ last }] = await manager.query(`SELECT max(number) AS last FROM plan_revision WHERE strategy_id = $1`, [strategy.id]);
  const revision = manager.create(PlanRevision, {
    strategyId: strategy.id,
    number: (last ?? 0) + 1,
    title: `計画ファイルの取込み（${source}）`,
    effectiveFiscalYear,
    reason: '計画ファイルとの差分です。変更ごとの理由を確かめて書き直してから決定してください。',
    state: RevisionState.DRAFT,
    createdById: null,
  });
  await manager.save(revision);
  await manager.save(PlanChange, changes.map((c, k) => ({ ...c, revisionId: revision.id, strategyId: strategy.id, position: k + 1, reason: null })));
  await recordAudit(manager, { userId: null, action: 'planRevision.import', entityType: 'PlanRevision', entityId: revision.id, before: null, after: { ...revision, changes: changes.length, notProposed } });
  return { revisionId: revision.id, changes: changes.length, notProposed };
}
