import { CycleState, IndicatorKind, PlanChangeAction, PlanSubject, REVISABLE_FIELDS, RevisionState } from '@kaizen/shared';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { In, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { Department } from '../department/department.entity.js';
import { Goal } from '../goal/goal.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { ADDED, type AddedIndicator } from '../plan-revision/plan-revision.service.js';
import { PlanChange } from '../plan-revision/plan-change.entity.js';
import { PlanRevision } from '../plan-revision/plan-revision.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { Project } from '../project/project.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import type { Strategy } from '../strategy/strategy.entity.js';
import type { PlanFile, PlanKpi } from './plan-file.schema.js';
import { indicatorRowOf } from './plan-import.service.js';

export type PlanProposal = {
  /** The draft revision holding the differences; null when the file says what the plan says. */
  revisionId: string | null;
  changes: number;
  /** Differences a revision cannot carry yet (a new goal, measure, policy or project, a KGI added, a listing moved): to be made by hand. */
  notProposed: string[];
};

type Change = Pick<PlanChange, 'subjectType' | 'subjectId' | 'action' | 'field' | 'before' | 'after'>;

/** The fields of `row` that `wanted` sets otherwise, as changes; retiring is not a field a file sets. */
function fieldChanges(type: PlanSubject, row: { id: string } & Record<string, unknown>, wanted: Record<string, unknown>): Change[] {
  return Object.keys(REVISABLE_FIELDS[type])
    .filter((field) => field !== 'retiredFromFY' && field in wanted && !isDeepStrictEqual(row[field] ?? null, wanted[field] ?? null))
    .map((field) => ({ subjectType: type, subjectId: row.id, action: PlanChangeAction.UPDATE, field, before: row[field] ?? null, after: wanted[field] ?? null }));
}

const retire = (type: PlanSubject, row: { id: string; retiredFromFY: number | null }, fiscalYear: number): Change[] =>
  row.retiredFromFY === null ? [{ subjectType: type, subjectId: row.id, action: PlanChangeAction.UPDATE, field: 'retiredFromFY', before: null, after: fiscalYear }] : [];

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

  const goals = new Map((await manager.findBy(Goal, { strategyId: strategy.id })).map((g) => [g.number, g]));
  const measures = new Map((await manager.findBy(Measure, { strategyId: strategy.id })).map((m) => [m.code, m]));
  const policies = await manager.findBy(Policy, { measureId: In([...measures.values()].map((m) => m.id)) });
  const indicators = new Map((await manager.findBy(Indicator, { strategyId: strategy.id })).map((i) => [i.key, i]));
  const projects = new Map((await manager.findBy(Project, { strategyId: strategy.id })).map((p) => [p.name, p]));
  const seen = { measures: new Set<string>(), policies: new Set<string>(), indicators: new Set<string>(), projects: new Set<string>() };
  const added: { kpi: PlanKpi; measureId: string; departments: string[] }[] = [];

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
      if (existing) changes.push(...fieldChanges(PlanSubject.INDICATOR, existing as never, indicatorRowOf(kgi, IndicatorKind.KGI, row.id, plan.strategy.periodEndFY)));
      else notProposed.push(`KGI ${kgi.key} の新設`);
    }
    for (const measure of goal.measures) {
      const m = measures.get(measure.code);
      if (!m) {
        notProposed.push(`施策 ${measure.code} の新設`);
        continue;
      }
      seen.measures.add(m.id);
      changes.push(...fieldChanges(PlanSubject.MEASURE, m as never, { title: measure.title }));
      for (const p of measure.policies) {
        const policy = policies.find((x) => x.measureId === m.id && x.ordinal === p.ordinal);
        if (policy) {
          seen.policies.add(policy.id);
          changes.push(...fieldChanges(PlanSubject.POLICY, policy as never, { title: p.title }));
        } else notProposed.push(`施策 ${measure.code} の具体的な施策 ${p.ordinal} の新設`);
      }
      for (const group of measure.kpiGroups) {
        for (const entry of group.kpis) {
          if ('relist' in entry) continue;
          seen.indicators.add(entry.key);
          const existing = indicators.get(entry.key);
          if (existing) changes.push(...fieldChanges(PlanSubject.INDICATOR, existing as never, indicatorRowOf(entry, IndicatorKind.KPI, null, plan.strategy.periodEndFY)));
          else added.push({ kpi: entry, measureId: m.id, departments: entry.departments ?? group.departments });
        }
      }
      for (const entry of measure.projects) {
        if ('relist' in entry) continue;
        if (projects.has(entry.name)) seen.projects.add(entry.name);
        else notProposed.push(`主な事業「${entry.name}」の新設`);
      }
    }
  }
  for (const m of measures.values()) if (!seen.measures.has(m.id)) changes.push(...retire(PlanSubject.MEASURE, m, effectiveFiscalYear));
  for (const p of policies) if (seen.measures.has(p.measureId) && !seen.policies.has(p.id)) changes.push(...retire(PlanSubject.POLICY, p, effectiveFiscalYear));
  for (const i of indicators.values()) if (!seen.indicators.has(i.key)) changes.push(...retire(PlanSubject.INDICATOR, i, effectiveFiscalYear));
  for (const p of projects.values()) if (!seen.projects.has(p.name)) changes.push(...retire(PlanSubject.PROJECT, p, effectiveFiscalYear));

  const departmentId = new Map((await manager.findBy(Department, { municipality: strategy.municipality })).map((d) => [d.name, d.id]));
  for (const { kpi, measureId, departments } of added) {
    const unknown = departments.filter((name) => !departmentId.has(name));
    if (unknown.length) {
      notProposed.push(`KPI ${kpi.key} の新設（担当課 ${unknown.join('・')} が未登録）`);
      continue;
    }
    const row = indicatorRowOf(kpi, IndicatorKind.KPI, null, plan.strategy.periodEndFY);
    const after: AddedIndicator = {
      indicator: { key: kpi.key, name: row.name!, unit: row.unit!, targetKind: row.targetKind!, direction: row.direction!, targetValue: row.targetValue ?? null, targetText: row.targetText!, baselineValue: row.baselineValue ?? null, baselineText: row.baselineText! },
      measureId,
      departmentIds: departments.map((name) => departmentId.get(name)!),
    };
    changes.push({ subjectType: PlanSubject.INDICATOR, subjectId: randomUUID(), action: PlanChangeAction.ADD, field: ADDED, before: null, after });
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
