import { describe, expect, it } from 'vitest';
import { defaultProgressConfig, type ProgressConfig } from './progress.js';
import { checkProgressConfig } from './progress-config-check.js';
import { RollUpMethod } from './roll-up-config.js';

const period = { periodStartFY: 2024, periodEndFY: 2027 };
const [scale] = defaultProgressConfig.scales;

describe('checking a progress configuration', () => {
  it('accepts the default', () => {
    expect(checkProgressConfig(defaultProgressConfig, period)).toEqual([]);
  });

  it('names each faulty field of the scales', () => {
    const config: ProgressConfig = {
      ...defaultProgressConfig,
      scales: [
        { ...scale, steps: [{ ...scale.steps[0], grade: ' ' }, scale.steps[1]] },
        { ...scale, fromFiscalYear: 2030, steps: [scale.steps[0], { ...scale.steps[1], grade: 'A' }], lowestGrade: 'とても長い評価の名前は二十文字を超えると読めません' },
        { ...scale, fromFiscalYear: 2030, steps: [] },
      ],
    };
    expect(checkProgressConfig(config, period)).toMatchObject([
      { path: ['scales', 0, 'steps', 0, 'grade'], message: 'must not be empty' },
      { path: ['scales', 1, 'fromFiscalYear'], message: '2030 lies outside the plan period 2024–2027' },
      { path: ['scales', 1, 'lowestGrade'], message: 'at most 20 characters' },
      { path: ['scales', 1, 'steps'], message: 'each grade (and the lowest) must be named once' },
      { path: ['scales', 2, 'fromFiscalYear'], message: '2030 lies outside the plan period 2024–2027' },
      { path: ['scales', 2, 'fromFiscalYear'], message: 'another scale starts in the same year' },
      { path: ['scales', 2, 'steps'], message: 'at least one step is needed' },
    ]);
  });

  it('needs a roll-up method’s own parts, naming grades that exist', () => {
    const counting = { ...defaultProgressConfig, rollUp: { ...defaultProgressConfig.rollUp, method: RollUpMethod.GRADE_COUNT, minMeasuredShare: 1.5 } };
    expect(checkProgressConfig(counting, period)).toMatchObject([
      { path: ['rollUp', 'minMeasuredShare'], message: 'must lie between 0 and 1' },
      { path: ['rollUp', 'rules'], message: 'GRADE_COUNT needs at least one rule' },
    ]);
    const points = { ...defaultProgressConfig, rollUp: { ...defaultProgressConfig.rollUp, method: RollUpMethod.POINTS, points: [{ grade: 'Z', points: 1 }] } };
    expect(checkProgressConfig(points, period)).toMatchObject([
      { path: ['rollUp', 'pointSteps'], message: 'POINTS needs steps to grade the mean points' },
      { path: ['rollUp', 'points', 0, 'grade'], message: '"Z" is not a grade of any scale' },
    ]);
  });
});
