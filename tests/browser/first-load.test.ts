import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { MOVE_CYCLE, OPEN_CYCLE } from '../support/review-ops.js';
import { plans, SAMPLE_PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { graveViolations, launchBrowser, photograph as photographAt } from '../support/browser.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';

type Sent = { operationName: string; query: string };

/**
 * Issue 10 in the browser: the review index asks for its cycle's strategy only, in few requests,
 * and a page whose code is still loading says so (読み込み中, role=status).
 */
describe('first loads in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let cycleId: string;
  const url = (p: string) => new URL(p, server.app.url).toString();

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    const { data } = await server.gql(`{ strategies { id } }`);
    const planning = server.session();
    await planning.signIn('planning@example.jp');
    let cycle = (await planning.gql(OPEN_CYCLE, { strategyId: data.strategies[0].id, fiscalYear: 2024 })).data.openReviewCycle;
    for (const to of ['COLLECTING', 'REVIEWING']) cycle = (await planning.gql(MOVE_CYCLE, { id: cycle.id, to, v: cycle.version })).data.moveReviewCycle;
    cycleId = cycle.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const expectAccessible = async (page: Page, what: string) => expect(await graveViolations(page), what).toEqual([]);

  const photograph = (page: Page, name: string) => photographAt(page, SHOTS, name);

  it('shows a council member the review index after 4 GraphQL requests, none of them for every strategy', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url('/signin'));
    await page.getByLabel('メールアドレス').fill('council@example.jp');
    await page.getByLabel('パスワード').fill(SAMPLE_PASSWORD);
    await page.locator('main').getByRole('button', { name: 'サインイン' }).click();
    await page.getByRole('banner').getByRole('button', { name: 'サインアウト' }).waitFor();
    // The page signing in lands on (the council's review list) finishes its own requests before counting starts:
    // its heading is drawn once its chunk and its query are in.
    await page.locator('main h1').filter({ hasNotText: 'サインイン' }).waitFor();
    await page.waitForLoadState('networkidle');

    const sent: Sent[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') sent.push(request.postDataJSON() as Sent);
    });
    // A fresh load of the page, as from a bookmark: the cache starts empty.
    await page.goto(url(`/review/cycles/${cycleId}/measures`));
    await page.getByRole('heading', { level: 1, name: /施策の一覧/ }).waitFor();
    await page.getByRole('table').first().waitFor();
    await page.getByRole('banner').getByRole('link', { name: /受信箱/ }).waitFor();
    await page.waitForLoadState('networkidle');

    const names = sent.map((s) => s.operationName).sort();
    console.log(`review index: ${sent.length} GraphQL requests (${names.join(', ')})`);
    expect(names).toEqual(['Inbox', 'ReviewCycleHead', 'ReviewIndex', 'Viewer']);
    for (const { query } of sent) expect(query).not.toMatch(/\bstrategies\b/);
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the review index');
    await photograph(page, 'review-index');
    await context.close();
  });

  it('says 読み込み中 (role=status) while the first page’s code loads', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Holds back the chunk of the plan list until the indicator has been seen and photographed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/StrategiesPage-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url('/'));
    const status = page.locator('main').getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('読み込み中…');
    await expectAccessible(page, 'the loading page');
    await photograph(page, 'first-page-loading');
    release();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').getByRole('status').count()).toBe(0);
    await context.close();
  });

  it('fetches English when it is chosen, and shows it from the first paint after a reload', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(url('/'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const englishChunks = () => fetched.filter((p) => /\/assets\/en-[\w-]+\.js$/.test(p));
    expect(englishChunks()).toEqual([]);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Strategy Review Kaizen Review' }).waitFor();
    expect(englishChunks()).toHaveLength(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // After a reload the app waits for English before rendering: no Japanese flashes first.
    await page.reload();
    const firstBrand = await page.locator('.brand').first().textContent({ timeout: 10_000 });
    expect(firstBrand).toContain('Strategy Review');
    await page.getByRole('button', { name: '日本語に切り替える' }).click();
    await page.getByRole('link', { name: '総合戦略レビュー Kaizen Review' }).waitFor();
    await context.close();
  });
});
