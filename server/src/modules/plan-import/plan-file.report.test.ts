import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.js';
import { parsePlanFile, PlanFileError } from './plan-file.parse.js';
import { toReportConfig } from './plan-file.report.js';

const small = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/small-city-plan.yaml'), 'utf8');
const lineOf = (source: string, needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;

function rejection(source: string): PlanFileError {
  try {
    parsePlanFile(source, 'plan.yaml');
  } catch (error) {
    if (error instanceof PlanFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('the plan file’s report block', () => {
  it('gives the town’s own options; what it leaves out is the national format', () => {
    const config = toReportConfig(parsePlanFile(small, 'plan.yaml').evaluation!.report!);
    expect(config.directions.map((d) => d.label)).toEqual(['拡充', '現状維持', '改善', '縮小', '廃止', '完了']);
    expect(config).toMatchObject({ effectiveness: true, efficiency: true, ratingLevels: ['A', 'B', 'C'] });
    const bare = small.replace(/\n {2}report:\n[\s\S]*?ratingLevels: \[A, B, C\]\n/, '\n  report: { effectiveness: true }\n');
    const defaults = toReportConfig(parsePlanFile(bare, 'plan.yaml').evaluation!.report!);
    expect(defaults.directions.map((d) => d.code)).toEqual(['EXPAND', 'CONTINUE', 'REVISE', 'ABOLISH', 'COMPLETE']);
    expect(defaults).toMatchObject({ effectiveness: true, efficiency: false, ratingLevels: ['高', '中', '低'] });
  });

  it('names the line and field of each fault', () => {
    const source = small
      .replace('{ code: KEEP, label: 現状維持', '{ code: EXPAND, label: 現状維持')
      .replace('{ code: REDUCE, label: 縮小 }', '{ code: reduce, label: 縮小 }')
      .replace('ratingLevels: [A, B, C]', 'ratingLevels: [A, A, C]')
      .replace('efficiency: true', 'efficiency: yes please');
    const error = rejection(source);
    expect(error.issues).toEqual([expect.objectContaining({ path: 'evaluation.report.efficiency', line: lineOf(source, 'efficiency: yes please') })]);
    const rules = rejection(source.replace('efficiency: yes please', 'efficiency: true'));
    expect(rules.issues.map((i) => [i.path, i.message, i.line])).toEqual([
      ['evaluation.report.directions[1].code', 'another option has the code "EXPAND"', lineOf(source, 'code: EXPAND, label: 現状維持')],
      ['evaluation.report.directions[3].code', 'only capital letters A–Z, digits and _', lineOf(source, 'code: reduce')],
      ['evaluation.report.ratingLevels[1]', '"A" is named twice', lineOf(source, 'ratingLevels: [A, A, C]')],
    ]);
  });
});
