import { TargetKind } from '@kaizen/shared';
import { checkEvaluation } from './plan-file.evaluation.js';
import type { PlanFile } from './plan-file.schema.js';

export type PathIssue = { path: (string | number)[]; message: string };

/**
 * Rules that span the file (uniqueness, cross references, the plan period), checked once the
 * shape is valid. Each issue names the path of the field at fault.
 */
export function checkPlanRules(plan: PlanFile): PathIssue[] {
  const issues: PathIssue[] = [];
  const { periodStartFY, periodEndFY } = plan.strategy;
  if (periodEndFY < periodStartFY) {
    issues.push({ path: ['strategy', 'periodEndFY'], message: `must not be before periodStartFY (${periodStartFY})` });
  }
  if (plan.evaluation) issues.push(...checkEvaluation(plan.evaluation, plan.strategy));
  const firstSeen = (seen: Map<string, string>, key: string, where: string, path: PathIssue['path'], what: string) => {
    const earlier = seen.get(key);
    if (earlier) issues.push({ path, message: `duplicate ${what} "${key}" (first at ${earlier})` });
    else seen.set(key, where);
  };
  const goalNumbers = new Map<string, string>();
  const measureCodes = new Map<string, string>();
  const indicatorKeys = new Map<string, string>();
  const projectNames = new Map<string, string>();
  const definedIn = { indicator: new Map<string, string>(), project: new Map<string, string>() };

  const checkTarget = (path: PathIssue['path'], indicator: Omit<PlanFile['goals'][number]['kgis'][number], 'departments'>) => {
    const { target, startFY, yearlyTargets } = indicator;
    const indicatorPath = path.slice(0, -1);
    const targetFY = target.fiscalYear ?? periodEndFY;
    const startOutside = startFY !== undefined && (startFY < periodStartFY || startFY > targetFY);
    if (startOutside) {
      issues.push({ path: [...indicatorPath, 'startFY'], message: `${startFY} lies outside ${periodStartFY}–${targetFY} (the plan's start to the target year)` });
    }
    const from = startOutside ? periodStartFY : (startFY ?? periodStartFY);
    const years = new Set<number>();
    yearlyTargets.forEach((y, i) => {
      if (y.fiscalYear < from || y.fiscalYear >= targetFY) {
        issues.push({ path: [...indicatorPath, 'yearlyTargets', i, 'fiscalYear'], message: `${y.fiscalYear} lies outside ${from}–${targetFY - 1} (a yearly target comes before the target year)` });
      }
      if (years.has(y.fiscalYear)) issues.push({ path: [...indicatorPath, 'yearlyTargets', i, 'fiscalYear'], message: `duplicate yearly target for ${y.fiscalYear}` });
      years.add(y.fiscalYear);
      if (y.value === undefined && y.text === undefined) issues.push({ path: [...indicatorPath, 'yearlyTargets', i], message: 'needs a value or a text' });
    });
    if (target.kind !== TargetKind.AT_LEAST_BASELINE && target.value === undefined) {
      issues.push({ path: [...path, 'value'], message: `is required for a ${target.kind} target` });
    }
    const fy = target.fiscalYear;
    if (fy !== undefined && (fy < periodStartFY || fy > periodEndFY)) {
      issues.push({ path: [...path, 'fiscalYear'], message: `${fy} lies outside the plan period ${periodStartFY}–${periodEndFY}` });
    }
  };

  plan.goals.forEach((goal, g) => {
    const goalPath = ['goals', g];
    firstSeen(goalNumbers, String(goal.number), `goals[${g}]`, [...goalPath, 'number'], 'goal number');
    goal.kgis.forEach((kgi, k) => {
      const path = [...goalPath, 'kgis', k];
      firstSeen(indicatorKeys, kgi.key, path.join('.'), [...path, 'key'], 'indicator key');
      checkTarget([...path, 'target'], kgi);
    });
    goal.measures.forEach((measure, m) => {
      const measurePath = [...goalPath, 'measures', m];
      firstSeen(measureCodes, measure.code, measurePath.join('.'), [...measurePath, 'code'], 'measure code');
      const ordinals = new Set(measure.policies.map((p) => p.ordinal));
      measure.kpiGroups.forEach((group, gi) => {
        const groupPath = [...measurePath, 'kpiGroups', gi];
        if (group.policy !== undefined && !ordinals.has(group.policy)) {
          issues.push({ path: [...groupPath, 'policy'], message: `measure ${measure.code} has no policy ${group.policy}` });
        }
        group.kpis.forEach((entry, ki) => {
          const path = [...groupPath, 'kpis', ki];
          if ('relist' in entry) return;
          firstSeen(indicatorKeys, entry.key, path.join('.'), [...path, 'key'], 'indicator key');
          definedIn.indicator.set(entry.key, measure.code);
          checkTarget([...path, 'target'], entry);
          if ((entry.departments ?? group.departments).length === 0 && !entry.departmentsNote) {
            issues.push({ path: [...path, 'departments'], message: 'names no department (give departments or departmentsNote)' });
          }
        });
      });
      measure.projects.forEach((entry, pi) => {
        if ('relist' in entry) return;
        const path = [...measurePath, 'projects', pi];
        firstSeen(projectNames, entry.name, path.join('.'), [...path, 'name'], 'project name');
        definedIn.project.set(entry.name, measure.code);
      });
    });
  });

  // Relistings may point forward in the file, so they are checked once everything is defined.
  plan.goals.forEach((goal, g) =>
    goal.measures.forEach((measure, m) => {
      const measurePath = ['goals', g, 'measures', m];
      const checkRelist = (what: 'indicator' | 'project', ref: string, path: PathIssue['path']) => {
        const home = definedIn[what].get(ref);
        if (home === undefined) issues.push({ path, message: `relists ${what} "${ref}", which is not defined in the file` });
        else if (home === measure.code) issues.push({ path, message: `relists ${what} "${ref}" under the measure that defines it` });
      };
      measure.kpiGroups.forEach((group, gi) =>
        group.kpis.forEach((entry, ki) => {
          if ('relist' in entry) checkRelist('indicator', entry.relist, [...measurePath, 'kpiGroups', gi, 'kpis', ki, 'relist']);
        }),
      );
      measure.projects.forEach((entry, pi) => {
        if ('relist' in entry) checkRelist('project', entry.relist, [...measurePath, 'projects', pi, 'relist']);
      });
    }),
  );
  return issues;
}
