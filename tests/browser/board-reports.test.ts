import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { openCycleAt, RETURN_ACTUAL, SAVE_ACTUAL, SAVE_REPORT, SUBMIT_ACTUAL, SUBMIT_REPORT } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');
const LIVE = { timeout: 5000 };
// The first read of a department's board on a cold page (its chunk, the board, the detail).
const LOAD = { timeout: 20000 };

/**
 * Measure reports on the planning division's board: 商工課 hands in its report on 1-1; 政策企画課
 * reads it beside the measure's KPI grades and returns it with a reason; 商工課 finds the reason in
 * its inbox and on the form, fixes and resubmits; 政策企画課 accepts it together with an actual in
 * one action, told which one failed because it changed meanwhile.
 */
describe('measure reports on the cycle board in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let cycleId: string;
  let shokoId: string;
  let planningApi: ApiSession;
  let shokoApi: ApiSession;
  const measure = { id: '', title: '' };
  const kpi: Record<string, string> = {};
  const actualIds: Record<string, { id: string; version: number }> = {};

  const url = (p: string) => new URL(p, server.app.url).toString();
  const board = () => url(`/cycles/${cycleId}/board/${shokoId}`);
  const statusOf = async (table: string, id: string) => (await server.db.dataSource.query(`SELECT status FROM ${table} WHERE id = $1`, [id]))[0].status;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    browser = await launchBrowser();
    const { data } = await server.gql(`{ strategies { id goals { measures { id code title indicators { id name } } } } }`);
    const measures = data.strategies[0].goals.flatMap((g: any) => g.measures);
    Object.assign(measure, measures.find((m: any) => m.code === '1-1'));
    for (const m of measures) for (const i of m.indicators) kpi[i.name] = i.id;
    planningApi = server.session();
    await planningApi.signIn('planning@example.jp');
    cycleId = (await openCycleAt(planningApi, data.strategies[0].id, 2024, 'COLLECTING')).id;
    shokoApi = server.session();
    await shokoApi.signIn('shoko@example.jp');
    shokoId = (await shokoApi.gql(`{ viewer { department { id } } }`)).data.viewer.department.id;

    // 商工課 hands in its report on 1-1 and two actuals (set up through the API).
    const saved = await shokoApi.gql(SAVE_REPORT, {
      input: { cycleId, measureId: measure.id, whatWasDone: '共同研究の仲介を12件行った', issues: '参加企業が固定化している', nextDirection: 'CONTINUE', selfGrade: 'B' },
    });
    expect(saved.errors).toBeUndefined();
    const report = saved.data.saveMeasureReport;
    expect((await shokoApi.gql(SUBMIT_REPORT, { id: report.id, v: report.version })).errors).toBeUndefined();
    for (const [name, value] of [['付加価値額', '1,500'], ['TEAM NEXT YONEZAWA の登録数', '150']]) {
      const actual = (await shokoApi.gql(SAVE_ACTUAL, { input: { cycleId, indicatorId: kpi[name], value } })).data.saveActual;
      actualIds[name] = (await shokoApi.gql(SUBMIT_ACTUAL, { id: actual.id, v: actual.version })).data.submitActual;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // A decision card by its heading: a report's card also names its measure's KPIs.
  const card = (page: Page, name: string) => page.locator('.department-detail li.decision').filter({ has: page.locator('h4', { hasText: name }) });
  const reportCard = (page: Page) => card(page, measure.title);
  const actualCard = (page: Page, name: string) => card(page, name);

  it('lists each department once, the 各課等 row by what it is, and the detail beside the table on a wide screen', async () => {
    const { page } = await signedInPage(browser, server, 'planning@example.jp');
    await page.goto(url(`/cycles/${cycleId}/board`));
    const table = page.locator('main').getByRole('table', { name: /担当課ごとの実績値の提出状況/ });
    await table.waitFor(LOAD);
    const names = (await table.getByRole('rowheader').allTextContents()).map((n) => n.trim());
    expect(names.filter((n) => n.includes('政策企画課'))).toEqual(['政策企画課']);
    expect(names.at(-1)).toBe('各課等（担当課の定めなし）');

    await page.setViewportSize({ width: 1366, height: 900 });
    await table.getByRole('link', { name: '商工課', exact: true }).click();
    const heading = page.getByRole('heading', { name: '商工課の実績値・施策評価' });
    await heading.waitFor(LIVE);
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('department-heading');
    await reportCard(page).waitFor(LOAD);
    const [tableBox, detailBox] = [await table.boundingBox(), await page.locator('.department-detail').boundingBox()];
    // Beside, not under: the detail starts right of the table, its heading in view.
    expect(detailBox!.x).toBeGreaterThan(tableBox!.x + tableBox!.width - 1);
    expect(detailBox!.y).toBeLessThan(900);
    await page.context().close();
  });

  it('the planning division reads the report beside its KPI grades, and returns it with a reason', async () => {
    const { page } = await signedInPage(browser, server, 'planning@example.jp');
    await page.goto(board());
    const card = reportCard(page);
    await card.waitFor(LOAD);
    const text = await card.textContent();
    for (const shown of ['施策評価', '1-1', '提出済', '共同研究の仲介を12件行った', '参加企業が固定化している', '継続', '担当課の自己評価', 'KPI の評価', '市内企業と山形大学工学部教員の共同研究数', '商工課 商工 一郎']) {
      expect(text).toContain(shown);
    }
    // An actual's card: the value, the grade it gives by the shared rules, last year's value, baseline and target.
    const actual = actualCard(page, '付加価値額');
    const actualText = await actual.textContent();
    expect(actualText).toContain('1,500 億円');
    expect(await actual.locator('.grade').first().textContent()).toBe('A');
    expect(actualText).toContain('175.3%');
    expect(actualText).toMatch(/前年度（令和5年度）/);
    expect(actualText).toMatch(/基準値.*1,383/);
    expect(actualText).toMatch(/目標値.*1,650/);

    expect(await graveViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await graveViolations(page)).toEqual([]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1366, height: 900 });
    await photograph(page, SHOTS, 'board-reports');

    await card.getByRole('button', { name: '差し戻す' }).click();
    await card.getByRole('button', { name: '差し戻しを確定する' }).click();
    await expect.poll(() => card.locator('.field-error').textContent()).toContain('差戻しの理由を入力してください');
    await card.getByLabel('差戻しの理由（担当課に表示されます）').fill('課題に対する来年度の手立てを書いてください');
    await card.getByRole('button', { name: '差し戻しを確定する' }).click();
    await expect.poll(() => page.locator('.department-detail p.ok').textContent()).toContain('差し戻しました');
    const returned = page.locator('.department-detail section').filter({ has: page.getByRole('heading', { name: '差戻し中 1件' }) });
    await expect.poll(() => returned.textContent()).toContain('課題に対する来年度の手立てを書いてください');
    await page.context().close();
  });

  it('商工課 sees the reason in its inbox and on the form, fixes the report and hands it in again', async () => {
    const { page } = await signedInPage(browser, server, 'shoko@example.jp');
    await page.goto(url('/review'));
    const returned = page.locator('main .returned');
    await returned.getByRole('heading', { name: /差し戻された施策評価（1件）/ }).waitFor(LIVE);
    expect(await returned.textContent()).toContain('課題に対する来年度の手立てを書いてください');
    const row = page.locator('main').getByRole('table', { name: /施策の評価/ }).getByRole('row').filter({ hasText: measure.title });
    expect(await row.textContent()).toContain('差戻し');
    expect(await row.textContent()).toContain('課題に対する来年度の手立てを書いてください');

    await returned.getByRole('link', { name: measure.title }).click();
    await page.getByRole('heading', { level: 1, name: measure.title }).waitFor(LIVE);
    const note = page.locator('main .returned');
    expect(await note.textContent()).toContain('政策企画課から差し戻されました');
    expect(await note.textContent()).toContain('課題に対する来年度の手立てを書いてください');
    // The reason stands at the top, before the form.
    const order = await page.locator('main .returned, main form').evaluateAll((els) => els.map((e) => e.tagName));
    expect(order[0]).toBe('DIV');

    await page.getByLabel('課題').fill('参加企業が固定化している。来年度は未参加企業への個別訪問を行う');
    await page.getByRole('button', { name: '提出する' }).click();
    await expect.poll(() => page.locator('main').getByRole('status').last().textContent(), LIVE).toContain('提出しました');
    const [stored] = await server.db.dataSource.query(`SELECT status, issues FROM measure_report WHERE measure_id = $1`, [measure.id]);
    expect(stored).toEqual({ status: 'SUBMITTED', issues: '参加企業が固定化している。来年度は未参加企業への個別訪問を行う' });
    await page.context().close();
  });

  it('the planning division accepts the report and an actual in one action, told which one changed meanwhile', async () => {
    const { page } = await signedInPage(browser, server, 'planning@example.jp');
    await page.goto(board());
    const bulk = page.locator('.bulk-accept');
    await reportCard(page).waitFor(LOAD);
    const run = bulk.getByRole('button', { name: /選んだ\d+件を承認する/ });
    expect(await run.isDisabled()).toBe(true);
    await reportCard(page).getByRole('checkbox', { name: /一括承認に含める/ }).check();
    await actualCard(page, '付加価値額').getByRole('checkbox').check();
    await actualCard(page, 'TEAM NEXT YONEZAWA').getByRole('checkbox').check();
    await expect.poll(() => run.textContent()).toBe('選んだ3件を承認する');

    // Meanwhile a colleague returns one of them: its version is stale, the rest go through.
    const team = actualIds['TEAM NEXT YONEZAWA の登録数'];
    expect((await planningApi.gql(RETURN_ACTUAL, { id: team.id, v: team.version, reason: '出典を確認してください' })).errors).toBeUndefined();

    await run.click();
    const summary = bulk.getByRole('status');
    await expect.poll(() => summary.textContent(), LIVE).toContain('2件を承認しました');
    expect(await summary.textContent()).toContain(measure.title);
    expect(await summary.textContent()).toContain('付加価値額');
    expect(await summary.textContent()).toContain('1件は承認できませんでした');
    expect(await summary.textContent()).toContain('「TEAM NEXT YONEZAWA の登録数」：');
    expect(await summary.textContent()).toContain('担当課が先に内容を変更しました');

    const report = (await server.db.dataSource.query(`SELECT id FROM measure_report WHERE measure_id = $1`, [measure.id]))[0].id;
    expect(await statusOf('measure_report', report)).toBe('ACCEPTED');
    expect(await statusOf('actual', actualIds['付加価値額'].id)).toBe('ACCEPTED');
    expect(await statusOf('actual', team.id)).toBe('RETURNED');
    const accepted = page.locator('.department-detail section').filter({ has: page.getByRole('heading', { name: /^承認済 \d+件$/ }) });
    await expect.poll(() => accepted.textContent(), LIVE).toContain(measure.title);
    // The board's counts follow.
    const shoko = page.locator('main').getByRole('table', { name: /担当課ごとの実績値の提出状況/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '商工課', exact: true }) });
    await expect.poll(() => shoko.textContent(), LIVE).toContain('1/6');
    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'board-reports-bulk');
    await page.context().close();
  });
});
