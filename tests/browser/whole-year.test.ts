import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph } from '../support/browser.js';
import { plans, SAMPLE_PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { linkTo, startMailCapture, type MailCapture } from '../support/smtp.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');
// The machine is shared: a cold page (its chunk, its queries) may take a while.
const SLOW = { timeout: 30_000 };
const STEP = { timeout: 300_000 };

const NEWCOMER = { email: 'shoko.shinjin@example.jp', invitedAs: '商工課 新人 花子', name: '商工課 新人 桜', password: 'shinjin-passphrase-2024' };
// 1-1's first KPI, 延べ (a year's figure is entered each year).
const KPI = '市内企業と山形大学工学部教員の共同研究数';
const FY2024_VALUE = '26';
const FY2025_VALUE = '9,876';
const RETURN_REASON = '課題に対する来年度の手立てを書いてください';
const QUESTION = '共同研究数の伸びをどう見込んでいますか？';

/**
 * Issue 12's "done when", through the web client alone: every step is a click or a keystroke in a
 * browser (the API and the database are only read, to assert). 政策企画課 invites a 商工課 user, who
 * accepts from the e-mailed link; FY2024 is opened (e-mail), entered, returned (e-mail), resubmitted,
 * accepted, moved on past the missing entries, reviewed by the council (e-mail), answered, resolved
 * and closed; FY2025 is opened and entered, and the closed FY2024 pages still show FY2024's figures.
 * Every page is checked with axe at 390 and 1366 px, and the main ones photographed.
 */
describe('the whole year in headless Chromium', () => {
  let smtp: MailCapture;
  let server: TestServer;
  let browser: Browser;
  let planning: Page;
  let newcomer: Page;
  let council: Page;
  const measure = { id: '', code: '1-1', title: '' };
  const ids = { kpi: '', fy2024: '', fy2025: '' };
  let indicators = 0;
  let summaryAtClosing = '';
  // The KPI's grade and progress as the council read them during the review.
  let figuresAtReview = '';

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm run build --workspace client` first');
    smtp = await startMailCapture();
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist, mail: smtp.config() });
    browser = await launchBrowser();
    // Read only: what the steps will look for.
    const { data } = await server.gql(`{ strategies { goals { measures { id code title indicators { id name } } } } }`);
    const m = data.strategies[0].goals.flatMap((g: any) => g.measures).find((x: any) => x.code === measure.code);
    Object.assign(measure, { id: m.id, title: m.title });
    ids.kpi = m.indicators.find((i: any) => i.name === KPI).id;
    [{ n: indicators }] = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM indicator`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  const url = (p: string) => new URL(p, server.app.url).toString();
  const main = (p: Page) => p.locator('main');
  const nav = (p: Page) => p.getByRole('navigation', { name: 'メインメニュー' });
  const status = (p: Page) => main(p).getByRole('status');
  const stateOf = async (id: string) => (await server.db.dataSource.query(`SELECT state FROM review_cycle WHERE id = $1`, [id]))[0].state;

  /** axe at a phone's and a laptop's width (0 critical, 0 serious); the main pages photographed at three widths too. */
  async function check(p: Page, name: string, { shot = true } = {}) {
    for (const width of [390, 1366]) {
      await p.setViewportSize({ width, height: 900 });
      expect(await graveViolations(p), `${name} at ${width} px`).toEqual([]);
    }
    if (shot) await photograph(p, SHOTS, `whole-year-${name}`);
    await p.setViewportSize({ width: 1280, height: 900 });
  }

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    return context.newPage();
  }

  /** A browser of its own, signed in through the sign-in page. */
  async function signIn(email: string): Promise<Page> {
    const p = await freshPage();
    await p.goto(url('/signin'));
    await check(p, 'signin', { shot: email.startsWith('planning') });
    await p.getByLabel(/^メールアドレス/).fill(email);
    await p.getByLabel(/^パスワード/).fill(SAMPLE_PASSWORD);
    await main(p).getByRole('button', { name: 'サインイン' }).click();
    await p.getByRole('banner').getByRole('button', { name: 'サインアウト' }).waitFor(SLOW);
    return p;
  }

  /** The board of the cycle open on /cycles, reached from the main menu. */
  async function board(p: Page, year: string) {
    await nav(p).getByRole('link', { name: 'レビュー管理' }).click();
    await main(p).getByRole('link', { name: `${year}の実績レビュー` }).click();
    await main(p).getByRole('heading', { level: 1, name: `${year}の実績レビュー` }).waitFor(SLOW);
  }

  /** 商工課's entries on the board, beside the table. */
  async function shokoOnBoard(p: Page): Promise<Locator> {
    const table = main(p).getByRole('table', { name: /担当課ごとの実績値の提出状況/ });
    await table.getByRole('link', { name: '商工課', exact: true }).click();
    const detail = main(p).locator('.department-detail');
    await detail.getByRole('heading', { name: /^商工課の実績値/ }).waitFor(SLOW);
    return detail;
  }
  const card = (detail: Locator, name: string) => detail.locator('li.decision').filter({ has: detail.page().locator('h4', { hasText: name }) });

  /** Forward one step from the board, through the dialog that names what is still open. */
  async function moveOn(p: Page, state: string): Promise<Locator> {
    await main(p).getByRole('button', { name: `「${state}」に進める` }).click();
    const dialog = p.getByRole('dialog', { name: `「${state}」に進める前に` });
    await dialog.waitFor(SLOW);
    return dialog;
  }

  it('政策企画課 invites a 商工課 user, who opens the e-mailed link in a browser of their own and lands signed in', STEP, async () => {
    planning = await signIn('planning@example.jp');
    await planning.waitForURL(/\/cycles$/);
    await nav(planning).getByRole('link', { name: '利用者' }).click();
    await main(planning).getByRole('heading', { name: '利用者の管理', level: 1 }).waitFor(SLOW);
    await expect.poll(() => main(planning).getByRole('table', { name: '利用者の一覧' }).textContent(), SLOW).toContain('shoko@example.jp');
    await check(planning, 'users');

    const form = main(planning).getByRole('form', { name: /利用者を招待/ });
    await form.getByLabel(/^メールアドレス/).fill(NEWCOMER.email);
    await form.getByLabel(/^氏名/).fill(NEWCOMER.invitedAs);
    await form.getByLabel(/^部署/).selectOption({ label: '商工課' });
    await form.getByRole('button', { name: /^招待する/ }).click();
    await expect.poll(() => main(planning).getByRole('region', { name: /さんを招待しました/ }).count(), SLOW).toBe(1);
    await check(planning, 'users-invited');

    const mail = await smtp.next(NEWCOMER.email, { subject: '招待されました', timeoutMs: 30_000 });
    expect(mail.text).toContain(`${NEWCOMER.invitedAs} 様`);
    newcomer = await freshPage();
    await newcomer.goto(linkTo(mail, '/invitation/').toString());
    await main(newcomer).getByRole('heading', { name: '招待の受け入れ' }).waitFor(SLOW);
    await expect.poll(() => main(newcomer).getByLabel(/^氏名/).inputValue(), SLOW).toBe(NEWCOMER.invitedAs);
    expect(await main(newcomer).textContent()).toContain(NEWCOMER.email);
    await check(newcomer, 'invitation');
    await main(newcomer).getByLabel(/^氏名/).fill(NEWCOMER.name);
    await main(newcomer).getByLabel(/^新しいパスワード(必須)?$/).fill(NEWCOMER.password);
    await main(newcomer).getByLabel(/^新しいパスワード（確認）/).fill(NEWCOMER.password);
    await main(newcomer).getByRole('button', { name: /パスワードを設定して始める/ }).click();
    await newcomer.waitForURL(/\/review$/, SLOW);
    await expect.poll(() => newcomer.getByRole('banner').textContent(), SLOW).toContain(NEWCOMER.name);
    await check(newcomer, 'department-home-before', { shot: false });

    const [user] = await server.db.dataSource.query(`SELECT u.display_name AS name, d.name AS department FROM app_user u JOIN department d ON d.id = u.department_id WHERE u.email = $1`, [NEWCOMER.email]);
    expect(user).toEqual({ name: NEWCOMER.name, department: '商工課' });
  });

  it('政策企画課 opens FY2024 with a due date and starts the entry; the new user is e-mailed the due date', STEP, async () => {
    await nav(planning).getByRole('link', { name: 'レビュー管理' }).click();
    await main(planning).getByLabel(/対象の年度/).selectOption({ label: '令和6年度' });
    await main(planning).getByLabel(/^実績の入力期限/).fill('2025-07-31');
    await check(planning, 'cycles-open-form');
    await main(planning).getByRole('button', { name: 'レビューを開始する' }).click();
    await main(planning).getByRole('heading', { level: 1, name: '令和6年度の実績レビュー' }).waitFor(SLOW);
    ids.fy2024 = /\/cycles\/([^/]+)\/board/.exec(planning.url())![1];
    expect(await stateOf(ids.fy2024)).toBe('PREPARING');
    await main(planning).getByRole('button', { name: '「実績入力中」に進める' }).click();
    await expect.poll(() => main(planning).locator('.steps [aria-current="step"]').textContent(), SLOW).toContain('実績入力中');
    expect(await stateOf(ids.fy2024)).toBe('COLLECTING');
    await check(planning, 'board-collecting');

    const mail = await smtp.next(NEWCOMER.email, { subject: '実績入力が始まりました', timeoutMs: 30_000 });
    expect(mail.subject).toContain('令和6年度');
    expect(mail.text).toContain(`${NEWCOMER.name} 様`);
    expect(mail.text).toContain('実績・施策評価の入力の締切: 2025年7月31日');
    expect(linkTo(mail, '/review/cycles/').pathname).toBe(`/review/cycles/${ids.fy2024}`);
  });

  it('the new user enters and submits an actual, and writes and submits the measure report of 1-1', STEP, async () => {
    const mail = smtp.to(NEWCOMER.email).find((m) => m.subject.includes('令和6年度の実績入力が始まりました'))!;
    await newcomer.goto(linkTo(mail, '/review/cycles/').toString());
    const row = main(newcomer).getByRole('row').filter({ hasText: KPI });
    await expect.poll(() => row.textContent(), SLOW).toContain('未入力');
    await check(newcomer, 'department-inbox');
    await row.getByRole('link', { name: KPI }).click();
    await newcomer.getByRole('heading', { level: 1, name: KPI }).waitFor(SLOW);
    // 延べ: the page says a year's figure is wanted, not the running total.
    expect(await main(newcomer).textContent()).toContain('この年度の値を入力してください');
    await newcomer.getByLabel(/^実績値/).fill(FY2024_VALUE);
    await expect.poll(() => main(newcomer).textContent()).toContain(`読み取った値：${FY2024_VALUE} 件`);
    await check(newcomer, 'actual-entry');
    await main(newcomer).getByRole('button', { name: '提出する' }).click();
    await expect.poll(() => status(newcomer).first().textContent(), SLOW).toContain('提出しました');
    expect(await server.db.dataSource.query(`SELECT value::float AS value, status FROM actual WHERE indicator_id = $1`, [ids.kpi])).toEqual([{ value: 26, status: 'SUBMITTED' }]);

    await newcomer.getByRole('navigation', { name: 'パンくずリスト' }).getByRole('link', { name: '実績の入力' }).click();
    const reports = main(newcomer).getByRole('table', { name: /施策の評価/ });
    await reports.getByRole('link', { name: measure.title }).click();
    await newcomer.getByRole('heading', { level: 1, name: new RegExp(measure.title) }).waitFor(SLOW);
    await newcomer.getByLabel(/^取組内容/).fill('山形大学工学部との共同研究の仲介を26件行った');
    await newcomer.getByLabel(/^課題/).fill('参加企業が固定化している');
    await main(newcomer).getByRole('group', { name: /今後の方向性/ }).getByRole('radio', { name: /^継続/ }).check();
    await main(newcomer).getByRole('combobox', { name: /自己評価/ }).selectOption('B');
    await check(newcomer, 'report-form');
    await main(newcomer).getByRole('button', { name: '提出する' }).click();
    await expect.poll(() => status(newcomer).last().textContent(), SLOW).toContain('提出しました');
    expect(await server.db.dataSource.query(`SELECT status, next_direction AS direction, self_grade AS grade FROM measure_report WHERE measure_id = $1`, [measure.id])).toEqual([
      { status: 'SUBMITTED', direction: 'CONTINUE', grade: 'B' },
    ]);
  });

  it('政策企画課 returns the report with a reason (e-mailed); the user fixes and resubmits; both are accepted from the board', STEP, async () => {
    await board(planning, '令和6年度');
    let detail = await shokoOnBoard(planning);
    const report = card(detail, measure.title);
    await report.waitFor(SLOW);
    expect(await report.textContent()).toContain('参加企業が固定化している');
    await expect.poll(() => card(detail, KPI).textContent()).toContain(`${FY2024_VALUE} 件`);
    await check(planning, 'board-submitted');
    await report.getByRole('button', { name: '差し戻す' }).click();
    await report.getByLabel(/^差戻しの理由/).fill(RETURN_REASON);
    await report.getByRole('button', { name: '差し戻しを確定する' }).click();
    await expect.poll(() => detail.locator('p.ok').textContent(), SLOW).toContain('差し戻しました');

    const mail = await smtp.next(NEWCOMER.email, { subject: '差戻し: 施策評価', timeoutMs: 30_000 });
    expect(mail.text).toContain(`理由: ${RETURN_REASON}`);
    await newcomer.goto(linkTo(mail, '/review/').toString());
    await newcomer.getByRole('heading', { level: 1, name: new RegExp(measure.title) }).waitFor(SLOW);
    await expect.poll(() => main(newcomer).locator('.returned').textContent(), SLOW).toContain(RETURN_REASON);
    await expect.poll(() => newcomer.getByLabel(/^課題/).inputValue(), SLOW).toBe('参加企業が固定化している');
    await check(newcomer, 'report-returned');
    await newcomer.getByLabel(/^課題/).fill('参加企業が固定化している。来年度は未参加企業への個別訪問を行う');
    await main(newcomer).getByRole('button', { name: '提出する' }).click();
    await expect.poll(() => status(newcomer).last().textContent(), SLOW).toContain('提出しました');

    // The board reads it again on coming back to it.
    await board(planning, '令和6年度');
    detail = await shokoOnBoard(planning);
    await expect.poll(() => card(detail, measure.title).textContent(), SLOW).toContain('未参加企業への個別訪問');
    await card(detail, measure.title).getByRole('checkbox', { name: /一括承認に含める/ }).check();
    await card(detail, KPI).getByRole('checkbox', { name: /一括承認に含める/ }).check();
    const bulk = main(planning).locator('.bulk-accept');
    await bulk.getByRole('button', { name: '選んだ2件を承認する' }).click();
    await expect.poll(() => bulk.getByRole('status').textContent(), SLOW).toContain('2件を承認しました');
    await check(planning, 'board-accepted');
    expect(await server.db.dataSource.query(`SELECT status FROM measure_report WHERE measure_id = $1 UNION ALL SELECT status FROM actual WHERE indicator_id = $2`, [measure.id, ids.kpi])).toEqual([
      { status: 'ACCEPTED' },
      { status: 'ACCEPTED' },
    ]);
  });

  it('政策企画課 moves to 審議中 with entries missing: the dialog names the counts, and is confirmed', STEP, async () => {
    const dialog = await moveOn(planning, '市民会議の審議中');
    const question = dialog.locator('.open-items-question');
    await expect.poll(() => question.textContent(), SLOW).toContain(`未入力 ${indicators - 1}件`);
    expect(await question.textContent()).toMatch(/施策評価の未入力 \d+件/);
    expect(await question.textContent()).toContain('このまま「市民会議の審議中」に進めますか？');
    await check(planning, 'guard-rail-dialog');
    await dialog.getByRole('button', { name: 'このまま進める' }).click();
    await expect.poll(() => main(planning).locator('.steps [aria-current="step"]').textContent(), SLOW).toContain('市民会議の審議中');
    expect(await stateOf(ids.fy2024)).toBe('REVIEWING');
  });

  it('the council comments on the KPI (e-mailed to 商工課), the user answers, 政策企画課 resolves the thread and closes the cycle', STEP, async () => {
    council = await signIn('council@example.jp');
    await nav(council).getByRole('link', { name: '市民会議レビュー' }).click();
    await main(council).getByRole('link', { name: /令和6年度 実績レビュー：施策の一覧/ }).click();
    await main(council).getByRole('heading', { level: 1, name: /令和6年度 実績レビュー：施策の一覧/ }).waitFor(SLOW);
    await check(council, 'review-index');
    await main(council).getByRole('link', { name: new RegExp(`^${measure.code} `) }).first().click();
    await council.getByRole('heading', { level: 1, name: new RegExp(measure.code) }).waitFor(SLOW);
    const kpi = (p: Page) => p.getByRole('article', { name: KPI, exact: true });
    await expect.poll(() => main(council).getByRole('region', { name: /施策の評価/ }).first().textContent(), SLOW).toContain('未参加企業への個別訪問');
    figuresAtReview = (await kpi(council).locator('dl').first().textContent())!;
    expect(figuresAtReview).toMatch(/\d+(\.\d+)?%/);
    await check(council, 'review-measure');

    await kpi(council).getByRole('button', { name: /^コメントする/ }).click();
    await kpi(council).getByRole('radio', { name: '質問' }).check();
    await kpi(council).getByRole('textbox', { name: /^本文/ }).fill(QUESTION);
    await kpi(council).getByRole('button', { name: '投稿する' }).click();
    await expect.poll(() => kpi(council).getByRole('status').last().textContent(), SLOW).toContain('コメントを投稿しました');

    const mail = await smtp.next(NEWCOMER.email, { subject: '市民会議から質問があります', timeoutMs: 30_000 });
    expect(mail.subject).toContain(KPI);
    expect(mail.text).toContain(QUESTION);
    await newcomer.goto(linkTo(mail, '/review/cycles/').toString());
    const thread = (p: Page) => kpi(p).getByRole('article', { name: /^質問：/ });
    await thread(newcomer).waitFor(SLOW);
    await expect.poll(() => thread(newcomer).textContent(), SLOW).toContain(QUESTION);
    await check(newcomer, 'thread-to-answer');
    await thread(newcomer).getByRole('radio', { name: '対応する' }).check();
    await thread(newcomer).getByRole('textbox', { name: /^回答/ }).fill('来年度は未参加企業への個別訪問で、共同研究数を年30件に伸ばします。');
    await thread(newcomer).getByRole('button', { name: '回答する' }).click();
    await expect.poll(() => thread(newcomer).getByRole('status').last().textContent(), SLOW).toContain('保存しました');
    await check(newcomer, 'thread-answered', { shot: false });

    // 回答中, then the thread resolved from the review pages, reached from the board.
    await board(planning, '令和6年度');
    const dialog = await moveOn(planning, '対応の検討中');
    await check(planning, 'guard-rail-dialog-responding', { shot: false });
    await dialog.getByRole('button', { name: 'このまま進める' }).click();
    await expect.poll(() => main(planning).locator('.steps [aria-current="step"]').textContent(), SLOW).toContain('対応の検討中');
    await main(planning).getByRole('link', { name: '市民会議レビュー' }).click();
    await main(planning).getByRole('link', { name: new RegExp(`^${measure.code} `) }).first().click();
    await thread(planning).waitFor(SLOW);
    const unfold = thread(planning).getByRole('button', { name: /^論点を開く/ });
    if (await unfold.count()) await unfold.click();
    await thread(planning).getByRole('button', { name: '解決にする' }).click();
    await expect.poll(() => thread(planning).getByRole('status').last().textContent(), SLOW).toContain('論点を解決にしました');
    await check(planning, 'thread-resolved');

    // Closing: from the board's summary, through the dialog naming what is still open.
    await board(planning, '令和6年度');
    await main(planning).getByRole('link', { name: 'まとめ・完了' }).click();
    await main(planning).getByText('未解決の論点はありません。').waitFor(SLOW);
    await main(planning).getByRole('button', { name: 'レビューを完了する' }).click();
    const close = planning.getByRole('dialog', { name: 'レビューを完了する前に' });
    await close.waitFor(SLOW);
    await expect.poll(() => close.textContent(), SLOW).toContain(`未入力 ${indicators - 1}件`);
    await check(planning, 'close-dialog');
    await close.getByRole('button', { name: '完了する', exact: true }).click();
    await main(planning).getByText('このレビューは完了しました。内容は読み取り専用です。').waitFor(SLOW);
    expect(await stateOf(ids.fy2024)).toBe('CLOSED');
    summaryAtClosing = (await gradeRow(planning).textContent())!;
    expect(summaryAtClosing).toContain(measure.title);
    await check(planning, 'summary-closed');
  });

  const gradeRow = (p: Page) => main(p).getByRole('table', { name: /担当課の自己評価/ }).getByRole('row').filter({ has: p.getByRole('rowheader', { name: new RegExp(`^${measure.code} `) }) });

  it('FY2025 is opened and entered; the closed FY2024 pages still show FY2024’s figures', STEP, async () => {
    await nav(planning).getByRole('link', { name: 'レビュー管理' }).click();
    await main(planning).getByLabel(/対象の年度/).selectOption({ label: '令和7年度' });
    await main(planning).getByLabel(/^実績の入力期限/).fill('2026-07-31');
    await main(planning).getByRole('button', { name: 'レビューを開始する' }).click();
    await main(planning).getByRole('heading', { level: 1, name: '令和7年度の実績レビュー' }).waitFor(SLOW);
    ids.fy2025 = /\/cycles\/([^/]+)\/board/.exec(planning.url())![1];
    await main(planning).getByRole('button', { name: '「実績入力中」に進める' }).click();
    await expect.poll(() => main(planning).locator('.steps [aria-current="step"]').textContent(), SLOW).toContain('実績入力中');
    expect(await stateOf(ids.fy2025)).toBe('COLLECTING');

    const mail = await smtp.next(NEWCOMER.email, { subject: '令和7年度の実績入力が始まりました', timeoutMs: 30_000 });
    expect(mail.text).toContain('2026年7月31日');
    await newcomer.goto(linkTo(mail, '/review/cycles/').toString());
    await main(newcomer).getByRole('row').filter({ hasText: KPI }).getByRole('link', { name: KPI }).click();
    await newcomer.getByRole('heading', { level: 1, name: KPI }).waitFor(SLOW);
    await newcomer.getByLabel(/^実績値/).fill(FY2025_VALUE);
    // Far above what the plan expects: a second look is asked for, though it may be saved.
    await expect.poll(() => main(newcomer).textContent()).toContain('非常に大きな値です');
    await check(newcomer, 'actual-entry-fy2025', { shot: false });
    await main(newcomer).getByRole('button', { name: '提出する' }).click();
    await expect.poll(() => status(newcomer).first().textContent(), SLOW).toContain('提出しました');

    await board(planning, '令和7年度');
    const detail = await shokoOnBoard(planning);
    await card(detail, KPI).getByRole('button', { name: '承認する' }).click();
    await expect.poll(() => detail.locator('p.ok').textContent(), SLOW).toContain('承認しました');
    expect(await server.db.dataSource.query(`SELECT fiscal_year AS year, value::float AS value, status FROM actual WHERE indicator_id = $1 ORDER BY fiscal_year`, [ids.kpi])).toEqual([
      { year: 2024, value: 26, status: 'ACCEPTED' },
      { year: 2025, value: 9876, status: 'ACCEPTED' },
    ]);

    // The council reads the closed FY2024 review of 1-1: FY2024's figure, not FY2025's.
    await council.reload();
    await nav(council).getByRole('link', { name: '市民会議レビュー' }).click();
    await main(council).getByRole('link', { name: /令和6年度 実績レビュー：施策の一覧/ }).click();
    await main(council).getByRole('link', { name: new RegExp(`^${measure.code} `) }).first().click();
    const kpi = council.getByRole('article', { name: KPI, exact: true });
    await expect.poll(() => kpi.textContent(), SLOW).toContain(`${FY2024_VALUE} 件`);
    expect(await kpi.locator('dl').first().textContent()).toBe(figuresAtReview);
    expect(await main(council).textContent()).not.toContain(FY2025_VALUE);
    await check(council, 'closed-review-measure');

    // The KPI as the FY2024 review read it; all its years do show FY2025's.
    await council.goto(url(`/indicators/${ids.kpi}?cycle=${ids.fy2024}`));
    await expect.poll(() => main(council).locator('.notice').first().textContent(), SLOW).toContain('6年度のレビューで読まれた値です');
    await expect.poll(() => main(council).textContent(), SLOW).toContain(`${FY2024_VALUE} 件`);
    expect(await main(council).textContent()).not.toContain(FY2025_VALUE);
    await check(council, 'closed-kpi-as-of');
    await main(council).getByRole('link', { name: 'すべての年度の実績を見る' }).click();
    await expect.poll(() => main(council).textContent(), SLOW).toContain(FY2025_VALUE);

    // The FY2024 summary: 1-1's grades as at closing.
    await council.goto(url(`/cycles/${ids.fy2024}/summary`));
    await main(council).getByText('このレビューは完了しました。内容は読み取り専用です。').waitFor(SLOW);
    await expect.poll(() => gradeRow(council).textContent(), SLOW).toBe(summaryAtClosing);
    expect(await main(council).textContent()).not.toContain(FY2025_VALUE);
    await check(council, 'closed-summary');
  });
});
