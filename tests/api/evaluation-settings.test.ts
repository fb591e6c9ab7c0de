import { CycleState, defaultProgressConfig, JudgingBasis, type ProgressConfig } from '@kaizen/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ACTUAL, AUDIT_LOG, MOVE_CYCLE, openCycleAt, SAVE_ACTUAL, SUBMIT_ACTUAL } from '../support/review-ops.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const PREVIEW = `query($s: ID!, $fy: Int!, $config: ProgressConfigInput!) { progressConfigPreview(strategyId: $s, fiscalYear: $fy, config: $config) { subject label before after } }`;
const UPDATE = `mutation($s: ID!, $config: ProgressConfigInput!) { updateProgressConfig(strategyId: $s, config: $config) { id progressConfig { basis } } }`;
const GRADE = `query($id: ID!, $fy: Int!) { indicator(id: $id) { progress(fiscalYear: $fy) { basis grade } } }`;
const finalTarget: ProgressConfig = { ...defaultProgressConfig, basis: JudgingBasis.FINAL_TARGET };

/** The planning division's grading settings (issue 11): previewed on a year's figures, saved, audited; closed years keep theirs. */
describe('grading settings over the API', () => {
  let server: TestServer;
  let s: Record<string, ApiSession>;
  let strategyId: string;
  let valueAdded: string;

  /** 商工課 hands in 1,500 億円 for 付加価値額 in the cycle's year; 政策企画課 accepts it. */
  async function handIn(cycleId: string) {
    const saved = await s.shoko.gql(SAVE_ACTUAL, { input: { cycleId, indicatorId: valueAdded, value: '1500' } });
    expect(saved.errors).toBeUndefined();
    await s.shoko.gql(SUBMIT_ACTUAL, { id: saved.data.saveActual.id, v: 1 });
    expect((await s.planning.gql(ACCEPT_ACTUAL, { id: saved.data.saveActual.id, v: 2 })).errors).toBeUndefined();
  }

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    s = await sampleSessions(server, ['planning', 'council', 'shoko']);
    [{ id: strategyId }] = await server.db.dataSource.query(`SELECT id FROM strategy WHERE key = 'yonezawa-dgc-2024'`);
    [{ id: valueAdded }] = await server.db.dataSource.query(`SELECT id FROM indicator WHERE name = '付加価値額' AND strategy_id = $1`, [strategyId]);
    const fy2024 = await openCycleAt(s.planning, strategyId, 2024, CycleState.COLLECTING);
    await handIn(fy2024.id);
  });
  afterAll(() => server?.stop());

  it('previews which grades of a year other rules would change, before anything is saved', async () => {
    const recording = server.db.statementCounter.record();
    const { data, errors } = await s.planning.gql(PREVIEW, { s: strategyId, fy: 2024, config: finalTarget });
    // Every goal, measure and KPI of the plan, graded twice, in a few batches: not a statement per row.
    expect(recording.stop().length).toBeLessThanOrEqual(10);
    expect(errors).toBeUndefined();
    // R6 1,500: ahead of the expected 1,449.75 (A); a quarter of the way to the final 1,650 (D). Its measure and goal
    // have too few KPIs measured for a grade under either rule, so they do not change.
    expect(data.progressConfigPreview).toEqual([{ subject: 'INDICATOR', label: '付加価値額', before: 'A', after: 'D' }]);
    expect((await s.planning.gql(PREVIEW, { s: strategyId, fy: 2024, config: defaultProgressConfig })).data.progressConfigPreview).toEqual([]);
    expect((await s.planning.gql(GRADE, { id: valueAdded, fy: 2024 })).data.indicator.progress).toEqual({ basis: 'EXPECTED', grade: 'A' });
  });

  it('refuses rules that cannot grade, naming the field, and anyone but 政策企画課', async () => {
    const [scale] = defaultProgressConfig.scales;
    const broken = { ...defaultProgressConfig, scales: [{ ...scale, steps: [scale.steps[0], { ...scale.steps[1], grade: ' ' }] }] };
    for (const query of [PREVIEW, UPDATE]) {
      const { errors } = await s.planning.gql(query, { s: strategyId, fy: 2024, config: broken });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'config.scales[0].steps[1].grade' });
    }
    const tooMany = { ...defaultProgressConfig, scales: [{ ...scale, steps: Array.from({ length: 13 }, (_, i) => ({ ...scale.steps[0], grade: `G${i}` })) }] };
    expect((await s.planning.gql(UPDATE, { s: strategyId, config: tooMany })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await s.council.gql(UPDATE, { s: strategyId, config: finalTarget })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await s.council.gql(PREVIEW, { s: strategyId, fy: 2024, config: finalTarget })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await s.anonymous.gql(PREVIEW, { s: strategyId, fy: 2024, config: finalTarget })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await s.planning.gql(PREVIEW, { s: strategyId, fy: 2031, config: finalTarget })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fiscalYear' });
    expect((await s.planning.gql(`{ strategies { progressConfig { basis } } }`)).data.strategies[0].progressConfig.basis).toBe('EXPECTED');
  });

  it('saves the rules for the open years, audited; a closed year keeps the grade it was closed with', async () => {
    const [{ id: fy2024, version }] = await server.db.dataSource.query(`SELECT id, version FROM review_cycle WHERE fiscal_year = 2024`);
    let v = version;
    for (const to of ['REVIEWING', 'RESPONDING', 'CLOSED']) {
      const moved = await s.planning.gql(MOVE_CYCLE, { id: fy2024, to, v });
      expect(moved.errors).toBeUndefined();
      v = moved.data.moveReviewCycle.version;
    }
    const fy2025 = await openCycleAt(s.planning, strategyId, 2025, CycleState.COLLECTING);
    await handIn(fy2025.id);
    // R7 1,500 against the expected 1,516.5: 87.6 % → B.
    expect((await s.planning.gql(GRADE, { id: valueAdded, fy: 2025 })).data.indicator.progress).toEqual({ basis: 'EXPECTED', grade: 'B' });

    const saved = await s.planning.gql(UPDATE, { s: strategyId, config: finalTarget });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.updateProgressConfig.progressConfig.basis).toBe('FINAL_TARGET');
    expect((await s.planning.gql(GRADE, { id: valueAdded, fy: 2025 })).data.indicator.progress).toEqual({ basis: 'FINAL_TARGET', grade: 'D' });
    expect((await s.planning.gql(GRADE, { id: valueAdded, fy: 2024 })).data.indicator.progress).toEqual({ basis: 'EXPECTED', grade: 'A' });

    const log = (await s.planning.gql(AUDIT_LOG, { id: strategyId })).data.auditLog;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'strategy.progressConfig', entityType: 'Strategy', user: { email: 'planning@example.jp' } });
    expect(log[0].before.progressConfig).toBeNull();
    expect(log[0].after.progressConfig.basis).toBe('FINAL_TARGET');
    const [{ cycle_id }] = await server.db.dataSource.query(`SELECT cycle_id FROM audit_entry WHERE entity_id = $1`, [strategyId]);
    expect(cycle_id).toBe(fy2025.id);
  });
});
