import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow, liveClient } from '../support/live.js';
import { AUDIT_LOG, openCycleAt } from '../support/review-ops.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const SET = `mutation($input: SetOverallJudgementInput!) {
  setOverallJudgement(input: $input) { id grade reason version createdAt updatedAt decidedBy { displayName role } } }`;
const CLEAR = `mutation($c: ID!, $m: ID, $g: ID, $reason: String!) { clearOverallJudgement(cycleId: $c, measureId: $m, goalId: $g, reason: $reason) }`;
const MEASURE = `query($m: ID!, $c: ID!) { measure(id: $m) { progress(fiscalYear: 2024) { grade } overallJudgement(cycleId: $c) { grade reason version decidedBy { displayName } } } }`;

/** 総合評価: the planning division's judgement of a measure or a goal, beside the computed grade. */
describe('overall judgement', () => {
  let server: TestServer;
  let as: Record<string, ApiSession>;
  let strategyId: string;
  let cycleId: string;
  const measure: Record<string, string> = {};
  const goal: Record<number, string> = {};
  let otherStrategy: { measureId: string; goalId: string; periodStartFY: number; id: string };
  const sql = (q: string, p: unknown[] = []) => server.db.dataSource.query(q, p);
  const judgementRows = () => sql(`SELECT cycle_id, measure_id, goal_id, grade, reason, version FROM overall_judgement ORDER BY id`);
  const auditCount = async () => (await sql(`SELECT count(*)::int AS n FROM audit_entry`))[0].n as number;

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.smallCity, plans.yonezawa], users: true });
    as = await sampleSessions(server, ['planning', 'council', 'shoko', 'admin']);
    const { data } = await server.gql(`{ strategies { id key periodStartFY goals { id number measures { id code } } } }`);
    const yonezawa = data.strategies.find((s: any) => s.key === 'yonezawa-dgc-2024');
    const town = data.strategies.find((s: any) => s.key === 'sample-town-2025');
    strategyId = yonezawa.id;
    for (const g of yonezawa.goals) {
      goal[g.number] = g.id;
      for (const m of g.measures) measure[m.code] = m.id;
    }
    otherStrategy = { id: town.id, periodStartFY: town.periodStartFY, measureId: town.goals[0].measures[0].id, goalId: town.goals[0].id };
    cycleId = (await openCycleAt(as.planning, strategyId, 2024, 'REVIEWING')).id;
  });
  const clients: Client[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await server?.stop();
  });

  const set = (s: ApiSession, fields: Record<string, unknown>) => s.gql(SET, { input: { cycleId, grade: 'B', reason: '総合的に勘案して', ...fields } });

  it('is recorded by the planning division and read back beside the computed grade', async () => {
    const before = await server.gql(`query($m: ID!) { measure(id: $m) { progress(fiscalYear: 2024) { grade } } }`, { m: measure['1-1'] });
    expect(before.errors).toBeUndefined();
    expect((await as.council.gql(MEASURE, { m: measure['1-1'], c: cycleId })).data.measure.overallJudgement).toBeNull();

    const saved = await set(as.planning, { measureId: measure['1-1'], grade: 'A', reason: 'KPI は未達だが、\r\n創業件数が大きく伸びた' });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.setOverallJudgement).toMatchObject({ grade: 'A', reason: 'KPI は未達だが、\n創業件数が大きく伸びた', version: 1, decidedBy: { role: 'PLANNING' } });

    // Everyone signed in reads both: the computed grade is untouched, the judgement stands beside it.
    for (const s of [as.council, as.shoko, as.planning]) {
      const { data, errors } = await s.gql(MEASURE, { m: measure['1-1'], c: cycleId });
      expect(errors).toBeUndefined();
      expect(data.measure.progress.grade).toBe(before.data.measure.progress.grade);
      expect(data.measure.overallJudgement).toMatchObject({ grade: 'A', version: 1, decidedBy: { displayName: expect.any(String) } });
    }

    const onGoal = await set(as.planning, { goalId: goal[1], grade: 'C', reason: '基本目標全体として遅れ' });
    expect(onGoal.errors).toBeUndefined();
    const G = `query($s: ID!, $c: ID!) { strategy(id: $s) { goals { id progress(fiscalYear: 2024) { grade } overallJudgement(cycleId: $c) { grade reason } } } }`;
    const goals = (await as.council.gql(G, { s: strategyId, c: cycleId })).data.strategy.goals;
    expect(goals.find((g: any) => g.id === goal[1]).overallJudgement).toEqual({ grade: 'C', reason: '基本目標全体として遅れ' });
    expect(goals.filter((g: any) => g.overallJudgement).length).toBe(1);
    expect(goals[0].progress.grade).toEqual(expect.any(String));
  });

  it('changes with the version read; a stale one gets CONFLICT with the current judgement', async () => {
    const changed = await set(as.planning, { measureId: measure['1-1'], grade: 'B', reason: '見直した', expectedVersion: 1 });
    expect(changed.data.setOverallJudgement).toMatchObject({ grade: 'B', version: 2 });
    const stale = await set(as.planning, { measureId: measure['1-1'], grade: 'D', reason: '古い画面から', expectedVersion: 1 });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', current: { grade: 'B', version: 2 } } });
    const blind = await set(as.planning, { measureId: measure['1-1'], grade: 'D', reason: '新規のつもり' });
    expect(blind.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await sql(`SELECT grade, version FROM overall_judgement WHERE measure_id = $1`, [measure['1-1']]))).toEqual([{ grade: 'B', version: 2 }]);
  });

  it('is refused to the council, departments and administrators, and signed out: nothing written', async () => {
    const rows = await judgementRows();
    const audit = await auditCount();
    for (const s of [as.council, as.shoko, as.admin]) {
      const res = await set(s, { measureId: measure['1-2'] });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
      const cleared = await s.gql(CLEAR, { c: cycleId, m: measure['1-1'], reason: '取り消し' });
      expect(cleared.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await set(as.anonymous, { measureId: measure['1-2'] })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as.anonymous.gql(MEASURE, { m: measure['1-1'], c: cycleId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await judgementRows()).toEqual(rows);
    expect(await auditCount()).toBe(audit);
  });

  it('refuses bad input on the field at fault, never as an internal error', async () => {
    const rows = await judgementRows();
    const badGrade = await set(as.planning, { measureId: measure['1-2'], grade: 'S' });
    expect(badGrade.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'grade' } });
    expect(badGrade.errors?.[0].message).toContain('A・B・C・D');
    const noReason = await set(as.planning, { measureId: measure['1-2'], reason: ' \n ' });
    expect(noReason.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    const tooLong = await set(as.planning, { measureId: measure['1-2'], reason: 'あ'.repeat(2001) });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const neither = await set(as.planning, {});
    expect(neither.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'measureId' } });
    const both = await set(as.planning, { measureId: measure['1-2'], goalId: goal[1] });
    expect(both.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'goalId' } });
    const otherMeasure = await set(as.planning, { measureId: otherStrategy.measureId });
    expect(otherMeasure.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'measureId' } });
    const otherGoal = await set(as.planning, { goalId: otherStrategy.goalId });
    expect(otherGoal.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'goalId' } });
    const missing = await set(as.planning, { measureId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const notAnId = await set(as.planning, { measureId: 'x' });
    expect(notAnId.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'measureId' } });
    expect(await judgementRows()).toEqual(rows);
  });

  it('takes the grades of the cycle’s own strategy', async () => {
    const town = await openCycleAt(as.planning, otherStrategy.id, otherStrategy.periodStartFY, 'COLLECTING');
    const s = await as.planning.gql(SET, { input: { cycleId: town.id, measureId: otherStrategy.measureId, grade: 'S', reason: '目標値を上回った' } });
    expect(s.errors).toBeUndefined();
    expect(s.data.setOverallJudgement.grade).toBe('S');
    const d = await as.planning.gql(SET, { input: { cycleId: town.id, measureId: otherStrategy.measureId, grade: 'D', reason: 'x', expectedVersion: 1 } });
    expect(d.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'grade' } });
    expect(d.errors?.[0].message).toContain('S・A・B・C');
  });

  it('audits every write, and clears with a reason', async () => {
    const [row] = await sql(`SELECT id FROM overall_judgement WHERE measure_id = $1`, [measure['1-1']]);
    const noReason = await as.planning.gql(CLEAR, { c: cycleId, m: measure['1-1'], reason: '' });
    expect(noReason.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    const cleared = await as.planning.gql(CLEAR, { c: cycleId, m: measure['1-1'], reason: '算定結果どおりとする' });
    expect(cleared).toEqual({ data: { clearOverallJudgement: true } });
    expect((await as.planning.gql(MEASURE, { m: measure['1-1'], c: cycleId })).data.measure.overallJudgement).toBeNull();
    const again = await as.planning.gql(CLEAR, { c: cycleId, m: measure['1-1'], reason: '二度目' });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const log = (await as.planning.gql(AUDIT_LOG, { id: row.id })).data.auditLog;
    expect(log.map((e: any) => e.action)).toEqual(['overallJudgement.clear', 'overallJudgement.set', 'overallJudgement.set']);
    expect(log.every((e: any) => e.entityType === 'OverallJudgement' && e.user.email === 'planning@example.jp')).toBe(true);
    expect(log[2]).toMatchObject({ before: null, after: { grade: 'A', measureId: measure['1-1'], cycleId } });
    expect(log[1]).toMatchObject({ before: { grade: 'A', version: 1 }, after: { grade: 'B', reason: '見直した', version: 2 } });
    expect(log[0]).toMatchObject({ before: { grade: 'B' }, after: { measureId: measure['1-1'], reason: '算定結果どおりとする' } });
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'OverallJudgement' AND cycle_id = $1`, [cycleId]);
    expect(n).toBe(4);
  });

  it('is told live to the council’s open pages', async () => {
    const client = liveClient(server.app.url, as.council.cookie);
    clients.push(client);
    const feed = follow(client, { cycleId });
    // The subscription is running once the server has answered its first read; give it that moment.
    await new Promise((r) => setTimeout(r, 300));
    const saved = await set(as.planning, { measureId: measure['1-3'], grade: 'C', reason: '事業の遅れを勘案' });
    expect(saved.errors).toBeUndefined();
    await feed.until(() => feed.events().length > 0);
    expect(feed.events()).toEqual([expect.objectContaining({ action: 'overallJudgement.set', entityType: 'OverallJudgement', entityId: saved.data.setOverallJudgement.id })]);
  });

  it('reads the judgements of every measure and goal in a fixed number of statements', async () => {
    const town = (await as.planning.gql(`query($s: ID!) { reviewCycles(strategyId: $s) { id } }`, { s: otherStrategy.id })).data.reviewCycles[0].id;
    const versions = new Map<string, number>((await sql(`SELECT measure_id, version FROM overall_judgement WHERE cycle_id = $1 AND measure_id IS NOT NULL`, [cycleId])).map((r: any) => [r.measure_id, r.version]));
    for (const id of Object.values(measure)) expect((await set(as.planning, { measureId: id, expectedVersion: versions.get(id) ?? null })).errors).toBeUndefined();
    const READ = `query($s: ID!, $c: ID!) { strategy(id: $s) { goals { overallJudgement(cycleId: $c) { grade decidedBy { displayName } }
      measures { code overallJudgement(cycleId: $c) { grade reason updatedAt decidedBy { displayName } } } } } }`;
    const statements = async (s: string, c: string) => {
      const before = server.db.statementCounter.statements;
      const res = await as.council.gql(READ, { s, c });
      expect(res.errors).toBeUndefined();
      const measures = res.data.strategy.goals.flatMap((g: any) => g.measures);
      return { statements: server.db.statementCounter.statements - before, measures: measures.length, judged: measures.filter((m: any) => m.overallJudgement).length };
    };
    const small = await statements(otherStrategy.id, town);
    const large = await statements(strategyId, cycleId);
    expect(small.judged).toBe(1);
    expect(large).toMatchObject({ judged: large.measures });
    expect(large.measures).toBeGreaterThan(small.measures * 5);
    expect(large.statements).toBe(small.statements);
  });

  it('is frozen once the cycle has closed', async () => {
    let cycle = (await as.planning.gql(`query($c: ID!) { reviewCycle(id: $c) { id version } }`, { c: cycleId })).data.reviewCycle;
    for (const to of ['RESPONDING', 'CLOSED']) {
      const moved = await as.planning.gql(`mutation($id: ID!, $to: CycleState!, $v: Int!) { moveReviewCycle(id: $id, to: $to, expectedVersion: $v) { id version state } }`, { id: cycle.id, to, v: cycle.version });
      expect(moved.errors).toBeUndefined();
      cycle = moved.data.moveReviewCycle;
    }
    const rows = await judgementRows();
    const [{ version }] = await sql(`SELECT version FROM overall_judgement WHERE measure_id = $1`, [measure['1-2']]);
    const closed = await set(as.planning, { measureId: measure['1-2'], grade: 'A', expectedVersion: version });
    expect(closed.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_STATE', state: 'CLOSED' } });
    const clear = await as.planning.gql(CLEAR, { c: cycleId, m: measure['1-2'], reason: '閉じた後' });
    expect(clear.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_STATE', state: 'CLOSED' } });
    expect(await judgementRows()).toEqual(rows);
    // Still read after closing, as the cycle's summary is.
    expect((await as.council.gql(MEASURE, { m: measure['1-2'], c: cycleId })).data.measure.overallJudgement).toMatchObject({ grade: 'B' });
  });
});
