import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { ACCEPT_ACTUAL, MOVE_CYCLE, openCycleAt, SAVE_ACTUAL, SUBMIT_ACTUAL } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');
const LIVE = { timeout: 5000 };

/**
 * 政策企画課 changes how the strategy grades on the settings page (issue 11): the page previews
 * which grades of the year would change, saves, and a council member's review page, open
 * meanwhile in another browser, shows the new grades without a reload.
 */
describe('grading settings in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let planning: ApiSession;
  let strategyId: string;
  let measureId: string;
  let cycleId: string;

  const url = (p: string) => new URL(p, server.app.url).toString();
  const signedIn = async (email: string) => (await signedInPage(browser, server, email)).page;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    browser = await launchBrowser();
    const { data } = await server.gql(`{ strategies { id goals { measures { id code indicators { id name } } } } }`);
    strategyId = data.strategies[0].id;
    const m12 = data.strategies[0].goals.flatMap((g: any) => g.measures).find((m: any) => m.code === '1-2');
    measureId = m12.id;
    const valueAdded = m12.indicators.find((i: any) => i.name === '付加価値額').id;
    planning = server.session();
    const shoko = server.session();
    await planning.signIn('planning@example.jp');
    await shoko.signIn('shoko@example.jp');
    // R6: 商工課 hands in 1,500 億円 for 付加価値額 (ahead of the expected 1,449.75: A), accepted; the council reviews.
    const cycle = await openCycleAt(planning, strategyId, 2024, 'COLLECTING');
    const saved = (await shoko.gql(SAVE_ACTUAL, { input: { cycleId: cycle.id, indicatorId: valueAdded, value: '1500' } })).data.saveActual;
    await shoko.gql(SUBMIT_ACTUAL, { id: saved.id, v: saved.version });
    expect((await planning.gql(ACCEPT_ACTUAL, { id: saved.id, v: saved.version + 1 })).errors).toBeUndefined();
    const [{ version }] = await server.db.dataSource.query(`SELECT version FROM review_cycle WHERE id = $1`, [cycle.id]);
    expect((await planning.gql(MOVE_CYCLE, { id: cycle.id, to: 'REVIEWING', v: version })).errors).toBeUndefined();
    cycleId = cycle.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('previews the grades a change would make, saves it, and the council’s open page shows them live', async () => {
    const council = await signedIn('council@example.jp');
    await council.goto(url(`/review/cycles/${cycleId}/measures/${measureId}`));
    const kpi = council.locator('main').getByRole('article', { name: /^付加価値額/ }).first();
    await expect.poll(() => kpi.locator('.figures .grade').first().textContent(), LIVE).toBe('A');
    expect(await kpi.textContent()).toContain('期待値に到達（順調）');

    const page = await signedIn('planning@example.jp');
    await page.goto(url('/cycles'));
    await page.getByRole('link', { name: '評価の設定' }).click();
    await page.getByRole('heading', { level: 1, name: '評価の設定' }).waitFor();
    expect(await page.title()).toContain('評価の設定');
    const main = page.locator('main');

    // A scale that cannot grade is caught as it is typed: the field says so and nothing can be saved.
    const firstGrade = main.getByRole('textbox', { name: '1行目 評価' });
    await firstGrade.fill('');
    await expect.poll(() => main.getByRole('alert').first().textContent()).toContain('直すところが1件あります');
    expect(await main.getByRole('button', { name: 'この設定を保存する' }).isDisabled()).toBe(true);
    await firstGrade.fill('A');

    await main.getByRole('group', { name: /各年度の実績値を何と比べるか/ }).getByLabel('最終目標値').check();
    await main.getByRole('button', { name: '変更される評価を確認する' }).click();
    const changes = main.getByRole('table', { name: /令和6年度の評価で変わるもの（1件）/ });
    await changes.waitFor(LIVE);
    expect((await changes.getByRole('row').filter({ hasText: '付加価値額' }).getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual(['A', 'D']);
    // Nothing is saved by a preview.
    await expect.poll(() => kpi.locator('.figures .grade').first().textContent()).toBe('A');

    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'evaluation-settings');
    // On a phone the page does not scroll sideways: wide tables scroll inside their own box.
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });

    await main.getByRole('button', { name: 'この設定を保存する' }).click();
    // The grading rules' own save section: the 報告様式 section below it has its own status.
    await expect.poll(() => main.getByRole('region', { name: '保存', exact: true }).getByRole('status').textContent(), LIVE).toContain('評価の設定を保存しました');
    const [{ progress_config }] = await server.db.dataSource.query(`SELECT progress_config FROM strategy WHERE id = $1`, [strategyId]);
    expect(progress_config.basis).toBe('FINAL_TARGET');

    // The council member's page, never reloaded, grades against the final target now: D, and says the target is not reached.
    await expect.poll(() => kpi.locator('.figures .grade').first().textContent(), LIVE).toBe('D');
    expect(await kpi.textContent()).toContain('目標値に届いていません');
  });
});
