import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFY2024, enterFY2025, type ClosedYear } from '../support/closed-year.js';
import { parseCsv } from '../support/csv.js';
import { MOVE_CYCLE, PUBLISH, START_THREAD, UNPUBLISH } from '../support/review-ops.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const CYCLE = `query($id: ID!) { reviewCycle(id: $id) { id version state } }`;
const PUBLISHED = `query($id: ID!) {
  publishedCycle(id: $id) {
    id fiscalYear publishedAt
    indicators { indicatorId measureCode indicatorName relisted baselineValue targetValue actuals { fiscalYear value } progress { pathTarget rate grade value notGraded } gradeLabel }
    measures { goalNumber measureId measureCode whatWasDone issues nextDirection selfGrade threads { id kind subject } }
  }
}`;
const DIALOGUE = `query($id: ID!, $m: ID!) {
  publishedCycle(id: $id) {
    measure(measureId: $m) {
      measureCode whatWasDone
      threads {
        kind status subject
        posts { body author { role departmentName } }
        responses { stance body author { role departmentName } }
        actions { description status stance ownerDepartmentName nextYear { fiscalYear status notes } }
      }
    }
  }
}`;
const PROGRESS = `query($id: ID!, $fy: Int!) { indicator(id: $id) { actuals { fiscalYear value } progress(fiscalYear: $fy) { rate grade value pathTarget } } }`;

/**
 * Issue 14, part 5: the planning division publishes a closed cycle; from then on anyone reads its
 * results signed out (figures, grades, reports, the council's dialogue with authors by role and
 * department), and nothing of an unpublished cycle.
 */
describe('published results (公開)', () => {
  let server: TestServer;
  let as: Record<string, ApiSession>;
  let year: ClosedYear;
  let fy2025: { id: string };
  const files = (path: string) => fetch(`${server.app.url}files/${path}`);

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    as = await sampleSessions(server, ['planning', 'council', 'shoko', 'admin']);
    year = await closeFY2024(server, as);
  }, 120_000);
  afterAll(() => server?.stop());

  const version = async (id: string) => (await as.planning.gql(CYCLE, { id })).data.reviewCycle.version as number;

  it('shows nothing of the closed, unpublished cycle signed out: no cycle, no figure of its year', async () => {
    const res = await as.anonymous.gql(PUBLISHED, { id: year.fy2024.id });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.data ?? null).toBeNull();
    // Told apart from no cycle at all by nothing: the same code and the same shape.
    const none = await as.anonymous.gql(PUBLISHED, { id: '00000000-0000-4000-8000-000000000000' });
    expect(none.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const listed = await as.anonymous.gql(`query($s: ID!) { publishedCycles(strategyId: $s) { id } }`, { s: year.strategyId });
    expect(listed.data.publishedCycles).toEqual([]);
    const progress = await as.anonymous.gql(PROGRESS, { id: year.kpi.accepted, fy: 2024 });
    expect(progress.data.indicator.actuals).toEqual([]);
    expect(progress.data.indicator.progress.value).toBeNull();
    for (const path of [`open-data/cycles/${year.fy2024.id}/indicators.csv`, `open-data/cycles/${year.fy2024.id}/indicators.json`]) expect((await files(path)).status).toBe(404);
  });

  it('refuses to publish a cycle that is not closed (INVALID_STATE), and anyone but the planning division (FORBIDDEN)', async () => {
    fy2025 = await enterFY2025(as, year);
    const open = await as.planning.gql(PUBLISH, { id: fy2025.id, v: await version(fy2025.id) });
    expect(open.errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATE', state: 'REVIEWING' });
    const v = await version(year.fy2024.id);
    for (const who of ['council', 'shoko', 'admin']) expect((await as[who].gql(PUBLISH, { id: year.fy2024.id, v })).errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
    expect((await as.anonymous.gql(PUBLISH, { id: year.fy2024.id, v })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as.planning.gql(PUBLISH, { id: year.fy2024.id, v: v - 1 })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('publishes the closed cycle, audited', async () => {
    const res = await as.planning.gql(PUBLISH, { id: year.fy2024.id, v: await version(year.fy2024.id) });
    expect(res.errors).toBeUndefined();
    expect(res.data.publishReviewCycle.publishedAt).toBeTruthy();
    const again = await as.planning.gql(PUBLISH, { id: year.fy2024.id, v: res.data.publishReviewCycle.version });
    expect(again.errors?.[0].extensions?.code).toBe('INVALID_STATE');
    const log = await as.planning.gql(`{ auditLog(first: 5) { action entityId } }`);
    expect(log.data.auditLog).toContainEqual({ action: 'reviewCycle.publish', entityId: year.fy2024.id });
  });

  it('reads the published cycle signed out, with the figures Indicator.progress gives', async () => {
    const listed = await as.anonymous.gql(`query($s: ID!) { publishedCycles(strategyId: $s) { id fiscalYear } }`, { s: year.strategyId });
    expect(listed.data.publishedCycles).toEqual([{ id: year.fy2024.id, fiscalYear: 2024 }]);
    const res = await as.anonymous.gql(PUBLISHED, { id: year.fy2024.id });
    expect(res.errors).toBeUndefined();
    const rows = res.data.publishedCycle.indicators;
    expect(rows.length).toBeGreaterThan(40);
    for (const id of Object.values(year.kpi)) {
      const row = rows.find((r: any) => r.indicatorId === id && !r.relisted);
      const api = (await as.anonymous.gql(PROGRESS, { id, fy: 2024 })).data.indicator;
      expect(row.progress).toEqual({ ...api.progress, notGraded: row.progress.notGraded });
      expect(row.progress.pathTarget).toEqual(api.progress.pathTarget);
      expect(row.actuals.filter((a: any) => a.value !== null)).toEqual(api.actuals);
    }
    // Accepted figures only: the one handed in and never accepted is not public.
    const accepted = rows.find((r: any) => r.indicatorId === year.kpi.accepted && !r.relisted);
    const submitted = rows.find((r: any) => r.indicatorId === year.kpi.submitted && !r.relisted);
    expect(accepted.actuals).toEqual([{ fiscalYear: 2024, value: 1234 }]);
    expect(submitted.actuals).toEqual([{ fiscalYear: 2024, value: null }]);
    const measure = res.data.publishedCycle.measures.find((m: any) => m.measureId === year.measureId);
    expect(measure).toMatchObject({ whatWasDone: 'R6年度：創業セミナーを3回開催', issues: '担い手の確保', selfGrade: 'B' });
    expect(measure.threads).toHaveLength(1);
  });

  it('reads the council’s dialogue signed out, its authors by role and department, no name or e-mail anywhere', async () => {
    const res = await as.anonymous.gql(DIALOGUE, { id: year.fy2024.id, m: year.measureId });
    expect(res.errors).toBeUndefined();
    const [thread] = res.data.publishedCycle.measure.threads;
    expect(thread).toMatchObject({
      kind: 'QUESTION',
      status: 'RESOLVED',
      posts: [{ body: 'R6年度の集計方法を教えてください', author: { role: 'COUNCIL', departmentName: null } }],
      responses: [{ stance: 'WILL_ADDRESS', body: '商工会議所の調査によります', author: { role: 'DEPARTMENT', departmentName: '商工課' } }],
      // As it stood at closing; the next year's result once FY2025 is published too.
      actions: [{ description: '集計方法を公表する', status: 'PLANNED', stance: 'WILL_ADDRESS', ownerDepartmentName: '商工課', nextYear: null }],
    });
    const text = JSON.stringify(res.data);
    expect(text).not.toMatch(/@example\.jp/);
    const { data } = await as.planning.gql(`{ users { displayName } }`);
    for (const { displayName } of data.users) expect(text).not.toContain(displayName);
    // The whole published cycle too.
    const whole = JSON.stringify((await as.anonymous.gql(PUBLISHED, { id: year.fy2024.id })).data);
    expect(whole).not.toMatch(/@example\.jp/);
  });

  it('gives the next year’s result of an action once that year is published too', async () => {
    // A thread on the goal as a whole too, read on its own page once FY2025 is published.
    const onGoal = await as.council.gql(START_THREAD, { input: { cycleId: fy2025.id, anchor: 'GOAL', anchorId: year.goalId, kind: 'RECOMMENDATION', body: '基本目標全体の進め方について' } });
    expect(onGoal.errors).toBeUndefined();
    let cycle = (await as.planning.gql(CYCLE, { id: fy2025.id })).data.reviewCycle;
    cycle = (await as.planning.gql(MOVE_CYCLE, { id: cycle.id, to: 'RESPONDING', v: cycle.version })).data.moveReviewCycle;
    for (const t of (await as.planning.gql(`query($c: ID!) { reviewThreads(cycleId: $c) { id version } }`, { c: fy2025.id })).data.reviewThreads) {
      expect((await as.planning.gql(`mutation($id: ID!, $v: Int!) { resolveThread(id: $id, expectedVersion: $v) { id } }`, { id: t.id, v: t.version })).errors).toBeUndefined();
    }
    cycle = (await as.planning.gql(MOVE_CYCLE, { id: cycle.id, to: 'CLOSED', v: cycle.version })).data.moveReviewCycle;
    expect((await as.planning.gql(PUBLISH, { id: cycle.id, v: cycle.version })).errors).toBeUndefined();
    const res = await as.anonymous.gql(DIALOGUE, { id: year.fy2024.id, m: year.measureId });
    expect(res.data.publishedCycle.measure.threads[0].actions[0].nextYear).toEqual({ fiscalYear: 2025, status: 'DONE', notes: ['公表の準備', 'ホームページで公表した'] });
    const GOAL = `query($id: ID!, $g: Int!) { publishedCycle(id: $id) { goal(goalNumber: $g) { goalNumber threads { kind subject posts { body author { role departmentName } } } } } }`;
    const { goalNumber } = (await as.anonymous.gql(PUBLISHED, { id: cycle.id })).data.publishedCycle.measures.find((m: any) => m.measureId === null);
    const goal = await as.anonymous.gql(GOAL, { id: cycle.id, g: goalNumber });
    expect(goal.errors).toBeUndefined();
    expect(goal.data.publishedCycle.goal.threads).toMatchObject([{ kind: 'RECOMMENDATION', posts: [{ body: '基本目標全体の進め方について', author: { role: 'COUNCIL', departmentName: null } }] }]);
    // A goal the council raised nothing on has no such page.
    expect((await as.anonymous.gql(GOAL, { id: year.fy2024.id, g: goalNumber })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('serves the open data of the published cycle as CSV and JSON, equal to the API’s figures', async () => {
    const api = (await as.anonymous.gql(PUBLISHED, { id: year.fy2024.id })).data.publishedCycle.indicators;
    const json = await files(`open-data/cycles/${year.fy2024.id}/indicators.json`);
    expect(json.status).toBe(200);
    const body = (await json.json()) as any;
    expect(body).toMatchObject({ fiscalYear: 2024, municipality: expect.any(String) });
    expect(body.rows).toHaveLength(api.length);
    body.rows.forEach((row: any, k: number) => {
      expect(row.indicatorId).toBe(api[k].indicatorId);
      expect(row.rate).toEqual(api[k].progress.rate);
      expect(row.expected).toEqual(api[k].progress.pathTarget);
      expect(row.actual2024).toEqual(api[k].actuals[0].value ?? null);
    });
    const csv = await files(`open-data/cycles/${year.fy2024.id}/indicators.csv`);
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual(body.columns.map((c: any) => c.header));
    expect(lines.map((l) => l[0])).toEqual(api.map((r: any) => r.indicatorId));
    const rateAt = header.indexOf('達成率');
    lines.forEach((l, k) => expect(l[rateAt]).toBe(api[k].progress.rate === null ? '' : `${(api[k].progress.rate * 100).toFixed(1)}%`));
  });

  it('withdraws a publication with a reason: signed out, the cycle and its year’s figures are gone again', async () => {
    const v = await version(year.fy2024.id);
    expect((await as.planning.gql(UNPUBLISH, { id: year.fy2024.id, v, reason: ' ' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await as.planning.gql(UNPUBLISH, { id: year.fy2024.id, v, reason: '個人名が含まれていたため' })).errors).toBeUndefined();
    expect((await as.anonymous.gql(PUBLISHED, { id: year.fy2024.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const progress = await as.anonymous.gql(PROGRESS, { id: year.kpi.accepted, fy: 2024 });
    expect(progress.data.indicator.actuals).toEqual([{ fiscalYear: 2025, value: 9876 }]);
    expect((await files(`open-data/cycles/${year.fy2024.id}/indicators.json`)).status).toBe(404);
  });
});
