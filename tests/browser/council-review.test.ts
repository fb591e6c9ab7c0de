import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { MOVE_CYCLE, OPEN_CYCLE, SAVE_REPORT, SUBMIT_REPORT } from '../support/review-ops.js';
import { plans, SAMPLE_PASSWORD, startTestServer, type ApiSession, type TestServer } from '../support/server.js';
import { launchBrowser } from '../support/browser.js';

const clientDist = path.join(repoRoot, 'client/dist');
const latencyFile = path.join(repoRoot, 'tests/browser/.latency.json');
const KPI = '創業支援等事業計画に基づく創業者数';
const COMMENT = '創業者数の伸びが鈍い理由は？\n参考: https://www.city.yonezawa.yamagata.jp/\n<b>太字ではない</b>';

/**
 * The council's review in two browsers at once: a council member comments on a KPI of measure 1-2
 * while 商工課 has the same page open and sees it arrive; 商工課 answers with a stance and an
 * improvement action, which the council member sees arrive; 政策企画課 resolves the thread; the
 * cycle closes and the next year's review shows the action carried over on the measure.
 */
describe('council review in headless Chromium, live in two browsers', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let planning: ApiSession;
  let cycle: { id: string; version: number };
  let strategyId: string;
  let measureId: string;
  let council: Page;
  let shoko: Page;
  let planningPage: Page;
  const latency = { commentMs: 0, answerMs: 0 };

  const url = (p: string) => new URL(p, server.app.url).toString();
  const measurePath = (cycleId: string) => `/review/cycles/${cycleId}/measures/${measureId}`;
  const move = async (to: string) => {
    const res = await planning.gql(MOVE_CYCLE, { id: cycle.id, to, v: cycle.version });
    expect(res.errors).toBeUndefined();
    cycle = res.data.moveReviewCycle;
  };

  /** A browser of its own (cookies and all), signed in through the sign-in page, on `next`. */
  async function openAs(email: string, next: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(url(`/signin?next=${encodeURIComponent(next)}`));
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('パスワード').fill(SAMPLE_PASSWORD);
    await page.locator('main').getByRole('button', { name: 'サインイン' }).click();
    await page.waitForURL((u) => u.pathname === next);
    return page;
  }
  const kpiOn = (page: Page) => page.getByRole('article', { name: KPI, exact: true });
  const threadOn = (page: Page) => kpiOn(page).getByRole('article', { name: /^提言：/ });
  /** What has focus, as the tests name it: a thread's heading, a post, a response, a thread, else its tag. */
  const focused = (page: Page) =>
    page.evaluate<string>(`(() => {
      const e = document.activeElement;
      if (!e) return 'none';
      if (e.classList.contains('thread-title')) return 'thread heading';
      if (e.dataset.post) return 'post: ' + e.textContent;
      if (e.dataset.response) return 'response';
      if (e.dataset.thread) return 'thread';
      return e.tagName;
    })()`);

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    const { data } = await server.gql(`{ strategies { id goals { measures { id code } } } }`);
    strategyId = data.strategies[0].id;
    measureId = data.strategies[0].goals.flatMap((g: any) => g.measures).find((m: any) => m.code === '1-2').id;

    // The cycle up to the council's turn, over the API: this test is about what comes after.
    planning = server.session();
    await planning.signIn('planning@example.jp');
    cycle = (await planning.gql(OPEN_CYCLE, { strategyId, fiscalYear: 2024 })).data.openReviewCycle;
    await move('COLLECTING');
    const department = server.session();
    await department.signIn('shoko@example.jp');
    const report = { cycleId: cycle.id, measureId, whatWasDone: '創業塾を年4回開催した', issues: '創業後の定着支援が弱い', nextDirection: 'EXPAND', selfGrade: 'B' };
    const saved = (await department.gql(SAVE_REPORT, { input: report })).data.saveMeasureReport;
    expect((await department.gql(SUBMIT_REPORT, { id: saved.id, v: saved.version })).errors).toBeUndefined();
    await move('REVIEWING');

    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    if (latency.commentMs && latency.answerMs) fs.writeFileSync(latencyFile, `${JSON.stringify(latency)}\n`);
  });

  it('shows the measure as the council reads it: report, KPIs with grades and charts, comment buttons for the council only', async () => {
    [council, shoko] = await Promise.all([openAs('council@example.jp', measurePath(cycle.id)), openAs('shoko@example.jp', measurePath(cycle.id))]);
    await council.getByRole('heading', { level: 1, name: /1-2/ }).waitFor();
    const report = council.getByRole('region', { name: '施策の評価（担当課の報告）' });
    await expect.poll(() => report.textContent()).toContain('創業塾を年4回開催した');
    expect(await report.textContent()).toContain('拡充');
    await kpiOn(council).locator('figure.chart').waitFor();
    expect(await kpiOn(council).getByRole('button', { name: /^コメントする/ }).count()).toBe(1);
    await kpiOn(shoko).waitFor();
    expect(await shoko.getByRole('button', { name: /^コメントする/ }).count()).toBe(0);
    // Both pages follow the cycle before anyone writes.
    for (const page of [council, shoko]) await expect.poll(() => page.locator('.live-status').textContent()).toBe('ライブ更新：接続中');
  });

  it('refuses a 100 kB comment beside the field, keeping the text; a comment then appears live on 商工課’s page', async () => {
    const kpi = kpiOn(council);
    await kpi.getByRole('button', { name: /^コメントする/ }).click();
    const body = kpi.getByRole('textbox', { name: /^本文/ });
    await expect.poll(() => council.evaluate<string | undefined>('document.activeElement?.tagName')).toBe('TEXTAREA');
    await kpi.getByRole('radio', { name: '提言' }).check();
    await body.fill('あ'.repeat(100_000));
    await kpi.getByRole('button', { name: '投稿する' }).click();
    await expect.poll(() => kpi.locator('.field-error').textContent()).toContain('10,000 文字まで');
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    expect((await body.inputValue()).length).toBe(100_000);
    expect(await kpi.getByRole('radio', { name: '提言' }).isChecked()).toBe(true);

    await body.fill(COMMENT);
    const seen = kpiOn(shoko).getByText('創業者数の伸びが鈍い理由は？');
    const start = performance.now();
    await kpi.getByRole('button', { name: '投稿する' }).click();
    await seen.waitFor();
    latency.commentMs = Math.round(performance.now() - start);

    await expect.poll(() => kpi.getByRole('status').last().textContent()).toBe('コメントを投稿しました。');
    // Focus moves from the form, now gone, to the new thread.
    await expect.poll(() => council.evaluate<string | undefined>('document.activeElement?.dataset.thread && document.activeElement.tagName')).toBe('ARTICLE');
    // Plain text: markup shows as typed, the address is a link that does not hand over the page.
    const thread = threadOn(shoko);
    expect(await thread.getByText('<b>太字ではない</b>').count()).toBe(1);
    expect(await thread.locator('b').count()).toBe(0);
    expect(await thread.locator('a[href="https://www.city.yonezawa.yamagata.jp/"]').getAttribute('rel')).toBe('noopener noreferrer');
    expect(await thread.textContent()).toContain('回答待ち：商工課');
  });

  it('keeps what a post said before its author corrected it', async () => {
    const thread = threadOn(council);
    await thread.getByRole('button', { name: /の投稿を編集$/ }).click();
    const edit = thread.getByRole('textbox', { name: /^投稿の編集/ });
    expect(await edit.inputValue()).toBe(COMMENT);
    await edit.fill('創業者数の伸びが鈍い理由を教えてください。');
    await thread.getByRole('button', { name: '編集を保存' }).click();
    await thread.getByText('編集済み', { exact: true }).waitFor();
    const history = thread.getByText('編集前の内容（1件）');
    await history.click();
    await expect.poll(() => thread.locator('details.revisions').getAttribute('open')).not.toBeNull();
    expect(await thread.locator('details.revisions').textContent()).toContain('創業者数の伸びが鈍い理由は？');
    await threadOn(shoko).getByText('創業者数の伸びが鈍い理由を教えてください。').waitFor();
  });

  it('leads from the cycle’s index to the goal and back to the measure, counting unresolved threads', async () => {
    // The council's way in is in the main menu, marked current on every review page.
    const nav = council.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '市民会議レビュー' });
    expect(await nav.getAttribute('aria-current')).toBe('page');
    await nav.click();
    await council.getByRole('heading', { level: 1, name: '市民会議のレビュー' }).waitFor();
    await council.getByRole('link', { name: '令和6年度 実績レビュー：施策の一覧' }).click();
    await council.getByRole('heading', { level: 1, name: '令和6年度 実績レビュー：施策の一覧' }).waitFor();
    expect(await nav.getAttribute('aria-current')).toBe('page');
    const row = council.getByRole('row').filter({ has: council.getByRole('link', { name: /^1-2 / }) });
    await expect.poll(() => row.locator('td').last().textContent()).toBe('1件');
    await council.getByRole('link', { name: /^基本目標 1 / }).click();
    await council.getByRole('heading', { level: 1, name: /^基本目標 1 / }).waitFor();
    const goalThreads = council.getByRole('region', { name: /^基本目標 1 についての論点/ });
    expect(await goalThreads.getByRole('button', { name: /^コメントする/ }).count()).toBe(1);
    await council.getByRole('table', { name: '基本目標 1 の施策' }).getByRole('link', { name: /^1-2 / }).click();
    await kpiOn(council).waitFor();
    await threadOn(council).waitFor();

    // 商工課 finds the review, where it answers the council's threads, from its own home.
    await shoko.goto(url('/review'));
    await shoko.getByRole('link', { name: '令和6年度 実績レビュー：施策の一覧' }).click();
    await shoko.getByRole('table', { name: '基本目標 1 の施策' }).getByRole('link', { name: /^1-2 / }).click();
    await threadOn(shoko).waitFor();
  });

  it('takes 商工課 from its inbox onto the thread awaiting its answer: opened, in view, its heading focused', async () => {
    await shoko.goto(url('/inbox'));
    await shoko.getByRole('link', { name: /^提言「創業者数の伸びが鈍い理由/ }).click();
    await shoko.waitForURL((u) => u.pathname === measurePath(cycle.id) && u.hash.startsWith('#thread-'));
    await expect.poll(() => focused(shoko)).toBe('thread heading');
    const thread = threadOn(shoko);
    expect(await thread.getByRole('button', { name: '論点をたたむ' }).getAttribute('aria-expanded')).toBe('true');
    // Still in view once the charts above it have loaded.
    await kpiOn(shoko).locator('figure.chart').waitFor();
    const box = await shoko.evaluate<{ top: number; bottom: number; height: number }>(
      `(() => { const r = document.activeElement.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: innerHeight }; })()`,
    );
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
  });

  it('offers 商工課 one form at a time, answer or reply, saying who answers; focus goes to the new reply', async () => {
    const thread = threadOn(shoko);
    const choice = thread.getByRole('group', { name: '書くもの' });
    expect(await choice.getByRole('radio', { name: '回答' }).isChecked()).toBe(true);
    expect(await thread.textContent()).toContain('この論点には商工課が担当課として回答します。');
    expect(await thread.getByRole('textbox', { name: /^返信/ }).count()).toBe(0);
    await choice.getByRole('radio', { name: '返信' }).check();
    expect(await thread.getByRole('textbox', { name: /^回答/ }).count()).toBe(0);
    await thread.getByRole('textbox', { name: /^返信/ }).fill('数字を確認してから回答します。');
    expect(await thread.getByRole('button', { name: '返信する' }).getAttribute('class')).toBe('primary');
    await thread.getByRole('button', { name: '返信する' }).click();
    await expect.poll(() => focused(shoko)).toContain('post: ');
    expect(await focused(shoko)).toContain('数字を確認してから回答します。');
    await expect.poll(() => thread.getByRole('status').textContent()).toBe('返信しました。');
    // Folded again, as the next step finds it.
    await thread.getByRole('button', { name: '論点をたたむ' }).click();
  });

  it('商工課 answers with a stance, a reason and an improvement action; the council member sees it live', async () => {
    const thread = threadOn(shoko);
    const disclosure = thread.getByRole('button', { name: /^論点を開く/ });
    await disclosure.click();
    expect(await thread.getByRole('button', { name: '論点をたたむ' }).getAttribute('aria-expanded')).toBe('true');
    await thread.getByRole('radio', { name: '一部対応' }).check();
    await thread.getByRole('textbox', { name: /^回答/ }).fill('販路開拓の支援を強化します');
    // 一部対応 needs a reason: nothing is sent without one, and the reason field says so and has focus.
    await thread.getByRole('button', { name: '回答する' }).click();
    const reason = thread.getByRole('textbox', { name: /^理由/ });
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await thread.locator('.field-error').first().textContent()).toContain('理由を入力してください');
    await expect.poll(() => shoko.evaluate<string | undefined>('document.activeElement?.id')).toBe(await reason.getAttribute('id'));
    expect(await server.db.dataSource.query(`SELECT count(*)::int AS n FROM thread_response`)).toEqual([{ n: 0 }]);

    await reason.fill('原材料価格は市の施策の外');
    await thread.getByRole('checkbox', { name: '改善アクションを登録する' }).check();
    await thread.getByRole('textbox', { name: /^改善アクションの内容/ }).fill('展示会出展補助の対象を拡大する');
    await thread.getByLabel('期限の年度').selectOption('2025');
    const seen = threadOn(council).getByText('販路開拓の支援を強化します');
    const start = performance.now();
    await thread.getByRole('button', { name: '回答する' }).click();
    await seen.waitFor();
    latency.answerMs = Math.round(performance.now() - start);

    await expect.poll(() => thread.getByRole('status').textContent()).toBe('回答と改善アクションを保存しました。');
    await expect.poll(() => focused(shoko)).toBe('response');
    const seenByCouncil = threadOn(council);
    await seenByCouncil.getByText('展示会出展補助の対象を拡大する').waitFor();
    const response = seenByCouncil.locator('.response');
    expect(await response.locator('strong').textContent()).toBe('商工課');
    expect(await response.locator('.status').first().textContent()).toBe('一部対応');
    expect(await response.textContent()).toContain('原材料価格は市の施策の外');
    expect(await seenByCouncil.textContent()).not.toContain('回答待ち');
    // Changed since the council member last read it, until they open it.
    const unread = seenByCouncil.locator('.thread-badges').getByText('未読');
    await unread.waitFor();
    await seenByCouncil.getByRole('button', { name: /^論点を開く/ }).click();
    await expect.poll(() => unread.count()).toBe(0);
  });

  it('政策企画課 registers an improvement action on the thread itself, checked beside its field; it shows on the thread', async () => {
    await move('RESPONDING');
    planningPage = await openAs('planning@example.jp', measurePath(cycle.id));
    const thread = threadOn(planningPage);
    await thread.getByRole('button', { name: /^論点を開く/ }).click();
    await thread.getByRole('button', { name: '改善アクションを登録', exact: true }).click();
    const form = thread.getByRole('region', { name: '改善アクションを登録' });
    // The thread's own department comes first; any other, or 政策企画課 itself, may be chosen.
    const owner = form.getByLabel('実施する課');
    await expect.poll(() => planningPage.evaluate<string | undefined>('document.activeElement?.tagName')).toBe('SELECT');
    expect(await owner.locator('option:checked').textContent()).toBe('商工課');
    expect(await owner.locator('option').allTextContents()).toContain('政策企画課');
    await form.getByRole('button', { name: '登録する' }).click();
    const description = form.getByRole('textbox', { name: /^改善アクションの内容/ });
    await expect.poll(() => description.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field-error').textContent()).toBe('改善アクションの内容を入力してください。');

    await description.fill('創業後3年間の定着状況を追跡調査する');
    await form.getByLabel('期限の年度').selectOption('2026');
    await form.getByRole('button', { name: '登録する' }).click();
    await expect.poll(() => thread.getByRole('status').textContent()).toBe('改善アクションを登録しました。');
    const actions = thread.getByRole('list', { name: '論点に登録された改善アクション' });
    const action = actions.getByRole('listitem').filter({ hasText: '創業後3年間の定着状況を追跡調査する' });
    await action.waitFor();
    expect(await action.textContent()).toContain('担当：商工課');
    expect(await action.textContent()).toContain('期限：令和8年度');
    // Focus goes to what was written, not back to the start of the page.
    await expect.poll(() => planningPage.evaluate<string | undefined>('document.activeElement?.textContent ?? undefined')).toContain('創業後3年間の定着状況を追跡調査する');
    await threadOn(council).getByText('創業後3年間の定着状況を追跡調査する').waitFor();
  });

  it('政策企画課 resolves the thread; the cycle closes once every thread is settled', async () => {
    const page = planningPage;
    const thread = threadOn(page);
    // Resolving is not replying: a secondary button beside the reply form's primary one.
    expect(await thread.getByRole('button', { name: '解決にする' }).getAttribute('class')).toBe('secondary');
    expect(await thread.getByRole('button', { name: '返信する' }).getAttribute('class')).toBe('primary');
    await thread.getByRole('button', { name: '解決にする' }).click();
    await expect.poll(() => thread.getByRole('status').textContent()).toBe('論点を解決にしました。');
    await expect.poll(() => focused(page)).toBe('thread');
    await thread.locator('.thread-badges').getByText('解決済み').waitFor();
    await expect.poll(() => threadOn(council).locator('.thread-badges').textContent()).toContain('解決済み');
    expect(await thread.getByRole('button', { name: '再開する' }).count()).toBe(1);

    // Closing is the cycle summary's: one click asks, a second closes.
    await page.goto(url(`/cycles/${cycle.id}/summary`));
    await page.getByText('未解決の論点はありません。').waitFor();
    await page.getByRole('button', { name: 'レビューを完了する' }).click();
    await page.getByRole('dialog', { name: 'レビューを完了する前に' }).getByRole('button', { name: '完了する', exact: true }).click();
    await page.getByText('このレビューは完了しました。内容は読み取り専用です。').waitFor();
    // A closed cycle is read-only: the department may no longer reply.
    await expect.poll(() => threadOn(shoko).getByRole('textbox', { name: /^返信/ }).count()).toBe(0);
  });

  it('shows the action carried over on 1-2 in the next year’s review; 商工課 records its progress', async () => {
    let next = (await planning.gql(OPEN_CYCLE, { strategyId, fiscalYear: 2025 })).data.openReviewCycle;
    next = (await planning.gql(MOVE_CYCLE, { id: next.id, to: 'COLLECTING', v: next.version })).data.moveReviewCycle;
    await Promise.all([council.goto(url(measurePath(next.id))), shoko.goto(url(measurePath(next.id)))]);
    const carried = shoko.getByRole('region', { name: /前年度までのレビューからの改善アクション/ });
    await carried.getByText('展示会出展補助の対象を拡大する').waitFor();
    expect(await carried.textContent()).toContain('予定');
    expect(await carried.textContent()).toContain('令和6年度のレビューから');
    expect(await carried.textContent()).toContain('期限：令和7年度');
    expect(await council.getByRole('button', { name: /^コメントする/ }).count()).toBe(0);
    expect(await council.getByRole('button', { name: '進捗を記録する' }).count()).toBe(0);

    // 政策企画課's own action on the thread is carried over beside it.
    expect(await carried.textContent()).toContain('創業後3年間の定着状況を追跡調査する');
    const action = carried.locator('li.action').filter({ hasText: '展示会出展補助の対象を拡大する' });
    await action.getByRole('button', { name: '進捗を記録する' }).click();
    await action.getByLabel('状況').selectOption({ label: '実施中' });
    await action.getByRole('textbox', { name: /^進捗の内容/ }).fill('補助要綱を改正した');
    await action.getByRole('button', { name: '記録する' }).click();
    await expect.poll(() => carried.getByRole('status').textContent()).toBe('進捗を記録しました（状況：実施中）。');
    await carried.getByText('補助要綱を改正した').waitFor();
    const onCouncil = council.getByRole('region', { name: /前年度までのレビューからの改善アクション/ });
    await expect.poll(() => onCouncil.textContent()).toContain('補助要綱を改正した');
    expect(await onCouncil.textContent()).toContain('実施中');
  });
});

