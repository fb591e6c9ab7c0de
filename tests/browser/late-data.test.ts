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

/**
 * In the FY2025 cycle only the FY2024 figure of 付加価値額 is out: 商工課 enters it as the R6 figure
 * and sees it judged as such; another KPI is declared not graded with a reason. A small town's KPI
 * page shows what its plan says of the target beyond one number.
 */
describe('late data and target details in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let cycleId: string;
  const kpi: Record<string, string> = {};
  const url = (p: string) => new URL(p, server.app.url).toString();

  const signedIn = async (email: string) => (await signedInPage(browser, server, email)).page;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa, plans.smallCity], users: true, clientDist });
    browser = await launchBrowser();
    const [{ id: strategyId }] = await server.db.dataSource.query(`SELECT id FROM strategy WHERE key <> 'sample-town-2025'`);
    for (const { id, name } of await server.db.dataSource.query(`SELECT id, name FROM indicator`)) kpi[name] = id;
    const planning = server.session();
    await planning.signIn('planning@example.jp');
    cycleId = (await openCycleAt(planning, strategyId, 2025, 'COLLECTING')).id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('enters an earlier year’s figure, sees it judged as that year’s, and hands it in', async () => {
    const page = await signedIn('shoko@example.jp');
    await page.goto(url(`/review/cycles/${cycleId}/indicators/${kpi['付加価値額']}`));
    const main = page.locator('main');
    // A slip of digits gets a second look, never a refusal.
    await main.getByLabel(/^実績値/).fill('14,500');
    await expect.poll(() => main.locator('.notice').allTextContents()).toContain('計画の目標値・基準値と比べて非常に大きな値です。単位や桁をもう一度確かめてください（このまま保存もできます）。');
    await main.getByLabel(/^実績値/).fill('1,450');
    expect(await main.getByText('計画の目標値・基準値と比べて非常に大きな値です', { exact: false }).count()).toBe(0);
    await main.getByLabel('値の対象期間').selectOption({ label: '令和6年度（最新値が前の年度のもの）' });
    await main.getByLabel('時点の表記（任意）').fill('R6年度（経済構造実態調査）');
    const preview = main.getByTestId('progress-preview');
    // FY2024's expected value is 1,449.75 (FY2025's would be 1,516.5, which 1,450 misses).
    await expect.poll(() => preview.textContent()).toContain('令和6年度の値として、その年度の期待値と比べています');
    expect(await preview.locator('.grade').textContent()).toBe('A');
    expect(await preview.textContent()).toContain('1,450');

    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'late-data-entry');
    await main.getByRole('button', { name: '提出する' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('提出しました');
    const [row] = await server.db.dataSource.query(`SELECT value, period_fiscal_year, period_label, status FROM actual WHERE indicator_id = $1`, [kpi['付加価値額']]);
    expect(row).toEqual({ value: '1450', period_fiscal_year: 2024, period_label: 'R6年度（経済構造実態調査）', status: 'SUBMITTED' });
  });

  it('declares a KPI not graded: the reason is required, named next to its field', async () => {
    const page = await signedIn('shoko@example.jp');
    // A 延べ KPI says that the year's own figure is wanted.
    await page.goto(url(`/review/cycles/${cycleId}/indicators/${kpi['創業支援等事業計画に基づく創業者数']}`));
    await expect.poll(() => page.locator('main').textContent()).toContain('延べ（累計）の指標です。この年度の値を入力してください（累計ではありません）。');
    await page.goto(url(`/review/cycles/${cycleId}/indicators/${kpi['TEAM NEXT YONEZAWA の登録数']}`));
    const main = page.locator('main');
    expect(await main.textContent()).not.toContain('延べ（累計）の指標です');
    await main.getByLabel('評価', { exact: true }).selectOption({ label: '評価しない：中止' });
    await main.getByRole('button', { name: '下書き保存' }).click();
    const reason = main.getByLabel('評価しない理由');
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe(await reason.getAttribute('id'));
    expect(await main.locator('.field-error').first().textContent()).toContain('理由を入力してください');
    await reason.fill('登録制度を県の事業に統合したため');
    await main.getByRole('button', { name: '下書き保存' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('下書きを保存しました');
    await expect.poll(() => main.getByTestId('progress-preview').textContent()).toContain('担当課の判断により評価しません');
    const [row] = await server.db.dataSource.query(`SELECT value, not_graded, not_known_reason FROM actual WHERE indicator_id = $1`, [kpi['TEAM NEXT YONEZAWA の登録数']]);
    expect(row).toEqual({ value: null, not_graded: 'STOPPED', not_known_reason: '登録制度を県の事業に統合したため' });
  });

  it('shows a KPI’s target details: intermediate target, 設定根拠, 計算方法, 数値確定の時期, no department', async () => {
    const page = await signedIn('council@example.jp');
    await page.goto(url(`/indicators/${kpi['家庭で学習する児童の割合']}`));
    const facts = page.locator('main dl.facts').first();
    await expect.poll(() => facts.textContent()).toContain('中間目標値');
    const text = await facts.textContent();
    for (const expected of ['各小学校', '県平均を上回る水準として設定', '令和9年度：70%以上', '学力調査で家庭学習と正答率の相関', '児童質問紙', '翌年度8月']) {
      expect(text).toContain(expected);
    }
    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'target-details');

    await page.goto(url(`/indicators/${kpi['町立図書館の貸出冊数']}`));
    await expect.poll(() => page.locator('main dl.facts').first().textContent()).toContain('令和9年度から');
    expect(await page.locator('main dl.facts').first().textContent()).toContain('基準値：冊/年／目標値：冊（延べ）');
  });
});
