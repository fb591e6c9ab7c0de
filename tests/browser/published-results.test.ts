import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { closeFY2024, enterFY2025, type ClosedYear } from '../support/closed-year.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { PUBLISH, START_THREAD } from '../support/review-ops.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = process.env.RESULTS_SHOTS ?? path.join(repoRoot, 'tests/.artifacts/screenshots');

/**
 * Issue 14, part 5, in headless Chromium: the planning division publishes the closed FY2024 review
 * from its summary page; a signed-out browser then reads the year's results and a measure's
 * dialogue, and gets the not-found page for the unpublished FY2025 review.
 */
describe('published results in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let as: Record<string, ApiSession>;
  let year: ClosedYear;
  let fy2025: { id: string };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    as = await sampleSessions(server, ['planning', 'council', 'shoko']);
    year = await closeFY2024(server, as);
    fy2025 = await enterFY2025(as, year);
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1366, height: 900 } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the planning division publish the closed cycle from its summary page, and download its workbook', async () => {
    const { context, page: planning } = await signedInPage(browser, server, 'planning@example.jp');
    await planning.goto(`${server.app.url}cycles/${year.fy2024.id}/summary`);
    await planning.getByRole('button', { name: '結果を公開する' }).click();
    await planning.getByRole('dialog').getByRole('button', { name: '公開する' }).click();
    await expect.poll(() => planning.locator('.publish-results').textContent()).toContain('結果を公開しました。');
    // The workbook comes down with its name, told as it streams in.
    const download = planning.waitForEvent('download');
    await planning.getByRole('button', { name: 'Excel でダウンロード' }).click();
    expect((await download).suggestedFilename()).toMatch(/効果検証シート_R6\.xlsx$/);
    await expect.poll(() => planning.locator('.results-downloads .notice').textContent()).toContain('をダウンロードしました');
    await planning.screenshot({ path: '/tmp/results-summary-1366.png', fullPage: true });
    await context.close();
  });

  it('reads the published cycle signed out: figures, grades, the report, the open data links', async () => {
    await page.goto(`${server.app.url}strategies/${year.strategyId}`);
    await page.getByRole('link', { name: '効果検証の結果（公開）' }).click();
    await page.getByRole('link', { name: '令和6年度 効果検証の結果' }).click();
    await page.getByRole('heading', { level: 1, name: '令和6年度 効果検証の結果' }).waitFor();
    expect(await page.title()).toContain('令和6年度 効果検証の結果');
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('1,234');
    // Handed in, never accepted: not public.
    expect(main).not.toContain('2,345');
    expect(main).toContain('R6年度：創業セミナーを3回開催');
    expect(await page.getByRole('link', { name: 'CSV（UTF-8）' }).getAttribute('href')).toBe(`/files/open-data/cycles/${year.fy2024.id}/indicators.csv`);
    expect(await graveViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await graveViolations(page)).toEqual([]);
    // Nothing wider than the phone but the tables' own scrolling boxes.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await photograph(page, SHOTS, 'published-cycle');
    await page.setViewportSize({ width: 1366, height: 900 });
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `/tmp/results-cycle-${width}.png`, fullPage: width !== 1366 });
    }
  });

  it('reads a measure’s dialogue signed out, authors by role and department, no name or e-mail', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('link', { name: /市民会議の意見と対応（1件）/ }).first().click();
    await page.getByRole('heading', { level: 2, name: /市民会議の意見と対応/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/results/cycles/${year.fy2024.id}/measures/${year.measureId}`);
    expect(await page.title()).toContain('令和6年度 効果検証の結果');
    const main = (await page.locator('main').textContent())!;
    for (const text of ['R6年度の集計方法を教えてください', '市民会議委員', '商工会議所の調査によります', '商工課', '集計方法を公表する']) expect(main).toContain(text);
    expect(await page.locator('body').textContent()).not.toMatch(/@example\.jp|花子|一郎/);
    expect(await graveViolations(page)).toEqual([]);
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      if (width === 390) expect(await graveViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/results-measure-${width}.png`, fullPage: true });
    }
  });

  it('shows the not-found page for a cycle that is not published, and none of its figures', async () => {
    await page.goto(`${server.app.url}results/cycles/${fy2025.id}`);
    await expect.poll(() => page.locator('main').textContent()).toContain('見つかりません');
    expect(await page.locator('body').textContent()).not.toContain('9,876');
    await page.goto(`${server.app.url}results/cycles/${fy2025.id}/measures/${year.measureId}`);
    await expect.poll(() => page.locator('main').textContent()).toContain('見つかりません');
    expect(await page.locator('body').textContent()).not.toContain('R7年度：創業セミナーを5回開催');
  });

  it('shows the next year’s result of an action once that year is published too', async () => {
    const cycle = (await as.planning.gql(`query($id: ID!) { reviewCycle(id: $id) { id version } }`, { id: fy2025.id })).data.reviewCycle;
    const onGoal = { cycleId: fy2025.id, anchor: 'GOAL', anchorId: year.goalId, kind: 'RECOMMENDATION', body: '基本目標全体の進め方について' };
    expect((await as.council.gql(START_THREAD, { input: onGoal })).errors).toBeUndefined();
    // Closed directly: what matters here is how the published FY2024 page reads a published FY2025.
    await server.db.dataSource.query(`UPDATE review_cycle SET state = 'CLOSED', closed_at = now() WHERE id = $1`, [cycle.id]);
    expect((await as.planning.gql(PUBLISH, { id: cycle.id, v: cycle.version })).errors).toBeUndefined();
    await page.goto(`${server.app.url}results/cycles/${year.fy2024.id}/measures/${year.measureId}`);
    await expect.poll(() => page.locator('main').textContent()).toContain('令和7年度の結果：完了');
    // FY2025's thread on the goal as a whole has a page of its own, reached from the year's page.
    await page.goto(`${server.app.url}results/cycles/${fy2025.id}`);
    await page.getByRole('link', { name: /基本目標全体への市民会議の意見と対応（1件）/ }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('基本目標全体の進め方について');
    expect(await page.title()).toContain('基本目標全体への意見');
    expect(await graveViolations(page)).toEqual([]);
  });

  it('lets the planning division withdraw the publication with a reason: signed out, the year is gone again', async () => {
    const { context, page: planning } = await signedInPage(browser, server, 'planning@example.jp');
    await planning.goto(`${server.app.url}cycles/${year.fy2024.id}/summary`);
    await planning.getByRole('button', { name: '公開を取り下げる' }).click();
    const dialog = planning.getByRole('dialog');
    // Without a reason the server refuses, and the dialog says so.
    await dialog.getByRole('button', { name: '取り下げる', exact: true }).click();
    await expect.poll(() => dialog.textContent()).toContain('入力内容を確かめてください');
    await dialog.getByLabel('取り下げる理由').fill('個人名が含まれていたため');
    await dialog.getByRole('button', { name: '取り下げる', exact: true }).click();
    await planning.getByRole('button', { name: '結果を公開する' }).waitFor();
    await context.close();
    await page.goto(`${server.app.url}results/cycles/${year.fy2024.id}`);
    await expect.poll(() => page.locator('main').textContent()).toContain('見つかりません');
  });
});
