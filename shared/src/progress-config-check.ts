import { gradesOf } from './grade-scale.js';
import type { ProgressConfig } from './progress.js';
import { RollUpMethod } from './roll-up-config.js';

/** A fault of a configuration: the path of the field (as in ProgressConfig) and what is wrong. */
export type ConfigIssue = { path: (string | number)[]; code: ConfigIssueCode; message: string };

/** What is wrong, for a page to say in its own language (the message is English). */
export type ConfigIssueCode = 'EMPTY' | 'TOO_LONG' | 'NO_SCALE' | 'OUTSIDE_PERIOD' | 'SAME_YEAR' | 'NO_STEP' | 'NOT_A_NUMBER' | 'DUPLICATE_GRADE' | 'NEGATIVE' | 'NOT_A_SHARE' | 'NO_RULE' | 'UNKNOWN_GRADE' | 'NO_POINTS' | 'NO_POINT_STEPS';

const MAX_LABEL = 20;

/**
 * What a valid configuration needs beyond its shape: used by the settings page as the planning
 * division types, by the server before saving, and by the plan file's importer.
 */
export function checkProgressConfig(config: ProgressConfig, period: { periodStartFY: number; periodEndFY: number }): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const label = (value: string, path: (string | number)[]) => {
    if (!value.trim()) issues.push({ path, code: 'EMPTY', message: 'must not be empty' });
    else if (value.length > MAX_LABEL) issues.push({ path, code: 'TOO_LONG', message: `at most ${MAX_LABEL} characters` });
  };
  if (config.scales.length === 0) issues.push({ path: ['scales'], code: 'NO_SCALE', message: 'at least one scale is needed' });
  const years = new Set<number | null>();
  config.scales.forEach((s, i) => {
    const fy = s.fromFiscalYear;
    if (fy !== null && (fy < period.periodStartFY || fy > period.periodEndFY)) {
      issues.push({ path: ['scales', i, 'fromFiscalYear'], code: 'OUTSIDE_PERIOD', message: `${fy} lies outside the plan period ${period.periodStartFY}–${period.periodEndFY}` });
    }
    if (years.has(fy)) issues.push({ path: ['scales', i, 'fromFiscalYear'], code: 'SAME_YEAR', message: 'another scale starts in the same year' });
    years.add(fy);
    if (s.steps.length === 0) issues.push({ path: ['scales', i, 'steps'], code: 'NO_STEP', message: 'at least one step is needed' });
    s.steps.forEach((st, j) => {
      label(st.grade, ['scales', i, 'steps', j, 'grade']);
      if (!Number.isFinite(st.minRate)) issues.push({ path: ['scales', i, 'steps', j, 'minRate'], code: 'NOT_A_NUMBER', message: 'must be a number' });
    });
    label(s.lowestGrade, ['scales', i, 'lowestGrade']);
    s.notGraded.forEach((n, j) => label(n.label, ['scales', i, 'notGraded', j, 'label']));
    const grades = s.steps.map((st) => st.grade.trim());
    if (new Set([...grades, s.lowestGrade.trim()]).size !== grades.length + 1) issues.push({ path: ['scales', i, 'steps'], code: 'DUPLICATE_GRADE', message: 'each grade (and the lowest) must be named once' });
  });
  if (config.tolerance && !(config.tolerance.value >= 0)) issues.push({ path: ['tolerance', 'value'], code: 'NEGATIVE', message: 'must be 0 or more' });
  const r = config.rollUp;
  if (!(r.minMeasuredShare >= 0 && r.minMeasuredShare <= 1)) issues.push({ path: ['rollUp', 'minMeasuredShare'], code: 'NOT_A_SHARE', message: 'must lie between 0 and 1' });
  const kpiGrades = new Set(config.scales.flatMap(gradesOf));
  if (r.method === RollUpMethod.GRADE_COUNT && r.rules.length === 0) issues.push({ path: ['rollUp', 'rules'], code: 'NO_RULE', message: 'GRADE_COUNT needs at least one rule' });
  r.rules.forEach((rule, i) => {
    label(rule.grade, ['rollUp', 'rules', i, 'grade']);
    if (!(rule.minShare >= 0 && rule.minShare <= 1)) issues.push({ path: ['rollUp', 'rules', i, 'minShare'], code: 'NOT_A_SHARE', message: 'must lie between 0 and 1' });
    rule.of.forEach((g, j) => {
      if (!kpiGrades.has(g)) issues.push({ path: ['rollUp', 'rules', i, 'of', j], code: 'UNKNOWN_GRADE', message: `"${g}" is not a grade of any scale` });
    });
  });
  if (r.method === RollUpMethod.POINTS) {
    if (r.points.length === 0) issues.push({ path: ['rollUp', 'points'], code: 'NO_POINTS', message: 'POINTS needs the points of each grade' });
    if (r.pointSteps.length === 0) issues.push({ path: ['rollUp', 'pointSteps'], code: 'NO_POINT_STEPS', message: 'POINTS needs steps to grade the mean points' });
  }
  r.points.forEach((p, i) => {
    if (!kpiGrades.has(p.grade)) issues.push({ path: ['rollUp', 'points', i, 'grade'], code: 'UNKNOWN_GRADE', message: `"${p.grade}" is not a grade of any scale` });
  });
  r.pointSteps.forEach((st, j) => label(st.grade, ['rollUp', 'pointSteps', j, 'grade']));
  label(r.lowestGrade, ['rollUp', 'lowestGrade']);
  return issues;
}

/** `config.scales[0].steps[1].grade`: how the API names a field of the configuration, and the settings page finds it. */
export const configFieldName = (path: ConfigIssue['path']) => path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : `${out}.${p}`), 'config');
