import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { SAVE_ACTUAL, SUBMIT_ACTUAL, openCycleAt } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const shots = path.join(repoRoot, 'tests/.artifacts/screenshots');

/**
 * Issue 12, item 3: moving a cycle on while entries are still open asks first, naming the counts,
 * and each open item links to where it is done; a move back shows its reason to the departments.
 */
describe('guard rails on moving a cycle, in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let cycle: { id: string; version: number };
  let shoko: ApiSession;
  const kpi = { draft: { id: '', name: '' }, submitted: { id: '', name: '' } };
  let indicators = 0;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm run build --workspace client` first');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    browser = await launchBrowser();
    const planning = await signedInPage(browser, server, 'planning@example.jp');
    page = planning.page;
    const { data } = await planning.session.gql(`{ strategies { id } }`);
    cycle = await openCycleAt(planning.session, data.strategies[0].id, 2024, 'COLLECTING');
    [{ n: indicators }] = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM indicator`);

    // 商工課 saves one KPI as a draft and hands in another; nothing else is entered.
    shoko = server.session();
    await shoko.signIn('shoko@example.jp');
    const mine = (await shoko.gql(`query($id: ID!) { reviewCycle(id: $id) { assignments { indicator { id name } } } }`, { id: cycle.id })).data.reviewCycle.assignments;
    [kpi.draft, kpi.submitted] = mine.map((a: any) => a.indicator);
    expect((await shoko.gql(SAVE_ACTUAL, { input: { cycleId: cycle.id, indicatorId: kpi.draft.id, value: '10' } })).errors).toBeUndefined();
    const saved = (await shoko.gql(SAVE_ACTUAL, { input: { cycleId: cycle.id, indicatorId: kpi.submitted.id, value: '12' } })).data.saveActual;
    expect((await shoko.gql(SUBMIT_ACTUAL, { id: saved.id, v: saved.version })).errors).toBeUndefined();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const url = (p: string) => new URL(p, server.app.url).toString();
  const stateNow = async () => (await server.db.dataSource.query(`SELECT state FROM review_cycle WHERE id = $1`, [cycle.id]))[0].state;
  // Strings, evaluated in the page: this file is type-checked without the DOM library.
  const focusInDialog = () => page.evaluate<boolean>(`!!document.activeElement?.closest('dialog[open]')`);
  const focusedText = () => page.evaluate<string | undefined>('document.activeElement?.textContent');

  it('the planning division sees what is still open before 審議中, cancels (nothing moves), then confirms', async () => {
    await page.goto(url(`/cycles/${cycle.id}/board`));
    const forward = page.getByRole('button', { name: '「市民会議の審議中」に進める' });
    await forward.click();
    const dialog = page.getByRole('dialog', { name: '「市民会議の審議中」に進める前に' });
    await dialog.waitFor();
    const missing = indicators - 2;
    await expect.poll(() => dialog.locator('.open-items-question').textContent()).toContain(`未入力 ${missing}件・下書き 1件・未確認 1件`);
    expect(await dialog.locator('.open-items-question').textContent()).toContain('このまま「市民会議の審議中」に進めますか？');
    // By kind with its count: a long list starts folded, so every kind stays in view.
    expect(await dialog.locator('.open-items-kind > summary').allTextContents()).toEqual([`未入力 ${missing}件`, '下書き 1件', '未確認 1件', expect.stringMatching(/^施策評価の未入力 \d+件$/)]);
    expect(await dialog.locator('.open-items-kind').evaluateAll((ds) => ds.map((d) => (d as unknown as { open: boolean }).open))).toEqual([false, true, true, false]);
    // Each item links to where it is entered; the board is a link away.
    expect(await dialog.getByRole('link', { name: kpi.draft.name, exact: true }).getAttribute('href')).toBe(`/review/cycles/${cycle.id}/indicators/${kpi.draft.id}`);
    expect(await dialog.getByRole('link', { name: '担当課ごとの提出状況を見る' }).first().getAttribute('href')).toBe(`/cycles/${cycle.id}/board`);
    expect(await focusInDialog()).toBe(true);

    await photograph(page, shots, 'cycle-guard-rails-dialog');
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await graveViolations(page), `axe at ${width} px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    // The long list unfolds on request.
    await dialog.getByText(`未入力 ${missing}件`, { exact: true }).click();
    expect(await dialog.locator('.open-items-kind').first().getByRole('link').count()).toBe(Math.min(50, missing));

    // Escape cancels: nothing moved, focus back on the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await stateNow()).toBe('COLLECTING');
    expect(await focusedText()).toBe('「市民会議の審議中」に進める');

    // The cancel button too.
    await forward.click();
    await dialog.getByRole('button', { name: 'このまま進める' }).waitFor();
    await dialog.getByRole('button', { name: 'やめる' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await stateNow()).toBe('COLLECTING');

    await forward.click();
    await dialog.getByRole('button', { name: 'このまま進める' }).click();
    await expect.poll(() => page.locator('.steps [aria-current="step"]').textContent()).toContain('市民会議の審議中');
    expect(await stateNow()).toBe('REVIEWING');
    // The result takes focus and is announced (a status).
    await expect.poll(() => focusedText()).toContain('「市民会議の審議中」に変更しました');
    expect(await page.locator('main .move [role="status"]').textContent()).toContain('「市民会議の審議中」に変更しました');
  });

  it('moves back with a reason, and 商工課 sees why on its review page', async () => {
    await page.getByText('前の段階に戻す（理由が必要です）').click();
    await page.getByLabel('戻す先の段階').selectOption({ label: '実績入力中' });
    await page.getByLabel('戻す理由').fill('商工課の付加価値額を再確認していただくため');
    await page.getByRole('button', { name: '戻す', exact: true }).click();
    await expect.poll(() => page.locator('.steps [aria-current="step"]').textContent()).toContain('実績入力中');
    expect(await stateNow()).toBe('COLLECTING');

    const department = await signedInPage(browser, server, 'shoko@example.jp');
    await department.page.goto(url('/review'));
    const notice = department.page.locator('main .move-back-notice');
    await expect.poll(() => notice.textContent()).toContain('政策企画課がこのレビューを「実績入力中」に戻しました');
    expect(await notice.textContent()).toContain('商工課の付加価値額を再確認していただくため');
    await photograph(department.page, shots, 'cycle-guard-rails-move-back-notice');
    expect(await graveViolations(department.page)).toEqual([]);
    await department.context.close();
  });
});
