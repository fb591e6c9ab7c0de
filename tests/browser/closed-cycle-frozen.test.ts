import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { closeFY2024, enterFY2025, type ClosedYear } from '../support/closed-year.js';
import { plans, sampleSessions, startTestServer, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');

/**
 * Issue 12, item 4, in the browser: after FY2025's figures are in (1,234 became 9,876; 3,456's R6
 * figure re-entered as 7,654 in FY2025) and the FY2024 action was carried through to DONE, the
 * closed FY2024 pages still show FY2024's figures and the action as it stood when they closed.
 */
describe('the closed FY2024 review in headless Chromium, after FY2025 is entered', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let year: ClosedYear;
  const url = (p: string) => new URL(p, server.app.url).toString();
  const main = () => page.locator('main');

  async function checkAxe(name: string) {
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await graveViolations(page), `${name} at ${width}px`).toEqual([]);
    }
    await photograph(page, SHOTS, name);
  }

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    const as = await sampleSessions(server, ['planning', 'council', 'shoko']);
    year = await closeFY2024(server, as);
    await enterFY2025(as, year);
    browser = await launchBrowser();
    page = (await signedInPage(browser, server, 'council@example.jp')).page;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the measure page with FY2024’s figures and the action as it stood at closing', async () => {
    await page.goto(url(`/review/cycles/${year.fy2024.id}/measures/${year.measureId}`));
    await expect.poll(() => main().textContent()).toContain('1,234');
    const text = (await main().textContent())!;
    expect(text).toContain('3,456');
    for (const later of ['9,876', '8,765', '7,654', 'ホームページで公表した', '公表の準備']) expect(text).not.toContain(later);
    // The thread's action: as planned when the review closed, though it has been done since.
    const action = main().locator(`[data-action="${year.actionId}"]`).first();
    expect(await action.textContent()).toContain('集計方法を公表する');
    expect(await action.textContent()).not.toContain('完了');
    await checkAxe('closed-measure-review');
  });

  it('leads from the KPI to its page as the review read it', async () => {
    // From the closed measure page the KPI's own link carries the cycle.
    await main().locator(`a[href="/indicators/${year.kpi.accepted}?cycle=${year.fy2024.id}"]`).first().click();
    await page.waitForURL(/\/indicators\/.*\?cycle=/);
    await expect.poll(() => main().locator('.notice').first().textContent()).toContain('6年度のレビューで読まれた値です');
    const text = (await main().textContent())!;
    expect(text).toContain('1,234');
    expect(text).not.toContain('9,876');
    await checkAxe('closed-kpi-as-of');
    await main().getByRole('link', { name: 'すべての年度の実績を見る' }).click();
    await expect.poll(() => main().textContent()).toContain('9,876');
    expect(await main().locator('.notice').count()).toBe(0);
  });

  it('keeps the summary’s count of actions as they stood at closing', async () => {
    await page.goto(url(`/cycles/${year.fy2024.id}/summary`));
    const actions = main().locator('.figure').filter({ has: page.getByRole('heading', { name: '改善アクションの状況' }) });
    const count = (status: string) => actions.locator('.figure-row').filter({ has: page.locator('dt', { hasText: status }) }).locator('dd').textContent();
    await expect.poll(() => count('予定')).toBe('1件');
    expect(await count('完了')).toBe('0件');
    await checkAxe('closed-summary');
  });
});
