import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.js';
import { parsePlanFile, PlanFileError } from './plan-file.parse.js';
import type { PlanKpi } from './plan-file.schema.js';

const small = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/small-city-plan.yaml'), 'utf8');

function rejection(source: string): PlanFileError {
  try {
    parsePlanFile(source, 'plan.yaml');
  } catch (error) {
    if (error instanceof PlanFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const lineOf = (source: string, needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('plan file validation', () => {
  it('accepts a well-formed plan and applies defaults', () => {
    const plan = parsePlanFile(small, 'plan.yaml');
    expect(plan.goals).toHaveLength(3);
    expect(plan.goals[0].kgis[0].direction).toBe('HIGHER_IS_BETTER');
    expect(plan.goals[1].measures[0].policies).toEqual([]);
    expect(plan.goals[0].kgis[0].yearlyTargets).toEqual([]);
  });

  it('reads the target details: yearly and intermediate targets, own start year, units, notes', () => {
    const [reading, library] = parsePlanFile(small, 'plan.yaml').goals[2].measures[0].kpiGroups[0].kpis as PlanKpi[];
    expect(reading).toMatchObject({
      departmentsNote: '各小学校',
      target: { value: 75, text: '75%以上', note: '県平均を上回る水準として設定' },
      yearlyTargets: [{ fiscalYear: 2027, value: 70, intermediate: true }],
      dataAvailability: '翌年度8月（全国学力・学習状況調査の公表後）',
    });
    expect(library).toMatchObject({ startFY: 2027, target: { unit: '冊（延べ）' }, baseline: { unit: '冊/年' } });
  });

  it('refuses a start year or yearly target outside the indicator’s years', () => {
    const source = small
      .replace('startFY: 2027', 'startFY: 2030')
      .replace('{ fiscalYear: 2028, value: 20000', '{ fiscalYear: 2029, value: 20000')
      .replace('{ fiscalYear: 2027, value: 70, text: 70%以上, intermediate: true }', '{ fiscalYear: 2027, intermediate: true }');
    const kpis = 'goals[2].measures[0].kpiGroups[0].kpis';
    expect(rejection(source).issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      `${kpis}[0].yearlyTargets[0]: needs a value or a text`,
      `${kpis}[1].startFY: 2030 lies outside 2025–2029 (the plan's start to the target year)`,
      `${kpis}[1].yearlyTargets[1].fiscalYear: 2029 lies outside 2025–2028 (a yearly target comes before the target year)`,
    ]);
  });

  it('names the line of a YAML syntax error', () => {
    const broken = small.replace('title: 創業の支援', 'title: [創業の支援');
    const error = rejection(broken);
    expect(error.issues[0].line).toBeGreaterThanOrEqual(lineOf(small, 'title: 創業の支援'));
    expect(error.message).toMatch(/^plan\.yaml is not a valid plan file:\n {2}plan\.yaml:\d+:\d+ /);
  });

  it('names the line and field of a value of the wrong type', () => {
    const source = small.replace('value: 50, text: 延べ 50 人', 'value: "五十", text: 延べ 50 人');
    const error = rejection(source);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      line: lineOf(source, '"五十"'),
      path: 'goals[0].measures[0].kpiGroups[0].kpis[0].target.value',
    });
    expect(error.issues[0].message).toMatch(/number/);
  });

  it('points a missing field at its parent, and reports a misspelt one', () => {
    const source = small.replace('        name: 町内総生産\n', '        nmae: 町内総生産\n');
    const error = rejection(source);
    const paths = error.issues.map((i) => i.path);
    expect(paths).toContain('goals[0].kgis[0].name');
    expect(paths).toContain('goals[0].kgis[0]');
    expect(error.issues.find((i) => i.path === 'goals[0].kgis[0]')!.message).toMatch(/nmae/);
  });

  it('rejects an unknown target kind with the allowed ones', () => {
    const error = rejection(small.replace('kind: CUMULATIVE', 'kind: TOTAL'));
    expect(error.issues[0].path).toBe('goals[0].measures[0].kpiGroups[0].kpis[0].target.kind');
    expect(error.issues[0].message).toMatch(/CUMULATIVE/);
  });

  it('rejects a relisting of something the file does not define', () => {
    const source = small.replace('- relist: 1-1-1', '- relist: 9-9-9');
    const error = rejection(source);
    expect(error.issues).toEqual([
      {
        line: lineOf(source, 'relist: 9-9-9'),
        column: expect.any(Number),
        path: 'goals[1].measures[0].kpiGroups[0].kpis[1].relist',
        message: 'relists indicator "9-9-9", which is not defined in the file',
      },
    ]);
  });

  it('rejects duplicate keys, unknown policies, missing values and years outside the period', () => {
    const source = small
      .replace('- key: 2-1-1', '- key: 1-1-1')
      .replace('policy: 1', 'policy: 4')
      .replace('{ kind: LEVEL, value: 120, text: 120 億円 }', '{ kind: LEVEL, text: 120 億円, fiscalYear: 2031 }');
    const messages = rejection(source).issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/kpis\[0\]\.key: duplicate indicator key "1-1-1"/),
        'goals[0].measures[0].kpiGroups[0].policy: measure 1-1 has no policy 4',
        'goals[0].kgis[0].target.value: is required for a LEVEL target',
        'goals[0].kgis[0].target.fiscalYear: 2031 lies outside the plan period 2025–2029',
      ]),
    );
  });

  it('names the line and field of each fault in the evaluation block', () => {
    const source = small
      .replace('{ grade: A, moreThan: 0, meaning: 基準値を上回る }', '{ grade: A, moreThan: 0, atLeast: 0 }')
      .replace('basis: BASELINE', 'basis: BASELINES');
    const error = rejection(source);
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: lineOf(small, 'basis: BASELINE'), path: 'evaluation.basis' }),
        expect.objectContaining({ line: lineOf(small, '{ grade: A, moreThan: 0'), path: 'evaluation.scales[0].steps[1]', message: 'give exactly one of atLeast (以上) and moreThan (超)' }),
      ]),
    );
  });

  it('refuses scale years outside the period and roll-up rules naming no grade of the scales', () => {
    const source = small.replace('    - steps:\n', '    - fromFY: 2031\n      steps:\n').replace('of: [S, A], atLeast: 0.8', 'of: [S, AA], atLeast: 0.8');
    const error = rejection(source);
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['evaluation.scales[0].fromFY', '2031 lies outside the plan period 2025–2029'],
      ['evaluation.rollUp.rules[0].of[1]', '"AA" is not a grade of any scale'],
    ]);
    expect(error.issues[1].line).toBe(lineOf(source, 'of: [S, AA], atLeast: 0.8'));
  });
});
