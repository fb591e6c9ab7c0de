import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans, startTestServer, type TestServer } from '../support/server.js';

const CONFIG = `{ strategies { progressConfig { basis tolerance { kind value } scales { steps { grade minRate inclusive } lowestGrade notGraded { code label } } rollUp { method rules { grade of minShare } lowestGrade } } } }`;
const PLAN = `query($id: ID!, $fy: Int!) { strategy(id: $id) {
  goals { number progress(fiscalYear: $fy) { grade notGraded measured indicators }
    kgis { key progress(fiscalYear: $fy) { basis judgedAgainst grade notGraded onTrack } }
    measures { code progress(fiscalYear: $fy) { grade measured indicators gradeCounts { grade count } }
      indicators { key basis progress(fiscalYear: $fy) { basis judgedAgainst rate grade onTrack } } } } } }`;

/**
 * The small-city fixture's `evaluation:` block (長与町's scale against the baseline, ±10 %, and a
 * roll-up by counting grades) imported and applied by the server: the API grades as that town would.
 */
describe('a plan file’s evaluation block', () => {
  let server: TestServer;
  let id: string;
  const plan = async (fy: number) => {
    const { data, errors } = await server.gql(PLAN, { id, fy });
    expect(errors).toBeUndefined();
    return data.strategy;
  };
  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.smallCity] });
    const ds = server.db.dataSource;
    [{ id }] = await ds.query(`SELECT id FROM strategy WHERE key = 'sample-town-2025'`);
    const [{ id: cycleId }] = await ds.query(
      // Published, so that the signed-out reading counts its accepted figures (what it tests is the grading, not 公開).
      `INSERT INTO review_cycle (strategy_id, fiscal_year, state, version, published_at) SELECT id, 2025, 'REVIEWING', 1, now() FROM strategy WHERE key = 'sample-town-2025' RETURNING id`,
    );
    // FY2025, year 1 of 5. G1 100 → 120: 125; G2 52.5 → 60 %: 55; 創業者数 延べ 50: 12; CO₂ 95 → 80 (lower is better): 110.
    for (const [key, value] of [['G1', 125], ['G2', 55], ['1-1-1', 12], ['2-1-1', 110]] as const) {
      await ds.query(
        `INSERT INTO actual (cycle_id, indicator_id, fiscal_year, value, status, version) SELECT $1, id, 2025, $3, 'ACCEPTED', 1 FROM indicator WHERE key = $2`,
        [cycleId, key, value],
      );
    }
  });
  afterAll(() => server?.stop());

  it('is served as the strategy’s configuration', async () => {
    const { data, errors } = await server.gql(CONFIG);
    expect(errors).toBeUndefined();
    expect(data.strategies[0].progressConfig).toEqual({
      basis: 'BASELINE',
      tolerance: { kind: 'RELATIVE', value: 0.1 },
      scales: [
        {
          steps: [
            { grade: 'S', minRate: 1, inclusive: true },
            { grade: 'A', minRate: 0, inclusive: false },
            { grade: 'B', minRate: 0, inclusive: true },
          ],
          lowestGrade: 'C',
          notGraded: [
            { code: 'DATA_LATER', label: '−' },
            { code: 'NOT_STARTED', label: '–' },
            { code: 'STOPPED', label: '–' },
            { code: 'CANNOT_JUDGE', label: '–' },
            { code: 'NO_TARGET', label: '–' },
          ],
        },
      ],
      rollUp: { method: 'GRADE_COUNT', rules: [{ grade: 'A', of: ['S', 'A'], minShare: 0.8 }, { grade: 'B', of: ['S', 'A', 'B'], minShare: 0.5 }], lowestGrade: 'C' },
    });
  });

  it('grades each indicator against the baseline, or on its own basis, as the town would', async () => {
    const [goal1, goal2] = (await plan(2025)).goals;
    // 125 is past the target 120: S.
    expect(goal1.kgis[0].progress).toEqual({ basis: 'BASELINE', judgedAgainst: 100, grade: 'S', notGraded: null, onTrack: true });
    // 55 % is within 10 % of 52.5 %: the baseline's level, B.
    expect(goal2.kgis[0].progress).toMatchObject({ basis: 'BASELINE', judgedAgainst: 52.5, grade: 'B', onTrack: true });
    const founders = goal1.measures[0].indicators[0];
    // 創業者数 names its own basis: 12 against the expected 10 (50 over 5 years) → S, the scale's top step.
    expect(founders).toMatchObject({ key: '1-1-1', basis: 'EXPECTED', progress: { basis: 'EXPECTED', judgedAgainst: 10, rate: 1.2, grade: 'S', onTrack: true } });
    // CO₂ 110 against 95, lower is better, beyond the band: below the baseline's level, C.
    const co2 = goal2.measures[0].indicators.find((i: { key: string }) => i.key === '2-1-1');
    expect(co2.progress).toMatchObject({ basis: 'BASELINE', judgedAgainst: 95, grade: 'C', onTrack: false });
  });

  it('rolls measures and goals up by counting grades', async () => {
    const [goal1, goal2] = (await plan(2025)).goals;
    // 1-1: its one KPI is S → all of them S or A → A.
    expect(goal1.measures[0].progress).toMatchObject({ grade: 'A', measured: 1, indicators: 1 });
    // 2-1: C and the relisted S → half are S, A or B → B.
    expect(goal2.measures[0].progress).toMatchObject({ grade: 'B', measured: 2, indicators: 2 });
    expect(goal2.measures[0].progress.gradeCounts).toEqual([
      { grade: 'S', count: 1 },
      { grade: 'A', count: 0 },
      { grade: 'B', count: 0 },
      { grade: 'C', count: 1 },
      { grade: '−', count: 0 },
      { grade: '–', count: 0 },
    ]);
    expect(goal1.progress).toMatchObject({ grade: 'A', measured: 1 });
    expect(goal2.progress).toMatchObject({ grade: 'B', measured: 2, indicators: 2 });
  });

  it('labels a figure not yet in with the town’s own mark', async () => {
    const [goal1] = (await plan(2026)).goals;
    expect(goal1.kgis[0].progress).toMatchObject({ grade: '−', notGraded: 'DATA_LATER' });
    expect(goal1.progress).toMatchObject({ grade: '–', notGraded: 'CANNOT_JUDGE', measured: 0 });
  });
});
