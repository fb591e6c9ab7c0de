import { IndicatorKind } from '@kaizen/shared';
import { anyOf } from '../../graphql/loader-helpers.js';
import { In, type DataSource, type EntityManager, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { Department } from '../department/department.entity.js';
import { Goal } from '../goal/goal.entity.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { MeasureIndicator } from '../indicator/measure-indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { MeasureProject } from '../project/measure-project.entity.js';
import { ProjectDepartment } from '../project/project-department.entity.js';
import { Project } from '../project/project.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { toProgressConfig } from './plan-file.evaluation.js';
import { toReportConfig } from './plan-file.report.js';
import { proposeFromPlanFile, type PlanProposal } from './plan-proposal.js';
import type { PlanFile, PlanKgi, PlanKpi, PlanProject } from './plan-file.schema.js';

export type ImportSummary = {
  strategyId: string;
  key: string;
  goals: number;
  kgis: number;
  measures: number;
  policies: number;
  kpis: number;
  kpiListings: number;
  projects: number;
  projectListings: number;
  departments: number;
  /** Set when the strategy existed: the file's differences, proposed as a draft revision. */
  proposal?: PlanProposal;
};

type IndicatorDraft = { source: PlanKgi | PlanKpi; kind: IndicatorKind; goalNumber: number | null; departments: string[] };

/** Inserts or updates rows matched on the unique columns `conflict`. */
async function upsertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
  conflict: (keyof T & string)[],
): Promise<void> {
  if (rows.length > 0) await manager.upsert(entity, rows as never, { conflictPaths: conflict, skipUpdateIfNoValuesChanged: true });
}

async function deleteByIds<T extends { id: string }>(manager: EntityManager, entity: EntityTarget<T>, rows: T[]): Promise<void> {
  if (rows.length > 0) await manager.delete(entity, rows.map((r) => r.id));
}

/** What the file holds, counted as the import reports it. */
function fileCounts(plan: PlanFile): Omit<ImportSummary, 'strategyId' | 'key' | 'proposal'> {
  const measures = plan.goals.flatMap((g) => g.measures);
  const kpiEntries = measures.flatMap((m) => m.kpiGroups.flatMap((g) => g.kpis.map((k) => ({ entry: k, group: g }))));
  const kpis = kpiEntries.filter(({ entry }) => !('relist' in entry));
  const projects = measures.flatMap((m) => m.projects).filter((p): p is PlanProject => !('relist' in p));
  const departments = new Set([
    ...plan.goals.flatMap((g) => g.kgis.flatMap((k) => k.departments)),
    ...kpis.flatMap(({ entry, group }) => (entry as PlanKpi).departments ?? group.departments),
    ...projects.flatMap((p) => p.departments),
  ]);
  return {
    goals: plan.goals.length,
    kgis: plan.goals.reduce((n, g) => n + g.kgis.length, 0),
    measures: measures.length,
    policies: measures.reduce((n, m) => n + m.policies.length, 0),
    kpis: kpis.length,
    kpiListings: kpiEntries.length,
    projects: projects.length,
    projectListings: measures.reduce((n, m) => n + m.projects.length, 0),
    departments: departments.size,
  };
}

/** An indicator of the plan file as its row in the plan (without its strategy). */
export function indicatorRowOf(i: PlanKgi | PlanKpi, kind: IndicatorKind, goalId: string | null, periodEndFY: number): Partial<Indicator> {
  return {
    goalId,
    key: i.key,
    kind,
    name: i.name,
    unit: i.unit,
    departmentsNote: i.departmentsNote ?? null,
    direction: i.direction,
    dataSource: i.dataSource ?? null,
    basis: i.basis ?? null,
    targetKind: i.target.kind,
    targetValue: i.target.value ?? null,
    targetFiscalYear: i.target.fiscalYear ?? periodEndFY,
    targetText: i.target.text,
    baselineValue: i.baseline.value ?? null,
    baselineLabel: i.baseline.label ?? null,
    baselineText: i.baseline.text,
    baselineNote: i.baseline.note ?? null,
    baselineUnit: i.baseline.unit ?? null,
    targetUnit: i.target.unit ?? null,
    targetNote: i.target.note ?? null,
    startFY: i.startFY ?? null,
    yearlyTargets: [...i.yearlyTargets]
      .sort((a, b) => a.fiscalYear - b.fiscalYear)
      .map((y) => ({ fiscalYear: y.fiscalYear, value: y.value ?? null, text: y.text ?? (y.value === undefined ? '' : String(y.value)), intermediate: y.intermediate })),
    rationale: i.rationale ?? null,
    calculationMethod: i.calculationMethod ?? null,
    dataAvailability: i.dataAvailability ?? null,
  };
}

/**
 * Loads a validated plan file into the database in one transaction, matching existing rows on
 * their natural keys (goal number, measure code, indicator key, project name). A strategy already
 * there is never overwritten: the file's differences become a draft revision (plan-proposal.ts).
 */
export async function importPlan(dataSource: DataSource, plan: PlanFile, source = 'plan file'): Promise<ImportSummary> {
  return dataSource.transaction(async (manager) => {
    const { strategy: s } = plan;
    const existing = await manager.findOneBy(Strategy, { key: s.key });
    if (existing) return { ...fileCounts(plan), strategyId: existing.id, key: s.key, proposal: await proposeFromPlanFile(manager, existing, plan, source) };
    // A file without an evaluation block leaves the grading to the defaults (and to the planning division's settings).
    const report = plan.evaluation?.report;
    await upsertAll(manager, Strategy, [{ ...s, ...(plan.evaluation && { progressConfig: toProgressConfig(plan.evaluation) }), ...(report && { reportConfig: toReportConfig(report) }) }], ['key']);
    const strategy = await manager.findOneByOrFail(Strategy, { key: s.key });
    const strategyId = strategy.id;

    const indicators: IndicatorDraft[] = [];
    const projects: PlanProject[] = [];
    for (const goal of plan.goals) {
      for (const kgi of goal.kgis) indicators.push({ source: kgi, kind: IndicatorKind.KGI, goalNumber: goal.number, departments: kgi.departments });
      for (const measure of goal.measures) {
        for (const group of measure.kpiGroups) {
          for (const entry of group.kpis) {
            if (!('relist' in entry)) {
              indicators.push({ source: entry, kind: IndicatorKind.KPI, goalNumber: null, departments: entry.departments ?? group.departments });
            }
          }
        }
        for (const entry of measure.projects) if (!('relist' in entry)) projects.push(entry);
      }
    }

    const departmentNames = [...new Set([...indicators.flatMap((i) => i.departments), ...projects.flatMap((p) => p.departments)])];
    await upsertAll(manager, Department, departmentNames.map((name) => ({ municipality: s.municipality, name })), ['municipality', 'name']);
    const departmentId = new Map(
      (await manager.findBy(Department, { municipality: s.municipality, name: In(departmentNames) })).map((d) => [d.name, d.id]),
    );

    await upsertAll(
      manager,
      Goal,
      plan.goals.map((g) => ({ strategyId, number: g.number, title: g.title, basicDirection: g.basicDirection.trimEnd() })),
      ['strategyId', 'number'],
    );
    const goals = await manager.findBy(Goal, { strategyId });
    const goalId = new Map(goals.map((g) => [g.number, g.id]));

    const planMeasures = plan.goals.flatMap((g) => g.measures.map((m) => ({ goal: g, measure: m })));
    await upsertAll(
      manager,
      Measure,
      planMeasures.map(({ goal, measure }, position) => ({
        strategyId,
        goalId: goalId.get(goal.number)!,
        code: measure.code,
        title: measure.title,
        position,
        notes: measure.notes,
      })),
      ['strategyId', 'code'],
    );
    const measures = await manager.findBy(Measure, { strategyId });
    const measureId = new Map(measures.map((m) => [m.code, m.id]));

    await upsertAll(
      manager,
      Policy,
      planMeasures.flatMap(({ measure }) =>
        measure.policies.map((p) => ({ measureId: measureId.get(measure.code)!, ordinal: p.ordinal, title: p.title, bullets: p.bullets })),
      ),
      ['measureId', 'ordinal'],
    );
    const policies = await manager.findBy(Policy, { measureId: anyOf([...measureId.values()]) });
    const policyId = new Map(policies.map((p) => [`${p.measureId}/${p.ordinal}`, p.id]));
    const filePolicies = new Set(
      planMeasures.flatMap(({ measure }) => measure.policies.map((p) => `${measureId.get(measure.code)}/${p.ordinal}`)),
    );
    await deleteByIds(manager, Policy, policies.filter((p) => !filePolicies.has(`${p.measureId}/${p.ordinal}`)));

    await upsertAll(
      manager,
      Indicator,
      indicators.map(({ source, kind, goalNumber }) => ({ strategyId, ...indicatorRowOf(source, kind, goalNumber === null ? null : goalId.get(goalNumber)!, s.periodEndFY) })),
      ['strategyId', 'key'],
    );
    const indicatorRows = await manager.findBy(Indicator, { strategyId });
    const indicatorId = new Map(indicatorRows.map((i) => [i.key, i.id]));

    await upsertAll(manager, Project, projects.map((p) => ({
      strategyId,
      name: p.name,
      departmentsNote: p.departmentsNote ?? null,
      sinceFY: p.sinceFY ?? null,
    })), ['strategyId', 'name']);
    const projectRows = await manager.findBy(Project, { strategyId });
    const projectId = new Map(projectRows.map((p) => [p.name, p.id]));

    // Link tables carry no identity of their own: they are rewritten to match the file.
    const allIndicatorIds = [...indicatorId.values()];
    const allProjectIds = [...projectId.values()];
    const allMeasureIds = [...measureId.values()];
    await manager.delete(IndicatorDepartment, { indicatorId: anyOf(allIndicatorIds) });
    await manager.insert(IndicatorDepartment, indicators.flatMap((i) =>
      i.departments.map((name, position) => ({ indicatorId: indicatorId.get(i.source.key)!, departmentId: departmentId.get(name)!, position })),
    ));
    if (allProjectIds.length) await manager.delete(ProjectDepartment, { projectId: anyOf(allProjectIds) });
    const projectDepartments = projects.flatMap((p) =>
      p.departments.map((name, position) => ({ projectId: projectId.get(p.name)!, departmentId: departmentId.get(name)!, position })),
    );
    if (projectDepartments.length) await manager.insert(ProjectDepartment, projectDepartments);

    const listings: Partial<MeasureIndicator>[] = [];
    const projectListings: Partial<MeasureProject>[] = [];
    for (const { measure } of planMeasures) {
      const mId = measureId.get(measure.code)!;
      let position = 0;
      for (const group of measure.kpiGroups) {
        for (const entry of group.kpis) {
          const relisted = 'relist' in entry;
          listings.push({
            measureId: mId,
            indicatorId: indicatorId.get(relisted ? entry.relist : entry.key)!,
            position: position++,
            groupNo: group.no,
            groupItem: group.item,
            policyId: group.policy === undefined ? null : policyId.get(`${mId}/${group.policy}`)!,
            relisted,
          });
        }
      }
      measure.projects.forEach((entry, index) => {
        const relisted = 'relist' in entry;
        projectListings.push({ measureId: mId, projectId: projectId.get(relisted ? entry.relist : entry.name)!, position: index, relisted });
      });
    }
    await upsertAll(manager, MeasureIndicator, listings, ['measureId', 'indicatorId']);
    const fileListings = new Set(listings.map((l) => `${l.measureId}/${l.indicatorId}`));
    const storedListings = await manager.findBy(MeasureIndicator, { measureId: anyOf(allMeasureIds) });
    await deleteByIds(manager, MeasureIndicator, storedListings.filter((l) => !fileListings.has(`${l.measureId}/${l.indicatorId}`)));
    await manager.delete(MeasureProject, { measureId: anyOf(allMeasureIds) });
    if (projectListings.length) await manager.insert(MeasureProject, projectListings);

    // What the file no longer holds leaves the plan (before any review data refers to it).
    const inFile = <T>(values: T[]) => { const set = new Set(values); return (v: T) => !set.has(v); };
    const staleProject = inFile(projects.map((p) => p.name));
    const staleIndicator = inFile(indicators.map((i) => i.source.key));
    const staleMeasure = inFile(planMeasures.map((m) => m.measure.code));
    const staleGoal = inFile(plan.goals.map((g) => g.number));
    await deleteByIds(manager, Project, projectRows.filter((p) => staleProject(p.name)));
    await deleteByIds(manager, Indicator, indicatorRows.filter((i) => staleIndicator(i.key)));
    await deleteByIds(manager, Measure, measures.filter((m) => staleMeasure(m.code)));
    await deleteByIds(manager, Goal, goals.filter((g) => staleGoal(g.number)));

    return { strategyId, key: s.key, ...fileCounts(plan) };
  });
}
