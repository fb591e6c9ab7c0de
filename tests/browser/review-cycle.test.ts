import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { SAVE_ACTUAL, SUBMIT_ACTUAL } from '../support/review-ops.js';
import { plans, SAMPLE_PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { rawCodeIn } from '../support/audit-text.js';
import { graveViolations, launchBrowser, photograph } from '../support/browser.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');

/**
 * The yearly review in the browser, as its people do it: the planning division opens FY2024 and
 * starts collecting; 商工課 enters a KPI as typed, watches its progress, saves and submits; the
 * planning division sees it on the cycle board, accepts it, and finds both writes in the audit log.
 */
describe('yearly review cycle in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const kpi: Record<string, string> = {};

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    const { data } = await server.gql(`{ strategies { goals { measures { indicators { id name } } } } }`);
    for (const g of data.strategies[0].goals) for (const m of g.measures) for (const i of m.indicators) kpi[i.name] = i.id;
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.locator('main');
  // A string, evaluated in the page: this file is type-checked without the DOM library.
  const focusedId = () => page.evaluate<string | undefined>('document.activeElement?.id');
  const url = (p: string) => new URL(p, server.app.url).toString();

  async function signIn(email: string, password = SAMPLE_PASSWORD) {
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('パスワード').fill(password);
    await page.locator('main').getByRole('button', { name: 'サインイン' }).click();
  }

  async function signOut() {
    await page.getByRole('banner').getByRole('button', { name: 'サインアウト' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'サインイン' }).waitFor();
  }

  it('refuses a wrong password, or an unknown address, with one clear message', async () => {
    await page.goto(url('/review'));
    // Signed out: the inbox sends to sign in first, and says why.
    await page.waitForURL(/\/signin\?next=%2Freview/);
    await expect.poll(() => main().textContent()).toContain('このページを見るにはサインインしてください');

    await signIn('shoko@example.jp', 'not-the-password');
    const alert = main().getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('メールアドレスまたはパスワードが正しくありません');
    expect(await page.getByLabel('パスワード').inputValue()).toBe('');

    await signIn('nobody@example.jp', 'whatever-it-is');
    await expect.poll(() => alert.textContent()).toContain('メールアドレスまたはパスワードが正しくありません');
    expect(page.url()).toContain('/signin');

    // Five failures for an address block it for a while, and the page says so (and for how long).
    for (let i = 0; i < 5; i++) {
      await signIn('locked@example.jp', `wrong-${i}`);
      // A refused attempt empties the password field: the answer has come.
      await expect.poll(() => page.getByLabel('パスワード').inputValue()).toBe('');
      expect(await alert.textContent()).toContain('メールアドレスまたはパスワードが正しくありません');
    }
    await signIn('locked@example.jp', 'wrong-again');
    await expect.poll(() => alert.textContent()).toMatch(/一時的にサインインできなくなっています。約\d+分後にもう一度お試しください/);

    // Signed-out visitors still browse the plan.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '総合戦略' }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('米沢市デジタル田園都市構想総合戦略');
  });

  it('the planning division opens the review of FY2024 and starts collecting', async () => {
    await page.goto(url('/signin'));
    await signIn('planning@example.jp');
    await page.waitForURL(/\/cycles$/);
    const banner = page.getByRole('banner');
    await expect.poll(() => banner.textContent()).toContain('政策企画課 企画 太郎');
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    expect(await nav.getByRole('link', { name: 'レビュー管理' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: '監査ログ' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: '実績の入力' }).count()).toBe(0);

    await page.getByLabel('対象の年度（実績の年度）').selectOption({ label: '令和6年度' });
    // Dates are typed as text, the Japanese way, with an example beside the field; a date the calendar lacks is refused there.
    const due = page.getByLabel('実績の入力期限');
    expect(await page.locator(`[id="${await due.getAttribute('aria-describedby')}"]`).textContent()).toContain('例：2025-06-30');
    await due.fill('2025-06-31');
    await page.getByRole('button', { name: 'レビューを開始する' }).click();
    await expect.poll(() => focusedId()).toBe(await due.getAttribute('id'));
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    expect(await main().textContent()).toContain('日付は「2025-06-30」のように、年-月-日の順で入力してください。');
    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'cycles-open-form');
    await due.fill('2025/6/30');
    await page.getByRole('button', { name: 'レビューを開始する' }).click();
    await page.getByRole('heading', { level: 1, name: '令和6年度の実績レビュー' }).waitFor();
    expect(await page.locator('.steps [aria-current="step"]').textContent()).toContain('準備中');
    const [{ due: stored }] = await server.db.dataSource.query(`SELECT collecting_due::text AS due FROM review_cycle WHERE fiscal_year = 2024`);
    expect(stored).toBe('2025-06-30');

    await page.getByRole('button', { name: '「実績入力中」に進める' }).click();
    await expect.poll(() => page.locator('.steps [aria-current="step"]').textContent()).toContain('実績入力中');
    await expect.poll(() => main().getByRole('status').first().textContent()).toContain('「実績入力中」に変更しました');

    // Moving back needs a reason: without one, nothing moves.
    await main().getByText('前の段階に戻す（理由が必要です）').click();
    await page.getByRole('button', { name: '戻す', exact: true }).click();
    await expect.poll(() => main().locator('.move .field-error').textContent()).toContain('前の段階に戻す理由を入力してください');
    expect(await page.getByLabel('戻す理由').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.steps [aria-current="step"]').textContent()).toContain('実績入力中');
    await signOut();
  });

  it('商工課 enters a KPI as typed, sees its progress live, saves a draft and submits it', async () => {
    await page.goto(url('/signin'));
    await signIn('shoko@example.jp');
    await page.waitForURL(/\/review$/);
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('商工課 商工 一郎');
    expect(await page.getByRole('banner').textContent()).toContain('担当課・商工課');

    // The inbox: the open cycle and 商工課's own indicators, each 未入力.
    await page.getByRole('heading', { name: '令和6年度の実績レビュー' }).waitFor();
    const row = main().getByRole('row').filter({ hasText: '付加価値額' });
    await expect.poll(() => row.textContent()).toContain('未入力');
    expect(await main().getByRole('row').filter({ hasText: '再生可能エネルギー設備導入量' }).count()).toBe(0);
    await row.getByRole('link', { name: '付加価値額' }).click();
    await page.getByRole('heading', { level: 1, name: '付加価値額' }).waitFor();

    const value = page.getByLabel(/^実績値/);
    const preview = page.getByTestId('progress-preview');
    expect(await preview.textContent()).toContain('実績値を入力すると');

    // Not a number: an inline error on the field, and nothing is sent.
    await value.fill('約二百');
    await expect.poll(() => main().locator('.field-error').first().textContent()).toContain('「約二百」は数値として読み取れません');
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: '下書き保存' }).click();
    await expect.poll(() => focusedId()).toBe(await value.getAttribute('id'));
    expect(await server.db.dataSource.query(`SELECT count(*)::int AS n FROM actual`)).toEqual([{ n: 0 }]);

    // Full-width digits with a comma: read as 1,650, the final target itself. R6 is judged against its
    // expected value, a quarter of the way from 1,383 to 1,650 (1,449.75): (1650 − 1383) / 66.75 = 400 % → A.
    await value.fill('１,６５０');
    expect(await value.getAttribute('aria-invalid')).toBe('false');
    await expect.poll(() => main().textContent()).toContain('読み取った値：1,650 億円');
    await expect.poll(() => preview.textContent()).toContain('400.0%');
    expect(await preview.locator('.grade').textContent()).toBe('A');
    expect(await preview.textContent()).toContain('令和6年度の期待値1,450 億円');
    expect(await preview.textContent()).toContain('期待値に到達（順調）');

    // Behind the expected value: (1420 − 1383) / 66.75 = 55.4 % → C, and the page says it is behind, not on track.
    await value.fill('1,420');
    await expect.poll(() => preview.textContent()).toContain('55.4%');
    expect(await preview.locator('.grade').textContent()).toBe('C');
    expect(await preview.textContent()).toContain('期待値に届いていません');
    expect(await preview.textContent()).not.toContain('順調');

    // 1,500: (1500 − 1383) / 66.75 = 175.3 % → A.
    await value.fill('1,500');
    await expect.poll(() => preview.textContent()).toContain('175.3%');
    expect(await preview.locator('.grade').textContent()).toBe('A');
    expect(await preview.textContent()).toContain('期待値に到達（順調）');
    expect(await main().textContent()).toContain('各年度の期待値に対して、進捗率（基準値からの進み具合）で判定');

    await page.getByLabel('備考').fill('経済構造実態調査の速報値');
    await page.getByRole('button', { name: '下書き保存' }).click();
    await expect.poll(() => main().getByRole('status').first().textContent()).toContain('下書きを保存しました');
    await expect.poll(() => main().locator('.facts .status').textContent()).toContain('下書き');

    await page.getByRole('button', { name: '提出する' }).click();
    await expect.poll(() => main().locator('.facts .status').textContent()).toContain('提出済');
    await expect.poll(() => main().getByRole('status').first().textContent()).toContain('提出しました');
    // Submitted: read-only until the planning division returns it.
    expect(await page.getByRole('button', { name: '下書き保存' }).count()).toBe(0);
    expect(await main().textContent()).toContain('提出済みです');
    expect(await main().textContent()).toContain('1,500 億円');
    expect(await main().textContent()).toContain('商工課 商工 一郎');

    const [stored] = await server.db.dataSource.query(`SELECT value::float AS value, status, note FROM actual WHERE indicator_id = $1`, [kpi['付加価値額']]);
    expect(stored).toEqual({ value: 1500, status: 'SUBMITTED', note: '経済構造実態調査の速報値' });

    await page.getByRole('navigation', { name: 'パンくずリスト' }).getByRole('link', { name: '実績の入力' }).click();
    const inboxRow = main().getByRole('row').filter({ hasText: '付加価値額' });
    await expect.poll(() => inboxRow.textContent()).toContain('提出済');
    expect(await inboxRow.textContent()).toContain('1,500 億円');
  });

  it('shows what someone else saved meanwhile, overwriting nothing, and loads it on request', async () => {
    const name = 'TEAM NEXT YONEZAWA の登録数';
    await main().getByRole('row').filter({ hasText: name }).getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const cycleId = page.url().split('/cycles/')[1].split('/')[0];

    // A colleague saves the same KPI from another browser while this page is open.
    const colleague = server.session();
    await colleague.signIn('shoko@example.jp');
    const theirs = await colleague.gql(SAVE_ACTUAL, { input: { cycleId, indicatorId: kpi[name], value: '150' } });
    expect(theirs.errors).toBeUndefined();

    await page.getByLabel(/^実績値/).fill('120');
    await page.getByRole('button', { name: '下書き保存' }).click();
    const conflict = main().locator('.conflict');
    await conflict.waitFor();
    expect(await conflict.getByRole('heading').textContent()).toContain('ほかの人がこの実績値を更新しました');
    await expect.poll(() => conflict.textContent()).toContain('商工課 商工 一郎');
    expect(await conflict.textContent()).toContain('150');
    expect(await conflict.textContent()).toContain('120');
    // Focus goes to the news, so that a screen reader reads it.
    await expect.poll(() => focusedId()).toBe('conflict-heading');
    const [row] = await server.db.dataSource.query(`SELECT value::float AS value, version FROM actual WHERE indicator_id = $1`, [kpi[name]]);
    expect(row).toEqual({ value: 150, version: 1 });

    await conflict.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    await expect.poll(() => page.getByLabel(/^実績値/).inputValue()).toBe('150');
    await page.getByLabel(/^実績値/).fill('160');
    await page.getByRole('button', { name: '下書き保存' }).click();
    await expect.poll(() => main().getByRole('status').first().textContent()).toContain('下書きを保存しました');
    const [after] = await server.db.dataSource.query(`SELECT value::float AS value, version FROM actual WHERE indicator_id = $1`, [kpi[name]]);
    expect(after).toEqual({ value: 160, version: 2 });
  });

  it('after the session expires, signing in again returns to the page with the unsaved input', async () => {
    const entry = page.url();
    await server.db.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 minute'`);
    await page.getByLabel(/^実績値/).fill('170');
    await page.getByRole('button', { name: '下書き保存' }).click();
    await page.waitForURL(/\/signin\?next=.*reason=expired/);
    await expect.poll(() => main().textContent()).toContain('セッションの有効期限が切れました');

    await signIn('shoko@example.jp');
    await page.waitForURL(entry);
    await expect.poll(() => page.getByLabel(/^実績値/).inputValue()).toBe('170');
    expect(await main().textContent()).toContain('サインインし直す前の入力を復元しました');
    await page.getByRole('button', { name: '下書き保存' }).click();
    await expect.poll(() => main().getByRole('status').first().textContent()).toContain('下書きを保存しました');
    await signOut();
  });

  it('the planning division sees 商工課 on the board with 1 submitted, accepts it, and reads both writes in the audit log', async () => {
    await page.goto(url('/signin'));
    await signIn('planning@example.jp');
    await page.waitForURL(/\/cycles$/);
    await main().getByRole('link', { name: '令和6年度の実績レビュー' }).click();

    const board = main().getByRole('table', { name: /担当課ごとの実績値の提出状況/ });
    const shoko = board.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '商工課', exact: true }) });
    await shoko.waitFor();
    const cells = async () => (await shoko.getByRole('cell').allTextContents()).map((c) => c.trim());
    const headers = (await board.getByRole('columnheader').allTextContents()).slice(1);
    const column = async (name: string) => (await cells())[headers.indexOf(name)];
    expect(await column('提出済')).toBe('1');
    expect(await column('承認済')).toBe('0');
    // The due date (2025-06-30) has passed with entries missing: late, said in words.
    expect(await column('状況')).toContain('期限超過');
    expect(await main().locator('.late-summary').textContent()).toContain('商工課');

    await shoko.getByRole('link', { name: '商工課' }).click();
    const detail = main().locator('.department-detail');
    await detail.getByRole('heading', { name: '商工課の実績値' }).waitFor();
    await expect.poll(() => focusedId()).toBe('department-heading');
    const toCheck = detail.locator('section').filter({ has: page.getByRole('heading', { name: '確認待ち（提出済）1件' }) });
    const item = toCheck.getByRole('listitem').filter({ hasText: '付加価値額' });
    expect(await item.textContent()).toContain('1,500 億円');
    expect(await item.textContent()).toContain('商工課 商工 一郎');
    await item.getByRole('button', { name: '承認する' }).click();

    await expect.poll(() => detail.locator('p.ok').textContent()).toContain('「付加価値額」を承認しました');
    await expect.poll(() => column('承認済')).toBe('1');
    expect(await column('提出済')).toBe('0');
    const accepted = detail.locator('section').filter({ has: page.getByRole('heading', { name: '承認済 1件' }) });
    expect(await accepted.textContent()).toContain('付加価値額');

    // A second entry comes in; the planning division sends it back, with a reason it must give.
    const team = 'TEAM NEXT YONEZAWA の登録数';
    const colleague = server.session();
    await colleague.signIn('shoko@example.jp');
    const [draft] = (await colleague.gql(`query($id: ID!) { indicator(id: $id) { actuals { id version } } }`, { id: kpi[team] })).data.indicator.actuals;
    expect((await colleague.gql(SUBMIT_ACTUAL, { id: draft.id, v: draft.version })).errors).toBeUndefined();
    await page.reload();
    const teamItem = detail.locator('section').filter({ has: page.getByRole('heading', { name: '確認待ち（提出済）1件' }) }).getByRole('listitem').filter({ hasText: team });
    await teamItem.getByRole('button', { name: '差し戻す' }).click();
    await teamItem.getByRole('button', { name: '差し戻しを確定する' }).click();
    await expect.poll(() => teamItem.locator('.field-error').textContent()).toContain('差戻しの理由を入力してください');
    await teamItem.getByLabel('差戻しの理由（担当課に表示されます）').fill('出典の年度を確認してください');
    await teamItem.getByRole('button', { name: '差し戻しを確定する' }).click();
    await expect.poll(() => detail.locator('p.ok').textContent()).toContain(`「${team}」を差し戻しました`);
    const returned = detail.locator('section').filter({ has: page.getByRole('heading', { name: '差戻し中 1件' }) });
    expect(await returned.textContent()).toContain('出典の年度を確認してください');
    await expect.poll(() => column('差戻し')).toBe('1');

    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '監査ログ' }).click();
    const log = main().getByRole('table', { name: '監査ログ（新しい順）' });
    await log.waitFor();
    const entry = (action: string) => log.getByRole('row').filter({ hasText: action }).filter({ hasText: '付加価値額' });
    const accept = entry('実績値の承認');
    expect(await accept.textContent()).toContain('政策企画課 企画 太郎');
    expect(await accept.textContent()).toMatch(/状況：\s*(変更前：)?提出済\s*→\s*(変更後：)?承認済/);
    const submit = entry('実績値の提出');
    expect(await submit.textContent()).toContain('商工課 商工 一郎');
    expect(await submit.textContent()).toMatch(/下書き\s*→\s*(変更後：)?提出済/);
    const save = entry('実績値の保存');
    expect(await save.count()).toBe(1);
    expect(await save.textContent()).toContain('商工課 商工 一郎');
    expect(await save.textContent()).toContain('1,500');
    expect(await save.textContent()).toContain('経済構造実態調査の速報値');
    // The cycle's own steps are there too.
    expect(await log.getByRole('row').filter({ hasText: '段階を進める' }).first().textContent()).toMatch(/準備中\s*→\s*(変更後：)?実績入力中/);
    // In words only: no action codes, field names, enum values or ids, and times in Japan's only.
    const text = (await log.textContent()) ?? '';
    expect(text).toContain('令和6年度のレビュー');
    expect(rawCodeIn(text)).toBeNull();
  });

  it('shows 商工課 what was returned, with the reason, at the top of its inbox and on the entry', async () => {
    await signOut();
    await page.goto(url('/signin'));
    await signIn('shoko@example.jp');
    await page.waitForURL(/\/review$/);
    const returned = main().locator('.returned');
    await returned.getByRole('heading', { name: /差し戻された実績値（1件）/ }).waitFor();
    expect(await returned.textContent()).toContain('出典の年度を確認してください');
    // It comes before the table of everything to fill.
    const order = await main().locator('.returned, table').evaluateAll((els) => els.map((e) => e.tagName));
    expect(order[0]).toBe('SECTION');
    // The due date has passed with entries still to hand in.
    expect(await main().locator('.late-summary').textContent()).toContain('入力期限（2025年6月30日）を過ぎています');

    await returned.getByRole('link', { name: 'TEAM NEXT YONEZAWA の登録数' }).click();
    await page.getByRole('heading', { level: 1, name: 'TEAM NEXT YONEZAWA の登録数' }).waitFor();
    expect(await main().locator('.returned').textContent()).toContain('出典の年度を確認してください');
    expect(await main().locator('.facts .status').textContent()).toContain('差戻し');
    // Returned entries are editable again, from what was handed in.
    await expect.poll(() => page.getByLabel(/^実績値/).inputValue()).toBe('170');
  });

  it('shows the KPI from baseline through the accepted actual to its target, as a chart and a table', async () => {
    await page.goto(url(`/indicators/${kpi['付加価値額']}`));
    await page.getByRole('heading', { level: 1, name: '付加価値額' }).waitFor();
    const table = main().getByRole('table', { name: /年度ごとの実績値と達成度/ });
    const r6 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '令和6年度' }) });
    await expect.poll(() => r6.textContent()).toContain('1,500 億円');
    // Against R6's expected value 1,449.75: 175.3 % → A; the column says what it was compared with.
    expect(await r6.textContent()).toContain('175.3%');
    expect(await r6.textContent()).toContain('期待値に到達（順調）');
    expect(await r6.locator('.grade').textContent()).toBe('A');
    expect(await table.getByRole('columnheader', { name: '期待値との比較' }).count()).toBe(1);
    expect(await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /基準値/ }) }).textContent()).toContain('1,383 億円');
    expect(await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /目標値/ }) }).textContent()).toContain('1,650 億円');
    expect(await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '令和7年度' }) }).textContent()).toContain('未提出');

    // The chart is drawn (loaded on demand) and described in words for screen readers.
    const chart = main().getByRole('img', { name: /基準値 1,383 億円 から目標値 1,650 億円/ });
    await chart.waitFor();
    await chart.locator('svg.recharts-surface').first().waitFor();
    expect(await chart.locator('.recharts-line').count()).toBe(2);
  });
});
