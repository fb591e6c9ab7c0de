import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { ACCEPT_ACTUAL, ACCEPT_REPORT, MOVE_CYCLE, openCycleAt, SAVE_ACTUAL, SAVE_REPORT, SUBMIT_ACTUAL, SUBMIT_REPORT } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';
import { launchBrowser } from '../support/browser.js';

const clientDist = path.join(repoRoot, 'client/dist');
// Three KPIs of measure 1-2, all 商工課’s.
const TEAM = 'TEAM NEXT YONEZAWA の登録数'; // LEVEL: baseline 215, target 295 件
const VALUE_ADDED = '付加価値額'; // LEVEL: baseline 1,383, target 1,650 億円
const FOUNDERS = '創業支援等事業計画に基づく創業者数'; // CUMULATIVE: 延べ 96 人

/**
 * 前年度との比較 as a council member reads it: FY2024 (R6) reviewed and closed, FY2025 (R7) with
 * other figures, one KPI left empty and another direction for the measure; the page puts each KPI's
 * actual and grade next to last year's, and says so plainly when there is no year before.
 */
describe('changed since last year in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let planning: ApiSession;
  let shoko: ApiSession;
  let strategyId: string;
  let measureId: string;
  const kpis: Record<string, string> = {};
  const cycles = { fy2024: '', fy2025: '' };

  const url = (p: string) => new URL(p, server.app.url).toString();
  const ok = <T>(res: { data?: any; errors?: { message: string }[] }, field: string): T => {
    expect(res.errors).toBeUndefined();
    return res.data[field] as T;
  };

  /** 商工課 enters and submits an actual (as typed); 政策企画課 accepts it unless told otherwise. */
  async function enterActual(cycleId: string, indicatorId: string, value: string, { accept = true } = {}) {
    const saved = ok<{ id: string; version: number }>(await shoko.gql(SAVE_ACTUAL, { input: { cycleId, indicatorId, value } }), 'saveActual');
    const submitted = ok<{ id: string; version: number }>(await shoko.gql(SUBMIT_ACTUAL, { id: saved.id, v: saved.version }), 'submitActual');
    if (accept) ok(await planning.gql(ACCEPT_ACTUAL, { id: submitted.id, v: submitted.version }), 'acceptActual');
  }
  /** 商工課 writes and submits the measure report of 1-2 (取組内容・課題・今後の方向性・自己評価). */
  async function enterReport(cycleId: string, report: { whatWasDone: string; issues: string; nextDirection: string; selfGrade: string }, { accept = true } = {}) {
    const saved = ok<{ id: string; version: number }>(await shoko.gql(SAVE_REPORT, { input: { cycleId, measureId, ...report } }), 'saveMeasureReport');
    const submitted = ok<{ id: string; version: number }>(await shoko.gql(SUBMIT_REPORT, { id: saved.id, v: saved.version }), 'submitMeasureReport');
    if (accept) ok(await planning.gql(ACCEPT_REPORT, { id: submitted.id, v: submitted.version }), 'acceptMeasureReport');
  }
  async function moveTo(cycle: { id: string; version: number }, states: string[]) {
    for (const to of states) cycle = ok(await planning.gql(MOVE_CYCLE, { id: cycle.id, to, v: cycle.version }), 'moveReviewCycle');
    return cycle as { id: string; version: number; state: string };
  }

  const table = () => page.getByRole('table', { name: '施策 1-2：実績値と評価の前年度比較' });
  /** The data cells of a row, by its row header, as read on screen. */
  const cellsOf = (name: string): Promise<string[]> =>
    table()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
      .getByRole('cell')
      .allTextContents()
      .then((cells) => cells.map((c) => c.trim()));

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    const { data } = await server.gql(`{ strategies { id goals { measures { id code indicators { id name } } } } }`);
    strategyId = data.strategies[0].id;
    const m12 = data.strategies[0].goals.flatMap((g: any) => g.measures).find((m: any) => m.code === '1-2');
    measureId = m12.id;
    for (const name of [TEAM, VALUE_ADDED, FOUNDERS]) kpis[name] = m12.indicators.find((i: any) => i.name === name).id;
    [planning, shoko] = [server.session(), server.session()];
    await planning.signIn('planning@example.jp');
    await shoko.signIn('shoko@example.jp');

    // FY2024 (R6): two KPIs and the report, accepted; no thread was opened, so the cycle closes.
    const fy2024 = await openCycleAt(planning, strategyId, 2024, 'COLLECTING');
    cycles.fy2024 = fy2024.id;
    await enterActual(fy2024.id, kpis[TEAM], '275');
    await enterActual(fy2024.id, kpis[FOUNDERS], '２５');
    await enterReport(fy2024.id, { whatWasDone: '創業塾を年4回開催した', issues: '創業後の定着支援が弱い', nextDirection: 'EXPAND', selfGrade: 'B' });
    expect((await moveTo(fy2024, ['REVIEWING', 'RESPONDING', 'CLOSED'])).state).toBe('CLOSED');

    // FY2025 (R7): other figures for TEAM NEXT, a first one for 付加価値額, none for 創業者数; a draft
    // of 創業者数 that was never handed in counts as none.
    const fy2025 = await openCycleAt(planning, strategyId, 2025, 'COLLECTING');
    cycles.fy2025 = fy2025.id;
    await enterActual(fy2025.id, kpis[TEAM], '300');
    await enterActual(fy2025.id, kpis[VALUE_ADDED], '1,500', { accept: false });
    ok(await shoko.gql(SAVE_ACTUAL, { input: { cycleId: fy2025.id, indicatorId: kpis[FOUNDERS], value: '0' } }), 'saveActual');
    await enterReport(fy2025.id, { whatWasDone: '創業塾をオンラインでも開催した', issues: '参加者が固定化している', nextDirection: 'REVISE', selfGrade: 'C' }, { accept: false });
    await moveTo(fy2025, ['REVIEWING']);

    browser = await launchBrowser();
    const session = server.session();
    await session.signIn('council@example.jp');
    const [name, value] = session.cookie!.split(/=(.*)/s);
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name, value, url: server.app.url }]);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('puts each KPI’s actual and grade next to last year’s, in a table with a caption and column headers', async () => {
    await page.goto(url(`/review/cycles/${cycles.fy2025}/changes`));
    await page.getByRole('heading', { level: 1, name: '令和7年度前年度との比較' }).waitFor();
    expect(await page.title()).toContain('令和7年度前年度との比較');
    expect(await page.locator('main').textContent()).toContain('令和6年度の実績値・評価・今後の方向性と並べて示します');
    await table().waitFor();
    await page.getByRole('region', { name: /^1-2 / }).waitFor();

    const headers = await table().getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['指標（KPI）', '令和6年度 実績値', '令和7年度 実績値', '令和6年度 評価', '令和7年度 評価']);
    expect(await table().getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining([TEAM, VALUE_ADDED, FOUNDERS]));

    // Last year, this year; then last year's grade, this year's.
    // Each year against its expected value. TEAM NEXT 215 → 295: R6 expects 235, (275 − 215) / 20 = 3 → A;
    // R7 expects 255, (300 − 215) / 40 → A.
    await expect.poll(() => cellsOf(TEAM)).toEqual(['275 件', '300 件', 'A', 'A']);
    // 付加価値額: nothing last year; this year 1,500 submitted (not yet accepted still counts): R7 expects 1,516.5, 117 / 133.5 = 87.6 % → B.
    expect(await cellsOf(VALUE_ADDED)).toEqual(['–', '1,500 億円', '–', 'B']);
    // 創業者数: 25 of 延べ 96 last year, which expected 24 → A; this year only a draft of 0, which is nobody's figure yet.
    expect(await cellsOf(FOUNDERS)).toEqual(['25 人', '–', 'A', '–']);
  });

  it('shows the measure’s grade in the table’s footer and its 今後の方向性 now and last year beside it', async () => {
    // 施策の評価 rolls up its KPIs, each rate held at most 1: R6 (1 + 1) / 2 → A; R7 (1 + 0.876) / 2 → B (an empty KPI does not count).
    expect(await cellsOf('施策の評価')).toEqual(['', 'A', 'B']);
    // The direction is not a grade: it is not read out under the grade columns but named with its own year.
    expect(await table().getByRole('rowheader', { name: '今後の方向性' }).count()).toBe(0);
    const measure = page.getByRole('region', { name: /^1-2 / });
    const terms = await measure.getByRole('term').allTextContents();
    const definitions = await measure.getByRole('definition').allTextContents();
    expect(Object.fromEntries(terms.map((term, i) => [term.trim(), definitions[i].trim()]))).toEqual({ '令和6年度 今後の方向性': '拡充', '令和7年度 今後の方向性': '見直し' });
  });

  it('shows a measure nobody reported on as such, in both years', async () => {
    const other = page.getByRole('table', { name: '施策 1-1：実績値と評価の前年度比較' });
    const first = await other.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(first.map((c) => c.trim())).toEqual(['–', '–', '–', '–']);
    const measure = page.getByRole('region', { name: /^1-1 / });
    expect((await measure.getByRole('definition').allTextContents()).map((d) => d.trim())).toEqual(['–', '–']);
  });

  it('says plainly that FY2024 has no year before to compare with, and shows no table', async () => {
    await page.goto(url(`/review/cycles/${cycles.fy2024}/changes`));
    await page.getByRole('heading', { level: 1, name: '令和6年度前年度との比較' }).waitFor();
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('令和5年度のレビューがないため、比較できません。');
    expect(await main.getByRole('table').count()).toBe(0);
    // A closed cycle follows nobody's writes: no live status line.
    expect(await main.getByText(/^ライブ更新/).count()).toBe(0);
  });
});
