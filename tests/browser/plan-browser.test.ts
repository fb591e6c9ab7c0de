import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { plans, startTestServer, type TestServer } from '../support/server.js';
import { launchBrowser } from '../support/browser.js';

const clientDist = path.join(repoRoot, 'client/dist');

describe('plan browser in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], clientDist });
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1024, height: 768 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the plan, goes to a measure of goal 4 and finds a KPI with its target', async () => {
    await page.goto(server.app.url);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('米沢市デジタル田園都市構想総合戦略');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await page.getByRole('heading', { name: /基本目標\s*4/ }).waitFor();

    await page.getByRole('link', { name: /4-5\s*環境にやさしいまちづくり/ }).click();
    const table = page.getByRole('table').filter({ hasText: '再生可能エネルギー設備導入量' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: '再生可能エネルギー設備導入量' });
    await expect.poll(() => row.textContent()).toContain('47.9MW');
    expect(await row.textContent()).toContain('42.6MW');
    expect(await row.textContent()).toContain('環境課');

    await row.getByRole('link', { name: '再生可能エネルギー設備導入量' }).click();
    await page.getByRole('heading', { name: '再生可能エネルギー設備導入量' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('47.9MW');
  });

  it('marks a 【再掲】 KPI in the measure table', async () => {
    await page.goto(server.app.url);
    await page.getByRole('link', { name: /4-6\s*広域と連携した共生のまちづくり/ }).click();
    const row = page.getByRole('row').filter({ hasText: '道の駅米沢への来場者数' });
    await row.waitFor();
    expect(await row.textContent()).toContain('再掲');
    expect(await row.textContent()).toContain('1,897,600人');
  });

  it('runs under the server’s Content-Security-Policy without a violation, charts included', async () => {
    const violations: string[] = [];
    const context = await browser.newContext({ locale: 'ja-JP' });
    const strict = await context.newPage();
    strict.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    const response = await strict.goto(server.app.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await strict.getByRole('link', { name: /4-5\s*環境にやさしいまちづくり/ }).click();
    await strict.getByRole('link', { name: '再生可能エネルギー設備導入量' }).click();
    await strict.getByRole('heading', { name: '再生可能エネルギー設備導入量' }).waitFor();
    await strict.locator('main svg').first().waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('shows a clear message for an unknown KPI address', async () => {
    await page.goto(`${server.app.url}indicators/00000000-0000-4000-8000-000000000000`);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/見つかりません/);
  });
});
