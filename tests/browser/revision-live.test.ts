import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { REPLY, START_THREAD } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type GraphQLResponse, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');
const SLOW = { timeout: 30_000 };
const STEP = { timeout: 180_000 };

const ok = <T>(res: GraphQLResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

/**
 * A draft edited by several people at once, live: a change another planning session adds shows on
 * an open revision page without reloading it, and a council member's comment and the planning
 * division's reply show on the other's open comments page.
 */
describe('a draft revision, live, in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const as: Record<string, ApiSession> = {};
  let revisionId = '';
  let kpi = { id: '', key: '', name: '' };
  const pages: Page[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm run build --workspace client` first');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    for (const [who, email] of [['planning', 'planning@example.jp'], ['council', 'council@example.jp']]) {
      as[who] = server.session();
      await as[who].signIn(email);
    }
    const [strategy] = ok(await as.planning.gql(`{ strategies { id goals { measures { indicators { id key name } } } } }`)).strategies;
    kpi = strategy.goals[0].measures[0].indicators[0];
    const draft = ok(await as.planning.gql(`mutation($s: ID!, $input: PlanRevisionInput!) { createPlanRevision(strategyId: $s, input: $input) { id } }`, { s: strategy.id, input: { title: '共同編集の案', effectiveFiscalYear: 2026, reason: '中間見直し' } }));
    revisionId = draft.createPlanRevision.id;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    for (const p of pages) await p.context().close();
    await browser?.close();
    await server?.stop();
  });

  const url = (p: string) => new URL(p, server.app.url).toString();
  const main = (p: Page) => p.locator('main');
  async function signedIn(email: string): Promise<Page> {
    const { page } = await signedInPage(browser, server, email);
    pages.push(page);
    return page;
  }
  async function check(p: Page, name: string) {
    for (const width of [390, 1366]) {
      await p.setViewportSize({ width, height: 900 });
      expect(await graveViolations(p), `${name} at ${width} px`).toEqual([]);
    }
    await photograph(p, SHOTS, `revision-live-${name}`);
    await p.setViewportSize({ width: 1280, height: 900 });
  }

  it('shows a change another planning session adds, without reloading', STEP, async () => {
    const planning = await signedIn('planning@example.jp');
    await planning.goto(url(`/revisions/${revisionId}`));
    await main(planning).getByRole('heading', { level: 1, name: '第1次改訂 共同編集の案' }).waitFor(SLOW);
    await main(planning).getByRole('status').filter({ hasText: 'ライブ更新：接続中' }).waitFor(SLOW);
    expect(await main(planning).textContent()).toContain('変更点はまだありません。');

    // Another planning session, elsewhere: the open page reads the draft again by itself.
    ok(await as.planning.gql(`mutation($input: SetPlanChangeInput!) { setPlanChange(input: $input) { id } }`, { input: { revisionId, subjectType: 'INDICATOR', subjectId: kpi.id, field: 'unit', value: JSON.stringify('件（延べ）') } }));
    const table = main(planning).getByRole('table', { name: /^変更点/ });
    await expect.poll(() => table.textContent(), SLOW).toContain('件（延べ）');
    expect(await table.textContent()).toContain(`${kpi.key} ${kpi.name}`);
    await check(planning, 'draft');
  });

  it('shows a council member the planning division’s reply on the open comments page, and the comment to the planning division', STEP, async () => {
    const council = await signedIn('council@example.jp');
    await council.goto(url(`/revisions/${revisionId}/comments`));
    await main(council).getByRole('heading', { level: 1, name: /改訂案への意見/ }).waitFor(SLOW);
    const planning = pages[0];
    await planning.goto(url(`/revisions/${revisionId}`));
    const summary = main(planning).getByRole('region', { name: '市民会議の意見' });
    await expect.poll(() => summary.textContent(), SLOW).toContain('この改訂への意見はまだありません。');

    const thread = ok(await as.council.gql(START_THREAD, { input: { anchor: 'REVISION', anchorId: revisionId, kind: 'QUESTION', body: '単位を変える理由は何ですか' } })).startThread;
    await expect.poll(() => summary.textContent(), SLOW).toContain('意見 1件（政策企画課の返信待ち 1件・未解決 1件）');
    await expect.poll(() => main(council).locator('article.thread').count(), SLOW).toBe(1);

    ok(await as.planning.gql(REPLY, { id: thread.id, body: '延べで数えるためです' }));
    await expect.poll(() => summary.textContent(), SLOW).toContain('返信待ち 0件');
    const opened = main(council).locator('article.thread');
    await opened.getByRole('button', { name: /^論点を開く/ }).click();
    await expect.poll(() => opened.textContent(), SLOW).toContain('延べで数えるためです');
    await check(council, 'comments');
  });
});
