import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { closeFY2024, enterFY2025, type ClosedYear } from '../support/closed-year.js';
import { CREATE_ACTION, MOVE_CYCLE, RESPOND } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type GraphQLResponse, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');
// The machine is shared: a cold page (its chunk, its queries) may take a while.
const SLOW = { timeout: 30_000 };
const STEP = { timeout: 300_000 };

const TITLE = '改善アクションを受けた目標値の見直し';
const REASON = '市民会議の意見と改善アクションを受けて、目標値を見直すため';
// 商工課's answer to FY2025's thread on the KPI, and the thread's own words (tests/support/closed-year.ts).
const ACTION = '目標値の水準を見直す';
const THREAD = 'R7年度は大きく伸びました';
const COMMENT = '目標値の引上げは妥当ですが、R8年度の中間目標も示してください';
const REPLY_TEXT = '中間目標は次の改訂で示します';
const NEW_MEASURE = { code: '1-9', title: 'スタートアップの創出と成長支援' };
const NEW_KPI = { key: '9-9-9', name: '創業支援による新規開業数（延べ）' };

const ok = <T>(res: GraphQLResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

/**
 * A plan revision answering the review, in the browser: FY2024 closed and FY2025 answered (an open
 * thread on a 商工課 KPI, and 商工課's improvement action on it), 政策企画課 drafts a revision from the
 * action (linked to it), sees what adopting it would do (a grade of FY2025, the thread, the action)
 * refresh as the change is added, removed and added again, links and unlinks the thread, adds a KPI
 * (a duplicate key refused beside its field), gives the KPI a second department and moves it to another
 * measure (【再掲】 where it was), adds a measure and retires a main project, downloads the 新旧対照表 as Excel; a council member
 * comments on the draft beside what it changes and 政策企画課, told on the revision, replies; 政策企画課
 * adopts it, and the council member reads what it answers and its comments, closed to new ones. The new states pass axe at 390 and 1366 px and are
 * photographed at 390, 1024 and 1366 px.
 */
describe('a plan revision from an improvement action, in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let planning: Page;
  const as: Record<string, ApiSession> = {};
  let year: ClosedYear;
  let fy2025 = '';
  let actionId = '';
  let threadId = '';
  let kpi = { key: '', name: '' };
  let measure = { code: '', title: '' };
  let other = { id: '', code: '', title: '' };
  let retired = { code: '', name: '' };
  let takenKey = '';
  let revisionId = '';
  const pages: Page[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm run build --workspace client` first');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    for (const [who, email] of [['planning', 'planning@example.jp'], ['shoko', 'shoko@example.jp'], ['council', 'council@example.jp']]) {
      as[who] = server.session();
      await as[who].signIn(email);
    }
    year = await closeFY2024(server, as);
    fy2025 = (await enterFY2025(as, year)).id;
    // FY2025 moves on to its answers: 商工課 takes an action on the council's thread, which stays open.
    const { reviewCycle } = ok(await as.planning.gql(`query($id: ID!) { reviewCycle(id: $id) { version } }`, { id: fy2025 }));
    ok(await as.planning.gql(MOVE_CYCLE, { id: fy2025, to: 'RESPONDING', v: reviewCycle.version }));
    const { reviewThreads } = ok(await as.planning.gql(`query($c: ID!) { reviewThreads(cycleId: $c) { id } }`, { c: fy2025 }));
    threadId = reviewThreads[0].id;
    const response = ok(await as.shoko.gql(RESPOND, { input: { threadId, stance: 'WILL_ADDRESS', body: '目標値の見直しを政策企画課と協議します' } })).respondToThread;
    actionId = ok(await as.shoko.gql(CREATE_ACTION, { input: { responseId: response.id, description: ACTION, dueFiscalYear: 2026 } })).createImprovementAction.id;
    const { indicator } = ok(await as.planning.gql(`query($id: ID!) { indicator(id: $id) { key name } }`, { id: year.kpi.accepted }));
    kpi = indicator;
    const read = ok(await as.planning.gql(`query($id: ID!) { measure(id: $id) { code title } }`, { id: year.measureId }));
    measure = read.measure;
    const { strategies } = ok(await as.planning.gql(`{ strategies { goals { measures { id code title } } } }`));
    other = strategies[0].goals.flatMap((g: { measures: (typeof other)[] }) => g.measures).find((m: typeof other) => m.id !== year.measureId);
    takenKey = kpi.key;
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    for (const p of pages) await p.context().close();
    await browser?.close();
    await server?.stop();
  });

  const url = (p: string) => new URL(p, server.app.url).toString();
  const main = (p: Page) => p.locator('main');
  // Strings, evaluated in the page: this file is type-checked without the DOM library.
  const focused = (p: Page) => p.evaluate<string>('(document.activeElement?.textContent || document.activeElement?.labels?.[0]?.textContent || "").trim()');
  // A focused <select> has its options' text: name it by its label.
  const focusedLabel = (p: Page) => p.evaluate<string>('(document.activeElement?.labels?.[0]?.textContent || "").trim()');

  /** axe at a phone's and a laptop's width (0 critical, 0 serious), nothing wider than the screen but a table's own box, and three screenshots. */
  async function check(p: Page, name: string) {
    for (const width of [390, 1366]) {
      await p.setViewportSize({ width, height: 900 });
      expect(await graveViolations(p), `${name} at ${width} px`).toEqual([]);
      expect(await p.evaluate<number>('document.documentElement.scrollWidth'), `${name} at ${width} px`).toBeLessThanOrEqual(width);
    }
    await photograph(p, SHOTS, `plan-revisions-impact-${name}`);
    await p.setViewportSize({ width: 1280, height: 900 });
  }

  async function signedIn(email: string): Promise<Page> {
    const { page } = await signedInPage(browser, server, email);
    pages.push(page);
    return page;
  }

  const impact = (p: Page) => main(p).getByRole('region', { name: '決定した場合の影響' });
  const answers = (p: Page) => main(p).getByRole('region', { name: 'この改訂で対応するもの' });
  const changesTable = (p: Page) => main(p).getByRole('table', { name: /^変更点/ });
  const changeForm = (p: Page) => main(p).getByRole('form', { name: '変更点を加える' });
  // A button's hidden words (which item it acts on) follow its label, as a separate chunk of its name.
  const button = (label: string, what: string) => ({ name: new RegExp(`^${label}\\s*：${what}$`) });

  async function raiseTarget(p: Page) {
    const form = changeForm(p);
    await form.getByLabel(/^対象/).selectOption({ label: `${kpi.key} ${kpi.name}` });
    await form.getByLabel(/^項目/).selectOption({ label: '目標値' });
    // Far above FY2024's and FY2025's figures: FY2025's grade falls.
    await form.getByLabel(/^改訂後の目標値/).fill('50000');
    await form.getByRole('button', { name: '変更点を加える' }).click();
    await expect.poll(() => focused(p), SLOW).toContain(`変更点を加えました：${kpi.key} ${kpi.name} の目標値を`);
  }

  it('政策企画課 drafts a revision from an improvement action on the review page: the draft answers it', STEP, async () => {
    planning = await signedIn('planning@example.jp');
    await planning.goto(url(`/review/cycles/${fy2025}/measures/${year.measureId}`));
    const item = main(planning).locator('li.action', { hasText: ACTION }).first();
    const link = item.getByRole('link', { name: '計画の改訂案を作る' });
    await link.waitFor(SLOW);
    expect(await link.getAttribute('href')).toBe(`/revisions?fromAction=${actionId}`);
    await check(planning, 'action-link');

    // One plan: on to its revisions, the action still named.
    await link.click();
    await planning.waitForURL(new RegExp(`/strategies/${year.strategyId}/revisions\\?fromAction=`), SLOW);
    // The new-draft form takes focus, and says the draft will answer the action.
    await expect.poll(() => focused(planning), SLOW).toContain('改善アクションに対応する改訂の案を作ります');
    const form = main(planning).getByRole('form', { name: '改訂の案を作る' });
    await form.getByLabel(/^改訂の名称/).fill(TITLE);
    await form.getByLabel(/^適用年度/).selectOption({ label: '令和7年度から' });
    await form.getByLabel(/^改訂の理由/).fill(REASON);
    await check(planning, 'from-action');
    await form.getByRole('button', { name: '案を作る' }).click();
    await planning.waitForURL(/\/revisions\/[0-9a-f-]{36}$/, SLOW);
    revisionId = /\/revisions\/([0-9a-f-]{36})$/.exec(planning.url())![1];
    await expect.poll(() => focused(planning), SLOW).toContain('改訂の案を作り、改善アクションと関連付けました');
    await expect.poll(() => answers(planning).textContent(), SLOW).toContain(ACTION);
    expect(await answers(planning).textContent()).toContain('担当：商工課');
    // Nothing changed yet: nothing to foresee.
    expect(await impact(planning).textContent()).toContain('変更点を加えると、決定した場合の影響を示します。');
    const [linked] = await server.db.dataSource.query(`SELECT action_id FROM plan_revision_link WHERE revision_id = $1`, [revisionId]);
    expect(linked.action_id).toBe(actionId);
  });

  it('shows what adopting it would do, read again as the change is added, removed and added again', STEP, async () => {
    await raiseTarget(planning);
    const grades = impact(planning).getByRole('table', { name: /^決定すると変わる評価/ });
    await grades.waitFor(SLOW);
    const row = grades.getByRole('row').filter({ has: planning.getByRole('rowheader', { name: `${kpi.key} ${kpi.name}` }) });
    expect(await row.textContent()).toContain('令和7年度');
    const [before, after] = await row.locator('.grade').allTextContents();
    expect(before).not.toBe(after);
    // FY2025's open thread on the KPI, and 商工課's action on its measure: that one the draft answers already.
    const section = impact(planning);
    expect(await section.getByRole('link', { name: `意見「${THREAD}」` }).getAttribute('href')).toBe(`/review/cycles/${fy2025}/measures/${year.measureId}#thread-${threadId}`);
    expect(await section.locator('li', { hasText: ACTION }).textContent()).toContain('この改訂で対応');
    expect(await section.locator('li', { hasText: ACTION }).getByRole('button').count()).toBe(0);
    await check(planning, 'impact');

    // Taken out: nothing to foresee again; put back: the grade again.
    await changesTable(planning).getByRole('button', { name: /^削除/ }).click();
    await expect.poll(() => focused(planning), SLOW).toContain('変更点を削除しました');
    await expect.poll(() => impact(planning).textContent(), SLOW).toContain('変更点を加えると、決定した場合の影響を示します。');
    await raiseTarget(planning);
    await expect.poll(() => grades.getByRole('row').count(), SLOW).toBeGreaterThan(1);
  });

  it('links the open thread as answered by the revision, and unlinks it', STEP, async () => {
    await impact(planning).getByRole('button', button('この改訂で対応する', `論点「${THREAD}」`)).click();
    await expect.poll(() => focused(planning), SLOW).toContain(`この改訂で対応するものに加えました：論点「${THREAD}」`);
    const listed = answers(planning).getByRole('link', { name: `意見「${THREAD}」` });
    await listed.waitFor(SLOW);
    expect(await listed.getAttribute('href')).toBe(`/review/cycles/${fy2025}/measures/${year.measureId}#thread-${threadId}`);
    expect(await impact(planning).getByRole('button', { name: /^この改訂で対応する/ }).count()).toBe(0);
    await check(planning, 'linked');

    await answers(planning).getByRole('button', button('関連付けを外す', `論点「${THREAD}」`)).click();
    await expect.poll(() => focused(planning), SLOW).toContain(`関連付けを外しました：論点「${THREAD}」`);
    await expect.poll(() => answers(planning).getByRole('link', { name: `意見「${THREAD}」` }).count(), SLOW).toBe(0);
    await impact(planning).getByRole('button', button('この改訂で対応する', `論点「${THREAD}」`)).waitFor(SLOW);
    const links = await server.db.dataSource.query(`SELECT action_id, thread_id FROM plan_revision_link WHERE revision_id = $1`, [revisionId]);
    expect(links).toEqual([{ action_id: actionId, thread_id: null }]);
  });

  it('adds a KPI under a measure: a key the plan has is refused beside its field, then it is listed as 新設', STEP, async () => {
    const form = main(planning).getByRole('form', { name: '指標を追加する' });
    // Nothing chosen: the first error takes the focus.
    await form.getByRole('button', { name: '指標を追加する' }).click();
    await expect.poll(() => focusedLabel(planning)).toContain('掲載する施策');
    expect(await form.textContent()).toContain('指標名を入力してください。');
    expect(await form.textContent()).toContain('評価の向きを選んでください。');

    await form.getByLabel(/^掲載する施策/).selectOption({ label: `施策 ${measure.code} ${measure.title}` });
    await form.getByLabel(/^指標の番号/).fill(takenKey);
    await form.getByLabel(/^単位/).fill('件');
    await form.getByLabel(/^指標名/).fill(NEW_KPI.name);
    await form.getByLabel(/^目標の種類/).selectOption({ label: '計画期間の累計（延べ）' });
    await form.getByRole('radio', { name: '高いほど良い' }).check();
    await form.getByLabel('目標値', { exact: true }).fill('３０');
    await form.getByLabel(/^目標値（表記）/).fill('延べ 30 件');
    await form.getByLabel(/^基準値（表記）/).fill('–');
    await form.getByRole('checkbox', { name: '商工課' }).check();
    await form.getByRole('button', { name: '指標を追加する' }).click();
    await expect.poll(() => form.textContent(), SLOW).toContain(`指標の番号 ${takenKey} は既にあります`);
    await expect.poll(() => focusedLabel(planning)).toContain('指標の番号');
    expect(await form.getByLabel(/^指標の番号/).getAttribute('aria-invalid')).toBe('true');
    await check(planning, 'propose-error');

    await form.getByLabel(/^指標の番号/).fill(NEW_KPI.key);
    await form.getByRole('button', { name: '指標を追加する' }).click();
    await expect.poll(() => focused(planning), SLOW).toContain(`指標を追加しました：${NEW_KPI.key} ${NEW_KPI.name}`);
    const added = changesTable(planning).getByRole('row').filter({ has: planning.getByRole('rowheader', { name: new RegExp(`^${NEW_KPI.key} ${NEW_KPI.name}.*新設$`) }) });
    await expect.poll(() => added.textContent(), SLOW).toContain('新設（基準値 –、目標値 延べ 30 件）');
    // The form is empty again for the next one.
    expect(await form.getByLabel(/^指標名/).inputValue()).toBe('');
    await check(planning, 'proposed');
    const [stored] = await server.db.dataSource.query(`SELECT after FROM plan_change WHERE revision_id = $1 AND action = 'ADD'`, [revisionId]);
    expect(stored.after).toMatchObject({ measureId: year.measureId, departmentIds: [year.shokoId], indicator: { key: NEW_KPI.key, targetValue: 30, targetKind: 'CUMULATIVE', baselineValue: null } });
  });

  it('gives the KPI a second department and moves it to another measure, 【再掲】 where it was', STEP, async () => {
    const form = changeForm(planning);
    await form.getByLabel(/^対象/).selectOption({ label: `${kpi.key} ${kpi.name}` });
    await form.getByLabel(/^項目/).selectOption({ label: '担当課' });
    const departments = form.getByRole('group', { name: '改訂後の担当課' });
    expect(await departments.getByRole('checkbox', { name: '商工課' }).isChecked()).toBe(true);
    await departments.getByRole('checkbox', { name: '観光課' }).check();
    await form.getByRole('button', { name: '変更点を加える' }).click();
    await expect.poll(() => focused(planning), SLOW).toContain(`変更点を加えました：${kpi.key} ${kpi.name} の担当課を「商工課・観光課」に。`);

    await form.getByLabel(/^対象/).selectOption({ label: `${kpi.key} ${kpi.name}` });
    await form.getByLabel(/^項目/).selectOption({ label: '掲載する施策（再掲）' });
    const listings = form.getByRole('group', { name: '改訂後の掲載する施策（再掲）' });
    await listings.getByLabel(/^指標を定める施策/).selectOption({ label: `施策 ${other.code} ${other.title}` });
    await listings.getByRole('checkbox', { name: `施策 ${measure.code} ${measure.title}` }).check();
    await check(planning, 'listings-form');
    await form.getByRole('button', { name: '変更点を加える' }).click();
    const moved = `施策 ${other.code}、施策 ${measure.code}【再掲】`;
    await expect.poll(() => focused(planning), SLOW).toContain(`の掲載する施策（再掲）を「${moved}」に。`);
    const row = changesTable(planning).getByRole('row').filter({ has: planning.getByRole('rowheader', { name: new RegExp(`^${kpi.key} ${kpi.name}.*掲載する施策（再掲）$`) }) });
    expect(await row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining([`施策 ${measure.code}`, moved]));
  });

  it('adds a measure under a basic goal, and retires a main project, from the forms for them', STEP, async () => {
    const form = main(planning).getByRole('form', { name: '施策・具体的な施策・主な事業を追加する' });
    await form.getByRole('button', { name: '追加する' }).click();
    await expect.poll(() => focusedLabel(planning)).toContain('追加する基本目標');
    await form.getByLabel(/^追加する基本目標/).selectOption({ index: 1 });
    await form.getByLabel(/^施策の番号/).fill(NEW_MEASURE.code);
    await form.getByLabel(/^施策名/).fill(NEW_MEASURE.title);
    await check(planning, 'add-measure');
    await form.getByRole('button', { name: '追加する' }).click();
    await expect.poll(() => focused(planning), SLOW).toContain(`追加しました：施策 ${NEW_MEASURE.code} ${NEW_MEASURE.title}`);
    const added = changesTable(planning).getByRole('row').filter({ has: planning.getByRole('rowheader', { name: new RegExp(`^施策 ${NEW_MEASURE.code} ${NEW_MEASURE.title}.*新設$`) }) });
    expect(await added.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['–', '新設']));

    const change = changeForm(planning);
    const project = await change.getByLabel(/^対象/).locator('optgroup[label="主な事業"] option').first();
    const label = (await project.textContent())!.trim();
    await change.getByLabel(/^対象/).selectOption({ label });
    await change.getByLabel(/^項目/).selectOption({ label: '廃止（年度から）' });
    await change.getByLabel(/^改訂後の廃止/).selectOption({ label: '令和8年度から' });
    await change.getByRole('button', { name: '変更点を加える' }).click();
    await expect.poll(() => focused(planning), SLOW).toContain(`変更点を加えました：${label} の廃止（年度から）を「令和8年度」に。`);
    const [, code, name] = /^施策 (\S+) 主な事業 (.+)$/.exec(label)!;
    retired = { code, name };
  });

  it('downloads the 新旧対照表 as an Excel file named after the revision, holding what the page shows', STEP, async () => {
    await main(planning).getByRole('link', { name: /新旧対照表を見る/ }).click();
    const table = main(planning).getByRole('table', { name: `第1次改訂「${TITLE}」の新旧対照表` });
    await table.waitFor(SLOW);
    const shown = table.getByRole('row').filter({ has: planning.getByRole('rowheader', { name: new RegExp(`^${kpi.key} ${kpi.name}.*目標値$`) }) });
    const [before, after] = await shown.getByRole('cell').allTextContents();

    const excel = main(planning).getByRole('button', { name: 'Excel でダウンロード' });
    const [download] = await Promise.all([planning.waitForEvent('download', SLOW), excel.click()]);
    expect(download.suggestedFilename()).toBe('新旧対照表_第1次改訂.xlsx');
    await expect.poll(() => focused(planning), SLOW).toBe('新旧対照表_第1次改訂.xlsx をダウンロードしました。');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(await download.path()) as never);
    const sheet = workbook.getWorksheet('新旧対照表')!;
    const rows = [...Array(sheet.rowCount - 3).keys()].map((k) => (sheet.getRow(k + 4).values as unknown[]).slice(3, 7));
    expect(rows).toContainEqual([`${kpi.key} ${kpi.name}`, '目標値', before, after]);
    expect(rows).toContainEqual([`${NEW_KPI.key} ${NEW_KPI.name}`, '新設', '–', '（新設）']);
    // The page names the KPI the draft adds as the file does, under its measure.
    expect(await table.textContent()).toContain(`${NEW_KPI.key} ${NEW_KPI.name}新設`);
    await check(planning, 'comparison-download');
  });

  it('a council member comments on the draft beside what it changes; 政策企画課 sees it waiting on the revision and replies', STEP, async () => {
    const council = await signedIn('council@example.jp');
    await council.goto(url(`/revisions/${revisionId}`));
    const summary = main(council).getByRole('region', { name: '市民会議の意見' });
    await expect.poll(() => summary.textContent(), SLOW).toContain('この改訂への意見はまだありません。');
    await summary.getByRole('link', { name: '意見を読む・書く' }).click();
    await council.waitForURL(new RegExp(`/revisions/${revisionId}/comments$`), SLOW);
    await main(council).getByRole('heading', { level: 1, name: `改訂案への意見 第1次改訂 ${TITLE}` }).waitFor(SLOW);
    // What it changes, as the 新旧対照表 has it, above the comments.
    const table = main(council).getByRole('table', { name: `第1次改訂「${TITLE}」の新旧対照表` });
    await table.waitFor(SLOW);
    expect(await table.textContent()).toContain(`${kpi.key} ${kpi.name}`);
    await main(council).getByRole('button', { name: /^コメントする/ }).click();
    await council.getByRole('radio', { name: '意見' }).check();
    await main(council).getByLabel(/^本文/).fill(COMMENT);
    await main(council).getByRole('button', { name: '投稿する' }).click();
    await expect.poll(() => main(council).locator('article.thread').count(), SLOW).toBe(1);
    const thread = main(council).locator('article.thread');
    expect(await thread.textContent()).toContain(COMMENT);
    expect(await thread.textContent()).toContain('回答待ち：政策企画課');
    await check(council, 'council-comment');

    await planning.goto(url(`/revisions/${revisionId}`));
    const waiting = main(planning).getByRole('region', { name: '市民会議の意見' });
    await expect.poll(() => waiting.textContent(), SLOW).toContain('意見 1件（政策企画課の返信待ち 1件・未解決 1件）');
    await waiting.getByRole('link', { name: '意見を読む・書く' }).click();
    const opened = main(planning).locator('article.thread');
    await opened.getByRole('button', { name: /^論点を開く/ }).click();
    // Answered by reply: no department's formal answer, no improvement action on a revision's comment.
    expect(await opened.getByRole('radio').count()).toBe(0);
    await opened.getByLabel(/^返信/).fill(REPLY_TEXT);
    await opened.getByRole('button', { name: '返信する' }).click();
    await expect.poll(() => opened.textContent(), SLOW).toContain(REPLY_TEXT);
    await expect.poll(() => opened.textContent(), SLOW).not.toContain('回答待ち');
    await check(planning, 'planning-reply');
    const [stored] = await server.db.dataSource.query(`SELECT anchor, cycle_id, revision_id FROM review_thread WHERE revision_id = $1`, [revisionId]);
    expect(stored).toEqual({ anchor: 'REVISION', cycle_id: null, revision_id: revisionId });
  });

  it('adopts it; a council member reads what it answers, with nothing to change', STEP, async () => {
    await planning.goto(url(`/revisions/${revisionId}`));
    await main(planning).getByRole('heading', { level: 1, name: `第1次改訂 ${TITLE}` }).waitFor(SLOW);
    await main(planning).getByRole('button', { name: '決定する' }).click();
    const dialog = planning.getByRole('dialog', { name: '第1次改訂を決定しますか' });
    await dialog.waitFor(SLOW);
    await dialog.getByRole('button', { name: '決定する' }).click();
    await expect.poll(() => focused(planning), SLOW).toContain('第1次改訂を決定しました');
    // Adopted: what it answers stays, nothing to foresee or unlink.
    await expect.poll(() => answers(planning).textContent(), SLOW).toContain(ACTION);
    expect(await impact(planning).count()).toBe(0);
    expect(await main(planning).getByRole('button').count()).toBe(0);
    const [added] = await server.db.dataSource.query(`SELECT start_fiscal_year AS start_fy FROM indicator WHERE key = $1`, [NEW_KPI.key]);
    expect(added.start_fy).toBe(2025);
    const [measureRow] = await server.db.dataSource.query(`SELECT title FROM measure WHERE code = $1 AND strategy_id = $2`, [NEW_MEASURE.code, year.strategyId]);
    expect(measureRow).toEqual({ title: NEW_MEASURE.title });
    // Its new department and listings are the plan's own rows now.
    const listed = await server.db.dataSource.query(`SELECT measure_id, relisted FROM measure_indicator WHERE indicator_id = $1 ORDER BY relisted`, [year.kpi.accepted]);
    expect(listed).toEqual([
      { measure_id: other.id, relisted: false },
      { measure_id: year.measureId, relisted: true },
    ]);
    const answering = await server.db.dataSource.query(`SELECT d.name FROM indicator_department x JOIN department d ON d.id = x.department_id WHERE x.indicator_id = $1 ORDER BY x.position`, [year.kpi.accepted]);
    expect(answering).toEqual([{ name: '商工課' }, { name: '観光課' }]);
    // The retired project stays on its measure's page, marked 廃止 from its year.
    const [{ id: measureId }] = await server.db.dataSource.query(`SELECT id FROM measure WHERE code = $1 AND strategy_id = $2`, [retired.code, year.strategyId]);
    await planning.goto(url(`/measures/${measureId}`));
    const item = main(planning).getByRole('region', { name: '主な事業' }).getByRole('listitem').filter({ hasText: retired.name });
    await expect.poll(() => item.textContent(), SLOW).toContain('廃止（令和8年度から）');
    await check(planning, 'retired-project');

    const council = await signedIn('council@example.jp');
    const asked: string[] = [];
    council.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') asked.push((request.postDataJSON() as { operationName: string }).operationName);
    });
    await council.goto(url(`/revisions/${revisionId}`));
    await main(council).getByRole('heading', { level: 1, name: `第1次改訂 ${TITLE}` }).waitFor(SLOW);
    await expect.poll(() => answers(council).textContent(), SLOW).toContain(ACTION);
    expect(await main(council).getByRole('button').count()).toBe(0);
    // The impact is the planning division's: not asked for.
    expect(asked).not.toContain('RevisionImpact');
    await check(council, 'council-answers');
    // Its comments stay to be read, and take no more.
    await main(council).getByRole('link', { name: '意見を読む' }).click();
    await main(council).locator('article.thread', { hasText: COMMENT }).waitFor(SLOW);
    expect(await main(council).textContent()).toContain('この改訂は決定済みです。');
    expect(await main(council).getByRole('button', { name: /^コメントする/ }).count()).toBe(0);
  });
});
