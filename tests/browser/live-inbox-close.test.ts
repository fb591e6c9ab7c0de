import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { MOVE_CYCLE, OPEN_CYCLE, REPLY, RESOLVE_THREAD, START_THREAD, THREAD } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';
import { launchBrowser, signedInPage } from '../support/browser.js';

const clientDist = path.join(repoRoot, 'client/dist');
// Live updates should land within a second; the margin is for a loaded CI machine.
const LIVE = { timeout: 5000 };

/**
 * Several people at once: 商工課 has pages open while a council member writes over the API, and
 * sees it without reloading, also after its connection drops; the planning division closes the
 * cycle from its summary once the last threads are settled.
 */
describe('live updates, inbox and closing the cycle in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let planning: ApiSession;
  let council: ApiSession;
  let cycle: { id: string; version: number };
  const ids = { kpi: '', kpi2: '', measure12: '' };

  const url = (p: string) => new URL(p, server.app.url).toString();
  const startThread = async (anchorId: string, body: string) => {
    const res = await council.gql(START_THREAD, { input: { cycleId: cycle.id, anchor: 'INDICATOR', anchorId, kind: 'QUESTION', body } });
    expect(res.errors).toBeUndefined();
    return res.data.startThread as { id: string; version: number };
  };
  const move = async (to: string) => {
    const res = await planning.gql(MOVE_CYCLE, { id: cycle.id, to, v: cycle.version });
    expect(res.errors).toBeUndefined();
    cycle = res.data.moveReviewCycle;
  };

  /** A browser of its own, signed in as `email` by the session cookie the API handed out. */
  const signedIn = (email: string) => signedInPage(browser, server, email);

  const badge = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^受信箱/ });
  // Set once the page has loaded: still there later means nothing reloaded the page.
  const markLoaded = (page: Page) => page.evaluate('window.__sameLoad = true');
  const sameLoad = (page: Page) => page.evaluate<boolean>('window.__sameLoad === true');

  /** Resolves once the page has sent a subscription over its WebSocket. */
  const subscribeSent = (page: Page) =>
    new Promise<void>((resolve) => {
      page.on('websocket', (ws) => ws.on('framesent', ({ payload }) => String(payload).includes('"subscribe"') && resolve()));
    });

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    [planning, council] = [server.session(), server.session()];
    await planning.signIn('planning@example.jp');
    await council.signIn('council@example.jp');
    const { data } = await server.gql(`{ strategies { id goals { measures { id code indicators { id name } } } } }`);
    const m12 = data.strategies[0].goals[0].measures.find((m: any) => m.code === '1-2');
    ids.measure12 = m12.id;
    // Two KPIs of 商工課 under measure 1-2.
    ids.kpi = m12.indicators.find((i: any) => i.name === '創業支援等事業計画に基づく創業者数').id;
    ids.kpi2 = m12.indicators.find((i: any) => i.id !== ids.kpi).id;
    cycle = (await planning.gql(OPEN_CYCLE, { strategyId: data.strategies[0].id, fiscalYear: 2024 })).data.openReviewCycle;
    await move('COLLECTING');
    await move('REVIEWING');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  let shoko: Page;

  it('商工課’s header count and inbox move as soon as a council member opens a thread on its KPI', async () => {
    ({ page: shoko } = await signedIn('shoko@example.jp'));
    const subscribed = subscribeSent(shoko);
    await shoko.goto(url('/inbox'));
    await shoko.getByRole('heading', { level: 1, name: '受信箱' }).waitFor();
    await expect.poll(() => badge(shoko).getAttribute('aria-label')).toBe('受信箱 0件');
    expect(await shoko.locator('main').textContent()).toContain('いま対応を待っているものはありません');
    // The header follows the cycle under review; the server starts its feed just after the request.
    await subscribed;
    await new Promise((r) => setTimeout(r, 300));
    await markLoaded(shoko);

    await startThread(ids.kpi, '創業者数が伸びた理由を教えてください。');
    await expect.poll(() => badge(shoko).getAttribute('aria-label'), LIVE).toBe('受信箱 1件');
    const group = shoko.locator('main').getByRole('region', { name: /回答を待っている論点/ });
    await expect.poll(() => group.textContent(), LIVE).toContain('創業者数が伸びた理由を教えてください。');
    // The thread leads to itself on its measure's review page, where 商工課 answers it.
    const link = group.getByRole('link', { name: /質問「創業者数が伸びた理由/ });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^/review/cycles/${cycle.id}/measures/${ids.measure12}#thread-[0-9a-f-]{36}$`));
    expect(await sameLoad(shoko)).toBe(true);
  });

  it('after a dropped connection the page reconnects and catches up on what was written meanwhile', async () => {
    await shoko.goto(url(`/cycles/${cycle.id}/summary`));
    const main = shoko.locator('main');
    await main.getByRole('heading', { level: 1, name: '令和6年度レビューのまとめ' }).waitFor();
    const live = main.getByRole('status').filter({ hasText: 'ライブ更新' });
    await expect.poll(() => live.textContent(), LIVE).toBe('ライブ更新：接続中');
    await expect.poll(() => main.textContent()).toContain('未解決の論点が1件あります');
    // Only the planning division closes a cycle.
    expect(await main.getByRole('button', { name: 'レビューを完了する' }).count()).toBe(0);
    await markLoaded(shoko);

    await shoko.context().setOffline(true);
    await expect.poll(() => live.textContent(), LIVE).toContain('ライブ更新：再接続中');
    await startThread(ids.kpi2, '目標の見直しは検討していますか。');
    await new Promise((r) => setTimeout(r, 500));
    expect(await main.textContent()).toContain('未解決の論点が1件あります');

    await shoko.context().setOffline(false);
    await expect.poll(() => live.textContent(), { timeout: 10_000 }).toBe('ライブ更新：接続中');
    await expect.poll(() => main.textContent(), LIVE).toContain('未解決の論点が2件あります');
    await expect.poll(() => badge(shoko).getAttribute('aria-label'), LIVE).toBe('受信箱 2件');
    expect(await sameLoad(shoko)).toBe(true);
  });

  it('shows a reply written while the page was still setting up its live connection', async () => {
    const { context, page } = await signedIn('shoko@example.jp');
    // Hold the WebSocket back until the reply is written: the page has read its data by then.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      const held: (string | Buffer)[] = [];
      let toServer: ((message: string | Buffer) => void) | null = null;
      ws.onMessage((message) => (toServer ? toServer(message) : held.push(message)));
      void released.then(() => {
        const server = ws.connectToServer();
        server.onMessage((message) => ws.send(message));
        toServer = (message) => server.send(message);
        for (const message of held.splice(0)) toServer(message);
      });
    });
    await page.goto(url(`/review/cycles/${cycle.id}/measures/${ids.measure12}`));
    const [first] = (await council.gql(THREAD, { cycle: cycle.id })).data.reviewThreads;
    const disclosure = page.getByRole('article', { name: '創業支援等事業計画に基づく創業者数', exact: true }).getByRole('button', { name: /^論点を開く/ });
    await expect.poll(() => disclosure.textContent()).toContain('返信 0件');
    await markLoaded(page);

    expect((await council.gql(REPLY, { id: first.id, body: '接続の準備中の返信' })).errors).toBeUndefined();
    release();
    await expect.poll(() => disclosure.textContent(), LIVE).toContain('返信 1件');
    expect(await sameLoad(page)).toBe(true);
    await context.close();
  });

  it('a page whose session ends elsewhere (signed out in another tab) asks to sign in again, without a reload', async () => {
    const { page, session, context } = await signedIn('kankyo@example.jp');
    await page.goto(url(`/cycles/${cycle.id}/summary`));
    const main = page.locator('main');
    await expect.poll(() => main.getByRole('status').filter({ hasText: 'ライブ更新' }).textContent(), LIVE).toBe('ライブ更新：接続中');
    await markLoaded(page);

    // The same browser session, ended through the API: the server closes the page's socket (4401).
    expect((await session.gql('mutation { signOut }')).data.signOut).toBe(true);
    // The browser still sends the ended session's cookie, so the prompt says the session ended.
    await expect.poll(() => main.textContent(), LIVE).toMatch(/サインインすると、元のページに戻ります/);
    await main.getByRole('button', { name: 'サインイン' }).waitFor();
    expect(await page.getByRole('banner').getByRole('button', { name: 'サインアウト' }).count()).toBe(0);
    expect(await sameLoad(page)).toBe(true);
    await context.close();
  });

  it('the planning division closes the cycle from its summary once every thread is settled; it turns read-only', async () => {
    await move('RESPONDING');
    const { page } = await signedIn('planning@example.jp');
    await page.goto(url(`/cycles/${cycle.id}/summary`));
    const main = page.locator('main');
    await main.getByRole('heading', { level: 1, name: '令和6年度レビューのまとめ' }).waitFor();
    await expect.poll(() => main.getByRole('status').filter({ hasText: 'ライブ更新' }).textContent(), LIVE).toBe('ライブ更新：接続中');
    // What blocks closing, each thread with a link to where it is settled.
    const blockers = main.getByRole('region', { name: 'レビューを完了する前に' });
    await expect.poll(() => blockers.textContent()).toContain('未解決の論点が2件あります');
    expect(await blockers.getByRole('link').count()).toBe(2);
    expect(await blockers.getByRole('button', { name: 'レビューを完了する' }).count()).toBe(0);

    // Settled elsewhere (another planning session): the page notices by itself, also when its
    // answers are slow and the second write lands while the page's refetch after the first is
    // still on its way back.
    let firstRead: () => void = () => {};
    const refetchedAfterFirst = new Promise<void>((resolve) => (firstRead = resolve));
    const slowAnswers = async (route: Route) => {
      const response = await route.fetch();
      if (route.request().postData()?.includes('CycleThreads')) firstRead();
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.fulfill({ response });
    };
    await page.route('**/graphql', slowAnswers);
    const [one, two] = (await planning.gql(THREAD, { cycle: cycle.id })).data.reviewThreads;
    expect((await planning.gql(RESOLVE_THREAD, { id: one.id, v: one.version })).errors).toBeUndefined();
    await refetchedAfterFirst;
    expect((await planning.gql(RESOLVE_THREAD, { id: two.id, v: two.version })).errors).toBeUndefined();
    const close = blockers.getByRole('button', { name: 'レビューを完了する' });
    await close.waitFor(LIVE);
    await page.unroute('**/graphql', slowAnswers);
    expect(await blockers.textContent()).toContain('未解決の論点はありません');

    // A confirmation first, in a dialog naming what is still open (entries never made); cancelling leaves it open.
    await close.click();
    const dialog = page.getByRole('dialog', { name: 'レビューを完了する前に' });
    await expect.poll(() => dialog.locator('.open-items-question').textContent()).toMatch(/^未入力 \d+件.*があります。.*このまま完了しますか？$/);
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('完了する');
    await blockers.getByRole('button', { name: 'やめる' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await planning.gql(`query($id: ID!) { reviewCycle(id: $id) { state } }`, { id: cycle.id })).data.reviewCycle.state).toBe('RESPONDING');
    await close.click();
    await blockers.getByRole('button', { name: '完了する', exact: true }).click();

    await expect.poll(() => main.textContent(), LIVE).toContain('このレビューは完了しました。内容は読み取り専用です。');
    // The button that had focus is gone: the notice takes it, announced as a status.
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.getAttribute("role")')).toBe('status');
    expect(await page.locator('.steps [aria-current="step"]').textContent()).toContain('完了');
    // Nothing of the review can change: what is left is publishing its results (公開) and downloading them.
    expect(await main.getByRole('button').allTextContents()).toEqual(['結果を公開する', 'Excel でダウンロード', 'CSV でダウンロード（指標）', 'CSV でダウンロード（施策）']);
    expect((await planning.gql(`query($id: ID!) { reviewCycle(id: $id) { state } }`, { id: cycle.id })).data.reviewCycle.state).toBe('CLOSED');
    // The summary in figures, and grades per goal and measure.
    const figures = main.getByRole('region', { name: /論点・回答・改善アクション（論点 2件）/ });
    expect(await figures.textContent()).toContain('解決済み2件');
    expect(await main.getByRole('table', { name: /KPIによる評価/ }).getByRole('row').count()).toBeGreaterThan(5);

    // 商工課’s open summary turns read-only too, without a reload.
    await expect.poll(() => shoko.locator('main').textContent(), LIVE).toContain('このレビューは完了しました');
    // Where 商工課 was reading, focus stays.
    expect(await shoko.evaluate<string | undefined>('document.activeElement?.getAttribute("role")')).not.toBe('status');
    expect(await sameLoad(shoko)).toBe(true);
  });
});
