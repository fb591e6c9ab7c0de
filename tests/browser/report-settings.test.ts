import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { openCycleAt } from '../support/review-ops.js';
import { plans, startTestServer, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');
const LIVE = { timeout: 5000 };

/**
 * 政策企画課 adds a 今後の方向性 option on the settings page's 報告様式 section and turns 有効性 on;
 * 商工課's measure report form then offers it, and the draft is saved with its code.
 */
describe('the report form’s settings in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let strategyId: string;
  let measureId: string;
  let cycleId: string;

  const url = (p: string) => new URL(p, server.app.url).toString();
  const signedIn = async (email: string) => (await signedInPage(browser, server, email)).page;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    browser = await launchBrowser();
    const { data } = await server.gql(`{ strategies { id goals { measures { id code } } } }`);
    strategyId = data.strategies[0].id;
    measureId = data.strategies[0].goals.flatMap((g: any) => g.measures).find((m: any) => m.code === '1-1').id;
    const planning = server.session();
    await planning.signIn('planning@example.jp');
    cycleId = (await openCycleAt(planning, strategyId, 2024, 'COLLECTING')).id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('adds an option on the settings page, and a department’s report form offers it', async () => {
    const page = await signedIn('planning@example.jp');
    await page.goto(url(`/strategies/${strategyId}/evaluation`));
    const section = page.getByRole('region', { name: '報告様式' });
    await section.waitFor(LIVE);
    const options = section.getByRole('table', { name: /今後の方向性の選択肢/ });
    const labels = options.getByRole('textbox', { name: /表示名$/ });
    expect(await Promise.all((await labels.all()).map((input) => input.inputValue()))).toEqual([
      '拡充',
      '継続',
      '見直し',
      '廃止・中止',
      '予定通り事業終了',
    ]);

    await section.getByRole('button', { name: '選択肢を追加' }).click();
    // A new row is caught as it is typed: its empty fields say so and nothing can be saved.
    await expect.poll(() => section.getByRole('alert').first().textContent()).toContain('直すところが2件あります');
    const save = section.getByRole('button', { name: '報告様式を保存' });
    expect(await save.isDisabled()).toBe(true);
    await section.getByRole('textbox', { name: '6行目 コード' }).fill('continue');
    expect(await section.getByRole('textbox', { name: '6行目 コード' }).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => section.textContent()).toContain('ほかの選択肢と同じコードです');
    await section.getByRole('textbox', { name: '6行目 コード' }).fill('MERGE');
    await section.getByRole('textbox', { name: '6行目 表示名' }).fill('統合');
    await section.getByRole('textbox', { name: '6行目 意味' }).fill('他の事業と統合する');
    // Reordered by keyboard: the row moves above 予定通り事業終了.
    await section.getByRole('button', { name: '「統合」を上へ' }).focus();
    await page.keyboard.press('Enter');
    expect(await section.getByRole('textbox', { name: '5行目 表示名' }).inputValue()).toBe('統合');
    await section.getByRole('checkbox', { name: '有効性を評価する' }).check();

    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'report-settings');
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });

    await save.click();
    await expect.poll(() => section.getByRole('status').textContent(), LIVE).toContain('報告様式を保存しました');
    const [{ report_config }] = await server.db.dataSource.query(`SELECT report_config FROM strategy WHERE id = $1`, [strategyId]);
    expect(report_config.directions.map((d: { code: string }) => d.code)).toEqual(['EXPAND', 'CONTINUE', 'REVISE', 'ABOLISH', 'MERGE', 'COMPLETE']);
    expect(report_config.effectiveness).toBe(true);

    const shoko = await signedIn('shoko@example.jp');
    await shoko.goto(url(`/review/cycles/${cycleId}`));
    await shoko.getByRole('table', { name: /施策の評価/ }).getByRole('link').first().click();
    await shoko.waitForURL(`**/review/cycles/${cycleId}/measures/${measureId}/report`);
    const form = shoko.locator('main form');
    const directions = form.getByRole('group', { name: /今後の方向性/ });
    await directions.waitFor(LIVE);
    expect(await directions.getByRole('radio').count()).toBe(6);
    expect(await directions.locator('label').allTextContents()).toEqual([
      '拡充',
      '継続',
      '見直し',
      '廃止・中止',
      '統合',
      '予定通り事業終了',
    ]);
    // 有効性 is asked for now, 効率性 is not.
    expect(await form.getByRole('combobox', { name: '有効性' }).count()).toBe(1);
    expect(await form.getByRole('combobox', { name: '効率性' }).count()).toBe(0);

    await form.getByRole('textbox', { name: /取組内容/ }).fill('創業支援セミナーを4回開催');
    await directions.getByRole('radio', { name: '統合' }).check();
    await form.getByRole('combobox', { name: '有効性' }).selectOption('中');
    await form.getByRole('combobox', { name: '担当課の自己評価' }).selectOption('B');
    expect(await graveViolations(shoko)).toEqual([]);
    await photograph(shoko, SHOTS, 'measure-report-form');

    await form.getByRole('button', { name: '下書き保存' }).click();
    await expect.poll(() => shoko.locator('main').getByRole('status').last().textContent(), LIVE).toContain('下書きを保存しました');
    const [row] = await server.db.dataSource.query(`SELECT next_direction, effectiveness, self_grade, status FROM measure_report WHERE cycle_id = $1 AND measure_id = $2`, [cycleId, measureId]);
    expect(row).toEqual({ next_direction: 'MERGE', effectiveness: '中', self_grade: 'B', status: 'DRAFT' });

    // Saved twice from the same open form: the second save carries the version the first returned.
    await form.getByRole('textbox', { name: /課題/ }).fill('受講者の事業化率が低い');
    await form.getByRole('button', { name: '下書き保存' }).click();
    await expect.poll(async () => (await server.db.dataSource.query(`SELECT version FROM measure_report WHERE cycle_id = $1`, [cycleId]))[0].version, LIVE).toBe(2);
  });
});
