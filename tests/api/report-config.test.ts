import { CycleState, defaultReportConfig, type ReportConfig } from '@kaizen/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_LOG, openCycleAt } from '../support/review-ops.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const CONFIG = `query($s: ID!) { strategy(id: $s) { reportConfig { directions { code label meaning } effectiveness efficiency ratingLevels } } }`;
const UPDATE = `mutation($s: ID!, $config: ReportConfigInput!) { updateReportConfig(strategyId: $s, config: $config) {
  id reportConfig { directions { code label meaning } effectiveness efficiency ratingLevels } } }`;
const SAVE = `mutation($input: SaveMeasureReportInput!) { saveMeasureReport(input: $input) { id nextDirection effectiveness efficiency version } }`;

/** The planning division configures what a measure report asks for; the departments' reports follow it. */
describe('the report form’s settings over the API', () => {
  let server: TestServer;
  let s: Record<string, ApiSession>;
  let strategyId: string;
  let cycleId: string;
  let measureId: string;
  const rows = () => server.db.dataSource.query(`SELECT next_direction, effectiveness, efficiency, version FROM measure_report WHERE cycle_id = $1`, [cycleId]);
  const stored = async () => (await server.db.dataSource.query(`SELECT report_config FROM strategy WHERE id = $1`, [strategyId]))[0].report_config;
  const audits = async () => Number((await server.db.dataSource.query(`SELECT count(*) FROM audit_entry WHERE action = 'strategy.reportConfig'`))[0].count);
  const save = (fields: Record<string, unknown>) => s.shoko.gql(SAVE, { input: { cycleId, measureId, whatWasDone: '創業支援セミナーを4回開催', selfGrade: 'B', ...fields } });

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    s = await sampleSessions(server, ['planning', 'council', 'shoko', 'admin']);
    [{ id: strategyId }] = await server.db.dataSource.query(`SELECT id FROM strategy WHERE key = 'yonezawa-dgc-2024'`);
    [{ id: measureId }] = await server.db.dataSource.query(`SELECT id FROM measure WHERE code = '1-1' AND goal_id IN (SELECT id FROM goal WHERE strategy_id = $1)`, [strategyId]);
    cycleId = (await openCycleAt(s.planning, strategyId, 2024, CycleState.COLLECTING)).id;
  });
  afterAll(() => server?.stop());

  it('serves the national format’s five options to everyone, signed out too', async () => {
    const { data, errors } = await s.anonymous.gql(CONFIG, { s: strategyId });
    expect(errors).toBeUndefined();
    expect(data.strategy.reportConfig).toEqual(defaultReportConfig);
    expect(data.strategy.reportConfig.directions.map((d: { label: string }) => d.label)).toEqual(['拡充', '継続', '見直し', '廃止・中止', '予定通り事業終了']);
    expect(await stored()).toBeNull();
  });

  it('refuses anyone but 政策企画課, changing and auditing nothing', async () => {
    const config = { ...defaultReportConfig, effectiveness: true };
    for (const who of ['council', 'shoko', 'admin']) {
      expect((await s[who].gql(UPDATE, { s: strategyId, config })).errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
    }
    expect((await s.anonymous.gql(UPDATE, { s: strategyId, config })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await stored()).toBeNull();
    expect(await audits()).toBe(0);
  });

  it('refuses options a report cannot follow, naming the field', async () => {
    const duplicate: ReportConfig = { ...defaultReportConfig, directions: [...defaultReportConfig.directions, { code: 'EXPAND', label: '再拡充', meaning: null }] };
    const cases: [ReportConfig, string][] = [
      [duplicate, 'config.directions[5].code'],
      [{ ...defaultReportConfig, directions: [{ code: 'keep on', label: '継続', meaning: null }] }, 'config.directions[0].code'],
      [{ ...defaultReportConfig, directions: [{ code: 'KEEP', label: ' ', meaning: null }] }, 'config.directions[0].label'],
      [{ ...defaultReportConfig, directions: [] }, 'config.directions'],
      [{ ...defaultReportConfig, ratingLevels: ['高', '高'] }, 'config.ratingLevels[1]'],
    ];
    for (const [config, field] of cases) {
      const { errors } = await s.planning.gql(UPDATE, { s: strategyId, config });
      expect(errors?.[0].extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await s.planning.gql(UPDATE, { s: '00000000-0000-4000-8000-000000000000', config: defaultReportConfig })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await stored()).toBeNull();
    expect(await audits()).toBe(0);
  });

  it('saves a report with a configured code and refuses an unknown one, writing nothing', async () => {
    const saved = await save({ nextDirection: 'COMPLETE' });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveMeasureReport).toMatchObject({ nextDirection: 'COMPLETE', effectiveness: null, efficiency: null, version: 1 });
    const before = await rows();
    const unknown = await save({ nextDirection: 'SHRINK', expectedVersion: 1 });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nextDirection' });
    expect(unknown.errors?.[0].message).toContain('予定通り事業終了');
    expect(await rows()).toEqual(before);
  });

  it('accepts 有効性・効率性 only while the reports rate them', async () => {
    for (const field of ['effectiveness', 'efficiency']) {
      const refused = await save({ nextDirection: 'CONTINUE', [field]: '高', expectedVersion: 1 });
      expect(refused.errors?.[0].extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await rows())[0].version).toBe(1);
  });

  it('lets 政策企画課 set the options, audited; the reports then follow them', async () => {
    const config: ReportConfig = {
      directions: [
        { code: 'EXPAND', label: '拡充', meaning: null },
        { code: 'KEEP', label: ' 現状維持 ', meaning: '現在の内容で継続する' },
        { code: 'IMPROVE', label: '改善', meaning: ' ' },
      ],
      effectiveness: true,
      efficiency: false,
      ratingLevels: ['A', 'B', 'C'],
    };
    const { data, errors } = await s.planning.gql(UPDATE, { s: strategyId, config });
    expect(errors).toBeUndefined();
    const normal = { ...config, directions: [config.directions[0], { code: 'KEEP', label: '現状維持', meaning: '現在の内容で継続する' }, { code: 'IMPROVE', label: '改善', meaning: null }] };
    expect(data.updateReportConfig.reportConfig).toEqual(normal);
    expect((await s.anonymous.gql(CONFIG, { s: strategyId })).data.strategy.reportConfig).toEqual(normal);

    const log = (await s.planning.gql(AUDIT_LOG, { id: strategyId })).data.auditLog;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'strategy.reportConfig', entityType: 'Strategy', user: { email: 'planning@example.jp' }, before: { reportConfig: null }, after: { reportConfig: normal } });
    const [{ cycle_id }] = await server.db.dataSource.query(`SELECT cycle_id FROM audit_entry WHERE action = 'strategy.reportConfig'`);
    expect(cycle_id).toBe(cycleId);

    const kept = await save({ nextDirection: 'KEEP', effectiveness: 'A', expectedVersion: 1 });
    expect(kept.errors).toBeUndefined();
    expect(kept.data.saveMeasureReport).toMatchObject({ nextDirection: 'KEEP', effectiveness: 'A', efficiency: null, version: 2 });
    const old = await save({ nextDirection: 'COMPLETE', expectedVersion: 2 });
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nextDirection' });
    const badLevel = await save({ nextDirection: 'KEEP', effectiveness: '高', expectedVersion: 2 });
    expect(badLevel.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveness' });
    const noEfficiency = await save({ nextDirection: 'KEEP', efficiency: 'A', expectedVersion: 2 });
    expect(noEfficiency.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'efficiency' });
    expect(await rows()).toEqual([{ next_direction: 'KEEP', effectiveness: 'A', efficiency: null, version: 2 }]);
  });
});

/** tests/fixtures/small-city-plan.yaml gives its own options in `evaluation.report`. */
describe('a plan file’s report block', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.smallCity] });
  });
  afterAll(() => server?.stop());

  it('is imported as the strategy’s report configuration', async () => {
    const { data, errors } = await server.gql(`{ strategies { key reportConfig { directions { code label meaning } effectiveness efficiency ratingLevels } } }`);
    expect(errors).toBeUndefined();
    const [strategy] = data.strategies;
    expect(strategy.key).toBe('sample-town-2025');
    expect(strategy.reportConfig.directions.map((d: { code: string }) => d.code)).toEqual(['EXPAND', 'KEEP', 'IMPROVE', 'REDUCE', 'ABOLISH', 'DONE']);
    expect(strategy.reportConfig.directions[3]).toEqual({ code: 'REDUCE', label: '縮小', meaning: null });
    expect(strategy.reportConfig).toMatchObject({ effectiveness: true, efficiency: true, ratingLevels: ['A', 'B', 'C'] });
  });
});
