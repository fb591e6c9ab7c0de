import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { openCycleAt } from '../support/review-ops.js';
import { plans, SAMPLE_PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { graveViolations, launchBrowser, photograph } from '../support/browser.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');

/**
 * 総合評価 on the council's measure review page: 政策企画課 records it beside the computed grade
 * (算定), keyboard only, with the refusals beside their fields; a council member reads both and
 * gets no form.
 */
describe('overall judgement in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cycleId: string;
  let measureId: string;
  let goalId: string;
  let page: Page;

  const url = (p: string) => new URL(p, server.app.url).toString();
  const measurePath = () => `/review/cycles/${cycleId}/measures/${measureId}`;

  async function openAs(email: string, next: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const opened = await context.newPage();
    await opened.goto(url(`/signin?next=${encodeURIComponent(next)}`));
    await opened.getByLabel('メールアドレス').fill(email);
    await opened.getByLabel('パスワード').fill(SAMPLE_PASSWORD);
    await opened.locator('main').getByRole('button', { name: 'サインイン' }).click();
    await opened.waitForURL((u) => u.pathname === next);
    return opened;
  }
  const panelOn = (p: Page) => p.getByRole('region', { name: '総合評価', exact: true });

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    const { data } = await server.gql(`{ strategies { id goals { id measures { id code } } } }`);
    const strategy = data.strategies[0];
    measureId = strategy.goals.flatMap((g: any) => g.measures).find((m: any) => m.code === '1-2').id;
    goalId = strategy.goals[0].id;
    const planning = server.session();
    await planning.signIn('planning@example.jp');
    cycleId = (await openCycleAt(planning, strategy.id, 2024, 'REVIEWING')).id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('is recorded by the planning division beside the computed grade, keyboard only, refusals beside their fields', async () => {
    page = await openAs('planning@example.jp', measurePath());
    const panel = panelOn(page);
    await panel.waitFor();
    const computed = (await panel.locator('dt', { hasText: '算定' }).locator('xpath=following-sibling::dd').textContent())!.trim();
    expect(computed).not.toBe('');
    expect(await panel.locator('dt', { hasText: '総合評価（政策企画課）' }).locator('xpath=following-sibling::dd').textContent()).toBe('未記入');
    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'overall-judgement-empty');

    // Opened from the keyboard: focus lands on the grade.
    const open = panel.getByRole('button', { name: '総合評価を記入する' });
    await open.focus();
    await page.keyboard.press('Enter');
    const grade = panel.getByRole('combobox', { name: '総合評価' });
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.tagName')).toBe('SELECT');
    expect(await grade.locator('option').allTextContents()).toEqual(['選択してください', 'A', 'B', 'C', 'D']);

    // Nothing chosen, nothing written: each refusal beside its field, focus on the first.
    await panel.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => panel.locator('.field-error').allTextContents()).toEqual(['総合評価を選んでください', '理由を入力してください']);
    expect(await grade.getAttribute('aria-invalid')).toBe('true');
    const reason = panel.getByRole('textbox', { name: /^理由/ });
    expect(await reason.getAttribute('aria-describedby')).toMatch(/error/);
    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'overall-judgement-errors');

    await grade.selectOption('B');
    await reason.fill('KPI の算定は C だが、\n創業相談件数が大きく伸びたことを勘案した');
    await reason.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('dt', { hasText: '総合評価（政策企画課）' }).locator('xpath=following-sibling::dd').textContent()).toBe('B');
    expect(await panel.textContent()).toContain('創業相談件数が大きく伸びたことを勘案した');
    expect(await panel.locator('.who-when').textContent()).toMatch(/政策企画/);
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('総合評価を保存しました。');
    // The computed grade stands as it was, beside the judgement.
    expect((await panel.locator('dt', { hasText: '算定' }).locator('xpath=following-sibling::dd').textContent())!.trim()).toBe(computed);
    await expect.poll(() => page.evaluate<string | null | undefined>('document.activeElement?.textContent')).toBe('総合評価を変更する');
    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'overall-judgement-saved');

    const rows = await server.db.dataSource.query(`SELECT grade, reason, version FROM overall_judgement WHERE measure_id = $1`, [measureId]);
    expect(rows).toEqual([{ grade: 'B', reason: 'KPI の算定は C だが、\n創業相談件数が大きく伸びたことを勘案した', version: 1 }]);
  });

  it('is read by the council beside the computed grade, without a form; the goal page shows its own', async () => {
    const council = await openAs('council@example.jp', measurePath());
    const panel = panelOn(council);
    await expect.poll(() => panel.locator('dt', { hasText: '総合評価（政策企画課）' }).locator('xpath=following-sibling::dd').textContent()).toBe('B');
    expect(await panel.getByRole('button').count()).toBe(0);

    await council.goto(url(`/review/cycles/${cycleId}/goals/${goalId}`));
    const goalPanel = panelOn(council);
    await expect.poll(() => goalPanel.locator('dt', { hasText: '総合評価（政策企画課）' }).locator('xpath=following-sibling::dd').textContent()).toBe('未記入');
    expect(await graveViolations(council)).toEqual([]);
    await photograph(council, SHOTS, 'overall-judgement-goal-council');
  });
});
