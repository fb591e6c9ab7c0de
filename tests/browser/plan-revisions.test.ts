import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { plans, startTestServer, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');
// The machine is shared: a cold page (its chunk, its queries) may take a while.
const SLOW = { timeout: 30_000 };
const STEP = { timeout: 300_000 };

// 1-1's first KPI: 延べ 100 件 by R9, raised to 150.
const KPI = { key: '1-1-1', name: '市内企業と山形大学工学部教員の共同研究数' };
const TITLE = '目標値の上方修正';
const REASON = 'R6年度の実績が当初の想定を大きく上回ったため';
const OWN_REASON = '共同研究の仲介件数の伸びを踏まえて上方修正';

/**
 * 計画の改訂 in the browser: 政策企画課 starts a draft raising a KPI's target (目標値 and its wording),
 * reads its 新旧対照表 (also as printed), a council member reads the draft without any control to
 * change it, 政策企画課 adopts it (after someone else's edit of it, shown and confirmed again), and
 * the KPI's page shows the change in its 改訂の履歴 — to signed-in readers only. Every page passes
 * axe at 390 and 1366 px and is photographed at 390, 1024 and 1366 px.
 */
describe('plan revisions in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let planning: Page;
  let council: Page;
  let strategyId = '';
  let kpiId = '';
  let revisionId = '';
  const pages: Page[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm run build --workspace client` first');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    browser = await launchBrowser();
    // Read only: what the steps look for.
    const { data } = await server.gql(`{ strategies { id goals { measures { code indicators { id key } } } } }`);
    strategyId = data.strategies[0].id;
    kpiId = data.strategies[0].goals.flatMap((g: any) => g.measures).flatMap((m: any) => m.indicators).find((i: any) => i.key === KPI.key).id;
  });
  afterAll(async () => {
    for (const p of pages) await p.context().close();
    await browser?.close();
    await server?.stop();
  });

  const url = (p: string) => new URL(p, server.app.url).toString();
  const main = (p: Page) => p.locator('main');
  const nav = (p: Page) => p.getByRole('navigation', { name: 'メインメニュー' });
  // Strings, evaluated in the page: this file is type-checked without the DOM library.
  const focused = (p: Page) => p.evaluate<string>('(document.activeElement?.textContent || document.activeElement?.labels?.[0]?.textContent || "").trim()');

  /** axe at a phone's and a laptop's width (0 critical, 0 serious), nothing wider than the screen but a table's own box, and three screenshots. */
  async function check(p: Page, name: string) {
    for (const width of [390, 1366]) {
      await p.setViewportSize({ width, height: 900 });
      expect(await graveViolations(p), `${name} at ${width} px`).toEqual([]);
      expect(await p.evaluate<number>('document.documentElement.scrollWidth'), `${name} at ${width} px`).toBeLessThanOrEqual(width);
    }
    await photograph(p, SHOTS, `plan-revisions-${name}`);
    await p.setViewportSize({ width: 1280, height: 900 });
  }

  async function signedIn(email: string): Promise<Page> {
    const { page } = await signedInPage(browser, server, email);
    pages.push(page);
    return page;
  }

  const changesTable = (p: Page) => main(p).getByRole('table', { name: /^変更点/ });
  const changeRow = (p: Page, field: string) => changesTable(p).getByRole('row').filter({ has: p.getByRole('rowheader', { name: new RegExp(`${KPI.key}.*${field}$`) }) });

  it('政策企画課 starts a draft from the main menu: required fields first, then the draft’s own page', STEP, async () => {
    planning = await signedIn('planning@example.jp');
    await planning.goto(url('/'));
    await nav(planning).getByRole('link', { name: '計画の改訂' }).click();
    // One plan: straight on to its revisions.
    await planning.waitForURL(new RegExp(`/strategies/${strategyId}/revisions$`), SLOW);
    await main(planning).getByRole('heading', { level: 1, name: '計画の改訂' }).waitFor(SLOW);
    expect(await nav(planning).getByRole('link', { name: '計画の改訂' }).getAttribute('aria-current')).toBe('page');
    expect(await main(planning).textContent()).toContain('改訂はまだありません');

    const form = main(planning).getByRole('form', { name: '改訂の案を作る' });
    // Nothing typed: the first error takes the focus, each beside its field.
    await form.getByRole('button', { name: '案を作る' }).click();
    await expect.poll(() => focused(planning)).toContain('改訂の名称');
    await expect.poll(() => form.textContent()).toContain('改訂の名称を入力してください。');
    expect(await form.textContent()).toContain('改訂の理由を入力してください。');
    await form.getByLabel(/^決定日/).fill('2025-13-40');
    await form.getByLabel(/^改訂の名称/).fill(TITLE);
    await form.getByLabel(/^改訂の理由/).fill(REASON);
    await form.getByRole('button', { name: '案を作る' }).click();
    await expect.poll(() => focused(planning)).toContain('決定日');
    await check(planning, 'list-errors');

    await form.getByLabel(/^適用年度/).selectOption({ label: '令和7年度から' });
    await form.getByLabel(/^決定機関/).fill('行政経営市民会議（令和7年5月 報告）');
    await form.getByLabel(/^決定日/).fill('2025-05-30');
    await form.getByRole('button', { name: '案を作る' }).click();
    await planning.waitForURL(/\/revisions\/[0-9a-f-]{36}$/, SLOW);
    revisionId = /\/revisions\/([0-9a-f-]{36})$/.exec(planning.url())![1];
    await main(planning).getByRole('heading', { level: 1, name: `第1次改訂 ${TITLE}` }).waitFor(SLOW);
    await expect.poll(() => focused(planning), SLOW).toContain('改訂の案を作りました');
    const facts = await main(planning).locator('.revision-facts').textContent();
    expect(facts).toMatch(/状態.*案/);
    expect(facts).toContain('令和7年度から');
    expect(facts).toContain('2025年5月30日');
    expect(facts).toContain('行政経営市民会議（令和7年5月 報告）');
    await check(planning, 'draft-new');
  });

  it('adds a change raising the KPI’s target and its wording; a value that is not a number is refused beside the field', STEP, async () => {
    const form = main(planning).getByRole('form', { name: '変更点を加える' });
    await form.getByLabel(/^対象/).selectOption({ label: `${KPI.key} ${KPI.name}` });
    await form.getByLabel(/^項目/).selectOption({ label: '目標値' });
    const value = form.getByLabel(/^改訂後の目標値/);
    // The plan's value now is where the input starts, and is said beside it.
    expect(await value.inputValue()).toBe('100');
    expect(await form.textContent()).toContain('いまの値は「100」です。');
    await value.fill('多い');
    await form.getByRole('button', { name: '変更点を加える' }).click();
    await expect.poll(() => focused(planning)).toContain('改訂後の目標値');
    expect(await form.textContent()).toContain('数値で入力してください');
    // The server's refusal lands beside the value too: the plan has that value already.
    await value.fill('100');
    await form.getByRole('button', { name: '変更点を加える' }).click();
    await expect.poll(() => form.textContent(), SLOW).toContain('いまの計画と同じ値です');
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    await check(planning, 'change-error');

    await value.fill('１５０');
    await form.getByRole('button', { name: '変更点を加える' }).click();
    await expect.poll(() => focused(planning), SLOW).toContain(`変更点を加えました：${KPI.key} ${KPI.name} の目標値を「150」に`);
    await expect.poll(() => changeRow(planning, '目標値').textContent(), SLOW).toMatch(/目標値100150（改訂の理由）/);

    // The KPI stays chosen for its next field.
    await form.getByLabel(/^項目/).selectOption({ label: '目標値（表記）' });
    expect(await form.getByLabel(/^改訂後の目標値（表記）/).inputValue()).toBe('延べ 100 件');
    await form.getByLabel(/^改訂後の目標値（表記）/).fill('延べ 150 件');
    await form.getByLabel(/^この変更の理由/).fill(OWN_REASON);
    await form.getByRole('button', { name: '変更点を加える' }).click();
    await expect.poll(() => focused(planning), SLOW).toContain('目標値（表記）を「延べ 150 件」に');
    await expect.poll(() => changeRow(planning, '目標値（表記）').textContent(), SLOW).toContain(`延べ 100 件延べ 150 件${OWN_REASON}`);
    expect(await changesTable(planning).getByRole('row').count()).toBe(3);
    await check(planning, 'draft-changes');

    const stored = await server.db.dataSource.query(`SELECT field, after FROM plan_change WHERE revision_id = $1 ORDER BY position`, [revisionId]);
    expect(stored).toEqual([
      { field: 'targetValue', after: 150 },
      { field: 'targetText', after: '延べ 150 件' },
    ]);
  });

  it('shows the draft’s 新旧対照表 under its goal and measure, and prints it without the site’s header', STEP, async () => {
    await main(planning).getByRole('link', { name: /新旧対照表を見る/ }).click();
    await main(planning).getByRole('heading', { level: 1, name: /新旧対照表/ }).waitFor(SLOW);
    const table = main(planning).getByRole('table', { name: `第1次改訂「${TITLE}」の新旧対照表` });
    await expect.poll(() => table.textContent(), SLOW).toContain('延べ 150 件');
    const rows = await table.getByRole('row').allTextContents();
    expect(rows[0]).toBe('項目改訂前改訂後理由');
    expect(rows[1]).toMatch(/^基本目標 1 /);
    expect(rows[2]).toMatch(/^施策 1-1 /);
    expect(rows.slice(3)).toEqual([`${KPI.key} ${KPI.name}目標値100150${REASON}`, `${KPI.key} ${KPI.name}目標値（表記）延べ 100 件延べ 150 件${OWN_REASON}`]);
    expect(await main(planning).textContent()).toContain('案の段階です');
    await check(planning, 'comparison');

    // As printed: the header and the buttons gone, the table across an A4 landscape page (1123 px at 96 dpi).
    await planning.emulateMedia({ media: 'print' });
    await planning.setViewportSize({ width: 1123, height: 794 });
    expect(await planning.getByRole('banner').isVisible()).toBe(false);
    expect(await main(planning).getByRole('button', { name: '印刷' }).isVisible()).toBe(false);
    expect(await planning.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1123);
    await planning.screenshot({ path: `${SHOTS}/plan-revisions-comparison-print.png`, fullPage: true });
    await planning.emulateMedia({ media: 'screen' });
    await planning.setViewportSize({ width: 1280, height: 900 });
  });

  it('a council member reads the draft and its 新旧対照表, with no control to change either', STEP, async () => {
    council = await signedIn('council@example.jp');
    await council.goto(url('/'));
    await nav(council).getByRole('link', { name: '計画の改訂' }).click();
    await main(council).getByRole('heading', { level: 1, name: '計画の改訂' }).waitFor(SLOW);
    const list = main(council).getByRole('table', { name: '改訂の一覧（新しい順）' });
    await expect.poll(() => list.textContent(), SLOW).toMatch(new RegExp(`第1次改訂 ${TITLE}.*案.*令和7年度から`));
    expect(await main(council).getByRole('form').count()).toBe(0);
    await check(council, 'council-list');

    await list.getByRole('link', { name: new RegExp(TITLE) }).click();
    await main(council).getByRole('heading', { level: 1, name: `第1次改訂 ${TITLE}` }).waitFor(SLOW);
    await expect.poll(() => changesTable(council).getByRole('row').count(), SLOW).toBe(3);
    expect(await main(council).getByRole('form').count()).toBe(0);
    expect(await main(council).getByRole('button').count()).toBe(0);
    expect(await changesTable(council).getByRole('columnheader').allTextContents()).toEqual(['項目', '改訂前', '改訂後', '理由']);
    await check(council, 'council-draft');
  });

  it('政策企画課 adopts it: someone’s edit meanwhile is shown in the dialog and confirmed again', STEP, async () => {
    // A page whose live updates are cut off (its socket answered by no one): the edit below reaches
    // it only by the refusal, as when it lands between the page's last reading and the click.
    // Live updates themselves: tests/browser/revision-live.test.ts.
    await planning.routeWebSocket(/\/graphql/, () => undefined);
    await planning.goto(url(`/revisions/${revisionId}`));
    await main(planning).getByRole('heading', { level: 1, name: `第1次改訂 ${TITLE}` }).waitFor(SLOW);
    // The KPI's page, read (and kept by the client) before the adoption: the target as the plan has it now, no history yet.
    await changeRow(planning, '目標値').getByRole('link', { name: `${KPI.key} ${KPI.name}` }).click();
    await main(planning).getByRole('heading', { level: 1, name: KPI.name }).waitFor(SLOW);
    expect(await main(planning).locator('.facts').textContent()).toContain('延べ 100 件');
    await expect.poll(() => main(planning).getByRole('region', { name: '改訂の履歴' }).textContent(), SLOW).toContain('改訂されていません');
    await planning.goBack();
    await main(planning).getByRole('heading', { level: 1, name: `第1次改訂 ${TITLE}` }).waitFor(SLOW);
    // Another planning session renames the draft after this page read it.
    const other = server.session();
    await other.signIn('planning@example.jp');
    const { data } = await other.gql(`query($id: ID!) { planRevision(id: $id) { version } }`, { id: revisionId });
    const renamed = await other.gql(`mutation($id: ID!, $v: Int!, $input: PlanRevisionInput!) { updatePlanRevision(id: $id, expectedVersion: $v, input: $input) { version } }`, {
      id: revisionId,
      v: data.planRevision.version,
      input: { title: `${TITLE}（修正）`, effectiveFiscalYear: 2025, decidedBy: '行政経営市民会議（令和7年5月 報告）', decidedOn: '2025-05-30', reason: REASON },
    });
    expect(renamed.errors).toBeUndefined();

    await main(planning).getByRole('button', { name: '決定する' }).click();
    const dialog = planning.getByRole('dialog', { name: '第1次改訂を決定しますか' });
    await dialog.waitFor(SLOW);
    expect(await dialog.textContent()).toContain('2件の変更点が計画に反映され、令和7年度以降の実績は改訂後の計画で評価します');
    expect(await focused(planning)).toBe('決定する');
    await check(planning, 'adopt-dialog');
    await dialog.getByRole('button', { name: '決定する' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), SLOW).toContain('ほかの人がこの改訂を変更しました');
    expect(await dialog.getByRole('alert').textContent()).toContain(`${TITLE}（修正）`);
    await check(planning, 'adopt-conflict');
    expect((await server.db.dataSource.query(`SELECT state FROM plan_revision WHERE id = $1`, [revisionId]))[0].state).toBe('DRAFT');

    await dialog.getByRole('button', { name: '決定する' }).click();
    await expect.poll(() => focused(planning), SLOW).toContain('第1次改訂を決定しました');
    await main(planning).getByRole('heading', { level: 1, name: `第1次改訂 ${TITLE}（修正）` }).waitFor(SLOW);
    expect(await main(planning).locator('.revision-facts').textContent()).toMatch(/状態.*決定/);
    // Adopted: nothing to edit any more.
    expect(await main(planning).getByRole('form').count()).toBe(0);
    expect(await main(planning).getByRole('button').count()).toBe(0);
    await check(planning, 'adopted');
    const [target] = await server.db.dataSource.query(`SELECT target_value::float AS value, target_text AS text FROM indicator WHERE id = $1`, [kpiId]);
    expect(target).toEqual({ value: 150, text: '延べ 150 件' });
  });

  it('the KPI’s page shows the revision in its 改訂の履歴, which a signed-out visitor is not offered', STEP, async () => {
    // Within the app, as read before the adoption: the page reads the KPI again.
    await changeRow(planning, '目標値').getByRole('link', { name: `${KPI.key} ${KPI.name}` }).click();
    await main(planning).getByRole('heading', { level: 1, name: KPI.name }).waitFor(SLOW);
    await expect.poll(() => main(planning).locator('.facts').textContent(), SLOW).toContain('延べ 150 件');
    const history = main(planning).getByRole('region', { name: '改訂の履歴' });
    await expect.poll(() => history.textContent(), SLOW).toContain(`令和7年度から 第1次改訂 ${TITLE}（修正）`);
    const items = await history.getByRole('listitem').allTextContents();
    expect(items).toContainEqual(expect.stringMatching(new RegExp(`^目標値：改訂前：100 → 改訂後：150理由：${REASON}$`)));
    expect(items).toContainEqual(expect.stringMatching(new RegExp(`^目標値（表記）：改訂前：延べ 100 件 → 改訂後：延べ 150 件理由：${OWN_REASON}$`)));
    expect(await history.getByRole('link', { name: `第1次改訂 ${TITLE}（修正）` }).getAttribute('href')).toBe(`/revisions/${revisionId}`);
    // Each year is read against the plan in force in it: R6 on the way to 延べ 100 (25 by its first
    // year of four), R7 on the way to 延べ 150 (75 by its second).
    const yearly = main(planning).getByRole('table', { name: /年度ごと/ });
    const pathOf = async (year: string) => (await yearly.getByRole('row').filter({ has: planning.getByRole('rowheader', { name: year, exact: true }) }).getByRole('cell').nth(2).textContent())?.trim();
    await expect.poll(() => pathOf('令和6年度'), SLOW).toMatch(/^25\s*件$/);
    expect(await pathOf('令和7年度')).toMatch(/^75\s*件$/);
    await check(planning, 'indicator-history');

    const visitor = await (await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } })).newPage();
    pages.push(visitor);
    const asked: string[] = [];
    visitor.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') asked.push((request.postDataJSON() as { operationName: string }).operationName);
    });
    await visitor.goto(url(`/indicators/${kpiId}`));
    await main(visitor).getByRole('heading', { level: 1, name: KPI.name }).waitFor(SLOW);
    await main(visitor).getByRole('heading', { name: '実績の推移と達成度' }).waitFor(SLOW);
    await visitor.waitForLoadState('networkidle');
    expect(await main(visitor).getByRole('heading', { name: '改訂の履歴' }).count()).toBe(0);
    expect(asked).not.toContain('IndicatorHistory');
    // The target as adopted today.
    expect(await main(visitor).textContent()).toContain('延べ 150 件');
    expect(await nav(visitor).getByRole('link', { name: '計画の改訂' }).count()).toBe(0);
  });
});
