import { Direction, JudgingBasis, TargetKind } from '@kaizen/shared';
import { z } from 'zod';
import { evaluationSchema } from './plan-file.evaluation.js';

const text = z.string().trim().min(1, 'must not be empty');
const fiscalYear = z.number().int().min(1989).max(2200);
const departments = z.array(text);

const target = z
  .object({
    kind: z.enum(Object.values(TargetKind) as [TargetKind, ...TargetKind[]]),
    value: z.number().optional(),
    fiscalYear: fiscalYear.optional(),
    text,
    /** When the target is in another unit than the indicator's. */
    unit: z.string().optional(),
    note: text.optional(),
  })
  .strict();

/** A yearly target, or the 中間目標値 (intermediate: true); value omitted when the plan words it without a number. */
const yearlyTarget = z
  .object({ fiscalYear, value: z.number().optional(), text: text.optional(), intermediate: z.boolean().default(false) })
  .strict();

const baseline = z
  .object({
    value: z.number().optional(),
    label: text.optional(),
    text,
    note: text.optional(),
    unit: z.string().optional(),
  })
  .strict();

const indicatorFields = {
  key: text,
  name: text,
  unit: z.string(),
  departmentsNote: text.optional(),
  direction: z.enum(Object.values(Direction) as [Direction, ...Direction[]]).default(Direction.HIGHER_IS_BETTER),
  dataSource: text.optional(),
  /** This indicator's own basis, in place of the plan's evaluation.basis. */
  basis: z.enum(Object.values(JudgingBasis) as [JudgingBasis, ...JudgingBasis[]]).optional(),
  target,
  baseline,
  /** Its own first year when it starts after the plan's (its baseline is then its own too). */
  startFY: fiscalYear.optional(),
  yearlyTargets: z.array(yearlyTarget).default([]),
  /** 設定根拠 */
  rationale: text.optional(),
  /** 実績値の計算方法 */
  calculationMethod: text.optional(),
  /** 数値確定の時期 */
  dataAvailability: text.optional(),
};

const kgi = z.object({ ...indicatorFields, departments }).strict();
const kpi = z.object({ ...indicatorFields, departments: departments.optional() }).strict();
const relist = z.object({ relist: text }).strict();

const kpiGroup = z
  .object({
    no: z.number().int().positive(),
    item: text,
    policy: z.number().int().positive().optional(),
    departments,
    kpis: z.array(z.union([relist, kpi])).min(1),
  })
  .strict();

const policy = z
  .object({ ordinal: z.number().int().positive(), title: text, bullets: z.array(text) })
  .strict();

const project = z
  .object({ name: text, departments, departmentsNote: text.optional(), sinceFY: fiscalYear.optional() })
  .strict();

const measure = z
  .object({
    code: text,
    title: text,
    policies: z.array(policy).default([]),
    kpiGroups: z.array(kpiGroup).default([]),
    notes: z.array(text).default([]),
    projects: z.array(z.union([relist, project])).default([]),
  })
  .strict();

const goal = z
  .object({
    number: z.number().int().positive(),
    title: text,
    basicDirection: z.string().default(''),
    kgis: z.array(kgi).default([]),
    measures: z.array(measure).default([]),
  })
  .strict();

export const planFileSchema = z
  .object({
    strategy: z
      .object({ key: text, title: text, municipality: text, periodStartFY: fiscalYear, periodEndFY: fiscalYear })
      .strict(),
    evaluation: evaluationSchema.optional(),
    goals: z.array(goal).min(1),
  })
  .strict();

export type PlanFile = z.infer<typeof planFileSchema>;
export type PlanGoal = PlanFile['goals'][number];
export type PlanMeasure = PlanGoal['measures'][number];
export type PlanKgi = PlanGoal['kgis'][number];
export type PlanKpiEntry = PlanMeasure['kpiGroups'][number]['kpis'][number];
export type PlanKpi = Exclude<PlanKpiEntry, { relist: string }>;
export type PlanProjectEntry = PlanMeasure['projects'][number];
export type PlanProject = Exclude<PlanProjectEntry, { relist: string }>;
