import {
  defaultGradeScale,
  defaultNotGraded,
  defaultProgressConfig,
  defaultRollUpConfig,
  checkProgressConfig,
  JudgingBasis,
  NotGraded,
  ProgressFormula,
  RollUpMethod,
  ToleranceKind,
  type GradeScale,
  type GradeStep,
  type ProgressConfig,
} from '@kaizen/shared';
import { z } from 'zod';
import { checkReport, reportSchema } from './plan-file.report.js';
import type { PathIssue } from './plan-file.rules.js';

const text = z.string().trim().min(1, 'must not be empty');
const enumOf = <T extends string>(values: Record<string, T>) => z.enum(Object.values(values) as [T, ...T[]]);

/** A bound: `atLeast` (以上) or `moreThan` (超), exactly one. */
const step = z
  .object({ grade: text, atLeast: z.number().optional(), moreThan: z.number().optional(), meaning: text.optional() })
  .strict()
  .refine((s) => (s.atLeast === undefined) !== (s.moreThan === undefined), { message: 'give exactly one of atLeast (以上) and moreThan (超)' });

const notGradedLabel = z.object({ label: text, meaning: text.optional() }).strict();

const scale = z
  .object({
    fromFY: z.number().int().min(1989).max(2200).optional(),
    steps: z.array(step).min(1),
    lowest: text,
    notGraded: z.partialRecord(enumOf(NotGraded), notGradedLabel).default({}),
  })
  .strict();

const tolerance = z
  .object({ relative: z.number().min(0).max(1).optional(), points: z.number().min(0).optional() })
  .strict()
  .refine((t) => (t.relative === undefined) !== (t.points === undefined), { message: 'give exactly one of relative (a share of the baseline) and points' });

const rollUp = z
  .object({
    method: enumOf(RollUpMethod).default(RollUpMethod.MEAN_OF_CAPPED_RATES),
    minMeasuredShare: z.number().min(0).max(1).default(defaultRollUpConfig.minMeasuredShare),
    rules: z.array(z.object({ grade: text, of: z.array(text).min(1), atLeast: z.number().min(0).max(1) }).strict()).default([]),
    points: z.record(z.string(), z.number()).default({}),
    pointSteps: z.array(step).default([]),
    lowest: text.optional(),
  })
  .strict();

/** The plan file's `evaluation:` block (docs/plan-format.md): how this municipality grades. */
export const evaluationSchema = z
  .object({
    basis: enumOf(JudgingBasis).default(defaultProgressConfig.basis),
    formula: enumOf(ProgressFormula).default(defaultProgressConfig.formula),
    tolerance: tolerance.optional(),
    scales: z.array(scale).min(1).optional(),
    rollUp: rollUp.optional(),
    /** What the measure reports ask for (plan-file.report.ts). */
    report: reportSchema.optional(),
  })
  .strict();

export type PlanEvaluation = z.infer<typeof evaluationSchema>;

const toStep = (s: z.infer<typeof step>): GradeStep => ({ grade: s.grade, minRate: (s.atLeast ?? s.moreThan)!, inclusive: s.atLeast !== undefined, meaning: s.meaning ?? null });

function toScale(s: z.infer<typeof scale>): GradeScale {
  return {
    fromFiscalYear: s.fromFY ?? null,
    steps: s.steps.map(toStep),
    lowestGrade: s.lowest,
    notGraded: defaultNotGraded.map((d) => {
      const own = s.notGraded[d.code];
      return own ? { code: d.code, label: own.label, meaning: own.meaning ?? d.meaning } : d;
    }),
  };
}

/** The configuration the block describes; what it leaves out is the default. */
export function toProgressConfig(e: PlanEvaluation): ProgressConfig {
  const scales = e.scales?.map(toScale) ?? [defaultGradeScale];
  const r = e.rollUp;
  return {
    basis: e.basis,
    formula: e.formula,
    tolerance: e.tolerance ? (e.tolerance.points !== undefined ? { kind: ToleranceKind.POINTS, value: e.tolerance.points } : { kind: ToleranceKind.RELATIVE, value: e.tolerance.relative! }) : null,
    scales,
    rollUp: r
      ? {
          method: r.method,
          minMeasuredShare: r.minMeasuredShare,
          rules: r.rules.map((rule) => ({ grade: rule.grade, of: rule.of, minShare: rule.atLeast, inclusive: true })),
          points: Object.entries(r.points).map(([grade, points]) => ({ grade, points })),
          pointSteps: r.pointSteps.map(toStep),
          lowestGrade: r.lowest ?? scales[0].lowestGrade,
        }
      : { ...defaultRollUpConfig, lowestGrade: scales[0].lowestGrade },
  };
}

const YAML_NAMES: Record<string, string> = { fromFiscalYear: 'fromFY', lowestGrade: 'lowest', minShare: 'atLeast' };

/** A configuration path in the file's own words: renamed fields, and the maps keyed by grade or reason. */
function inFile(path: (string | number)[], e: PlanEvaluation, config: ProgressConfig): (string | number)[] {
  const out: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const parent = path[i - 1];
    if (parent === 'points' && typeof part === 'number') {
      out.push(config.rollUp.points[part].grade);
      i += 1; // the grade's own field is its key
    } else if (parent === 'notGraded' && typeof part === 'number') {
      out.push(config.scales[path[i - 2] as number].notGraded[part].code);
    } else if (part === 'minRate') {
      out.push(e.scales?.[path[i - 3] as number]?.steps[path[i - 1] as number]?.atLeast !== undefined ? 'atLeast' : 'moreThan');
    } else out.push(typeof part === 'string' ? (YAML_NAMES[part] ?? part) : part);
  }
  return out;
}

/** What the shape cannot say (shared with the settings page and the API): checked on the configuration the block gives. */
export function checkEvaluation(e: PlanEvaluation, period: { periodStartFY: number; periodEndFY: number }): PathIssue[] {
  const config = toProgressConfig(e);
  const issues = checkProgressConfig(config, period).map((issue) => ({ path: ['evaluation', ...inFile(issue.path, e, config)], message: issue.message }));
  return e.report ? [...issues, ...checkReport(e.report)] : issues;
}
