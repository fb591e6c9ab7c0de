import { checkReportConfig, defaultReportConfig, REPORT_LIMITS, type ReportConfig } from '@kaizen/shared';
import { z } from 'zod';
import type { PathIssue } from './plan-file.rules.js';

const text = z.string().trim().min(1, 'must not be empty');

const direction = z.object({ code: text, label: text, meaning: text.optional() }).strict();

/**
 * `evaluation.report:` (docs/plan-format.md): what this municipality's measure reports ask for.
 * What it leaves out is the default (the national 効果検証 format).
 */
export const reportSchema = z
  .object({
    directions: z.array(direction).max(REPORT_LIMITS.maxOptions * 2).optional(),
    effectiveness: z.boolean().default(defaultReportConfig.effectiveness),
    efficiency: z.boolean().default(defaultReportConfig.efficiency),
    ratingLevels: z.array(z.union([text, z.number().transform(String)])).optional(),
  })
  .strict();

export type PlanReport = z.infer<typeof reportSchema>;

export function toReportConfig(r: PlanReport): ReportConfig {
  return {
    directions: r.directions?.map((d) => ({ code: d.code, label: d.label, meaning: d.meaning ?? null })) ?? defaultReportConfig.directions,
    effectiveness: r.effectiveness,
    efficiency: r.efficiency,
    ratingLevels: r.ratingLevels ?? defaultReportConfig.ratingLevels,
  };
}

/** What the shape cannot say (shared with the settings page and the API); the file's fields are named as the configuration's. */
export function checkReport(r: PlanReport): PathIssue[] {
  return checkReportConfig(toReportConfig(r)).map((issue) => ({ path: ['evaluation', 'report', ...issue.path], message: issue.message }));
}
