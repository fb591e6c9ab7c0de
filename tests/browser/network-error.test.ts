import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { plans, startTestServer, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');

/**
 * When /graphql does not answer, a page says the server could not be reached (never that one must
 * sign in), offers 再試行, and reads again by itself when the browser is back online.
 */
describe('a network failure in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    browser = await launchBrowser();
    page = (await signedInPage(browser, server, 'planning@example.jp')).page;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const url = (p: string) => new URL(p, server.app.url).toString();
  const alert = () => page.locator('main').getByRole('alert');
  const cutOff = () => page.route('**/graphql', (route) => route.abort('internetdisconnected'));
  const reconnect = () => page.unroute('**/graphql');

  it('says so, not "sign in", and 再試行 reads the page once the server answers', { timeout: 60_000 }, async () => {
    await cutOff();
    await page.goto(url('/audit'));
    await expect.poll(() => alert().textContent(), { timeout: 15_000 }).toContain('通信できませんでした');
    expect(page.url()).toBe(url('/audit'));
    expect(await page.locator('main').textContent()).not.toContain('サインインしてください');
    // Nor does the header offer to sign in: who is signed in is not known.
    expect(await page.getByRole('banner').getByRole('link', { name: 'サインイン' }).count()).toBe(0);
    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'network-error');

    await reconnect();
    await alert().getByRole('button', { name: '再試行' }).click();
    await page.locator('main').getByRole('heading', { name: '監査ログ', level: 1 }).waitFor();
    expect(await alert().count()).toBe(0);
  });

  it('reads again by itself when the browser comes back online', { timeout: 60_000 }, async () => {
    // Offline for long enough that the panel's own try (every 5 s) fails too: it stays, and says so.
    await cutOff();
    await page.goto(url('/cycles'));
    await expect.poll(() => alert().textContent(), { timeout: 15_000 }).toContain('通信できませんでした');
    await page.waitForTimeout(5_500);
    expect(await alert().textContent()).toContain('通信できませんでした');
    await reconnect();
    await page.evaluate("window.dispatchEvent(new Event('online'))");
    // Without a click, and sooner than the panel's next try: the return online reads the page.
    await page.locator('main').getByRole('heading', { name: 'レビュー管理', level: 1 }).waitFor({ timeout: 3_000 });
  });
});
