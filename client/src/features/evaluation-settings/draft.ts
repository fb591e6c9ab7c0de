import { configFieldName, type ConfigIssue, type GradeStep, type ProgressConfig } from '@kaizen/shared';
import type { ProgressConfigInput } from '../../gql/graphql';

const step = (s: GradeStep) => ({ grade: s.grade.trim(), minRate: s.minRate, inclusive: s.inclusive, meaning: s.meaning?.trim() || null });

/** The draft as the API's input: the same shape, rebuilt without the cache's __typename. */
export function toInput(c: ProgressConfig): ProgressConfigInput {
  return {
    basis: c.basis,
    formula: c.formula,
    tolerance: c.tolerance && { kind: c.tolerance.kind, value: c.tolerance.value },
    scales: c.scales.map((s) => ({
      fromFiscalYear: s.fromFiscalYear,
      steps: s.steps.map(step),
      lowestGrade: s.lowestGrade.trim(),
      notGraded: s.notGraded.map((n) => ({ code: n.code, label: n.label.trim(), meaning: n.meaning })),
    })),
    rollUp: {
      method: c.rollUp.method,
      minMeasuredShare: c.rollUp.minMeasuredShare,
      rules: c.rollUp.rules.map((r) => ({ grade: r.grade.trim(), of: r.of, minShare: r.minShare, inclusive: r.inclusive })),
      points: c.rollUp.points.map((p) => ({ grade: p.grade, points: p.points })),
      pointSteps: c.rollUp.pointSteps.map(step),
      lowestGrade: c.rollUp.lowestGrade.trim(),
    },
  };
}


/** The message of the first issue at `path` (or inside it). */
export function issueAt(issues: ConfigIssue[], t: (key: string) => string, ...path: (string | number)[]): string | undefined {
  const name = configFieldName(path);
  const issue = issues.find((i) => configFieldName(i.path) === name || configFieldName(i.path).startsWith(`${name}.`));
  // The shared check's message is English, for the API and the plan file; the page speaks the user's language.
  return issue && t(`evaluation.issueCodes.${issue.code}`);
}
