import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { checkPlanRules, type PathIssue } from './plan-file.rules.js';
import { planFileSchema, type PlanFile } from './plan-file.schema.js';

export type PlanFileIssue = { line: number; column: number; path: string; message: string };

export class PlanFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly issues: PlanFileIssue[],
  ) {
    super(
      `${fileName} is not a valid plan file:\n` +
        issues.map((i) => `  ${fileName}:${i.line}:${i.column} ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n'),
    );
    this.name = 'PlanFileError';
  }
}

function formatPath(path: PathIssue['path']): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** Position of the deepest node of `path` that exists in the document (a missing field points at its parent). */
function locate(doc: Document, lines: LineCounter, path: PathIssue['path']): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      // For a map entry, point at its key rather than the value.
      const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1), true) : undefined;
      const pair = isMap(parent) ? parent.items.find((p) => (p.key as { value?: unknown })?.value === path[depth - 1]) : undefined;
      const offset = (pair?.key as { range?: number[] } | undefined)?.range?.[0] ?? node.range[0];
      const pos = lines.linePos(offset);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 1, column: 1 };
}

/** Flattens zod's issues; for a union (KPI or 【再掲】 entry) keeps the branch the author meant. */
function zodIssues(error: z.ZodError, raw: unknown): PathIssue[] {
  const out: PathIssue[] = [];
  const visit = (issue: z.core.$ZodIssue, prefix: PathIssue['path']) => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union' && issue.errors.length === 2) {
      const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], raw);
      const branch = value && typeof value === 'object' && 'relist' in value ? 0 : 1;
      issue.errors[branch].forEach((inner) => visit(inner, path));
      return;
    }
    out.push({ path, message: issue.message });
  };
  error.issues.forEach((issue) => visit(issue, []));
  return out;
}

/** Parses and validates a plan file; throws PlanFileError naming each line and field at fault. */
export function parsePlanFile(source: string, fileName: string): PlanFile {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new PlanFileError(
      fileName,
      doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return { line: pos.line, column: pos.col, path: '', message: e.message.split('\n')[0] };
      }),
    );
  }
  const raw: unknown = doc.toJS();
  const toIssues = (issues: PathIssue[]) =>
    issues.map((i) => ({ ...locate(doc, lines, i.path), path: formatPath(i.path), message: i.message }));
  const parsed = planFileSchema.safeParse(raw);
  if (!parsed.success) throw new PlanFileError(fileName, toIssues(zodIssues(parsed.error, raw)));
  const ruleIssues = checkPlanRules(parsed.data);
  if (ruleIssues.length > 0) throw new PlanFileError(fileName, toIssues(ruleIssues));
  return parsed.data;
}
