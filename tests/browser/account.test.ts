import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { plans, SAMPLE_PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { graveViolations, launchBrowser, photograph as photographAt } from '../support/browser.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = '/tmp/shots';


/**
 * One's own password in the browser: 商工課 changes theirs on the account page (reached from the
 * header), 環境課 chooses a new one from a reset link, and a user who must change theirs is kept on
 * the account page until they have. Each page is checked with axe and photographed at three widths.
 */
describe('account pages in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.locator('main');
  // Strings, evaluated in the page: this file is type-checked without the DOM library.
  // A field by its label as heard (the 必須 mark beside it is hidden from screen readers).
  const focused = () =>
    page.evaluate<string>(
      '(() => { const el = document.activeElement; const label = el?.labels?.[0]?.cloneNode(true); label?.querySelectorAll("[aria-hidden=true]").forEach((n) => n.remove()); return (el?.textContent || label?.textContent || "").trim(); })()',
    );
  const url = (p: string) => new URL(p, server.app.url).toString();

  async function newPage() {
    await page?.context().close();
    page = await (await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } })).newPage();
  }

  async function signIn(email: string, password = SAMPLE_PASSWORD) {
    await page.goto(url('/signin'));
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel(/^パスワード(必須)?$/).fill(password);
    await main().getByRole('button', { name: 'サインイン' }).click();
    await page.getByRole('banner').getByRole('button', { name: 'サインアウト' }).waitFor();
  }

  const expectAccessible = async (what: string) => expect(await graveViolations(page), what).toEqual([]);

  const photograph = (name: string) => photographAt(page, SHOTS, name);

  it('changes one’s password from the header’s account link: errors beside their fields, focus on the outcome, other sessions ended', async () => {
    await newPage();
    const elsewhere = server.session();
    await elsewhere.signIn('shoko@example.jp');
    await signIn('shoko@example.jp');
    await page.getByRole('banner').getByRole('link', { name: 'アカウント' }).click();
    await page.waitForURL(/\/account$/);
    await main().getByRole('heading', { name: 'パスワードの変更' }).waitFor();
    await expect.poll(() => main().textContent()).toContain('shoko@example.jp');
    await expectAccessible('account page');
    await photograph('account');

    const change = main().getByRole('button', { name: 'パスワードを変更する' });
    await change.click();
    expect(await focused()).toBe('現在のパスワード');
    await expect.poll(() => main().textContent()).toContain('現在のパスワードを入力してください。');

    await page.getByLabel('現在のパスワード').fill('not-my-password');
    await page.getByLabel(/^新しいパスワード(必須)?$/).fill('a-shoko-passphrase');
    await page.getByLabel('新しいパスワード（確認）').fill('a-shoko-passphrase');
    await change.press('Enter');
    await expect.poll(() => main().textContent()).toContain('現在のパスワードが正しくありません');
    expect(await focused()).toBe('現在のパスワード');
    await expect.poll(() => page.getByLabel('現在のパスワード').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible('account page with an error');
    await photograph('account-error');

    // Keyboard only, from the current password field to the button.
    await page.getByLabel('現在のパスワード').fill(SAMPLE_PASSWORD);
    await page.getByLabel('新しいパスワード（確認）').fill('a-shoko-passphrasf');
    await page.getByLabel('新しいパスワード（確認）').press('Enter');
    await expect.poll(() => main().textContent()).toContain('同じパスワードをもう一度入力してください');
    expect(await focused()).toBe('新しいパスワード（確認）');
    await page.getByLabel('新しいパスワード（確認）').fill('a-shoko-passphrase');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toContain('パスワードを変更しました');
    await expectAccessible('account page after the change');

    expect((await elsewhere.gql('{ viewer { id } }')).data).toEqual({ viewer: null });
    expect((await server.session().signIn('shoko@example.jp', 'a-shoko-passphrase')).errors).toBeUndefined();
  });

  it('sets a new password from a reset link and signs in; a used link then says so', async () => {
    await newPage();
    const planning = server.session();
    await planning.signIn('planning@example.jp');
    const { data } = await planning.gql<{ users: { id: string; email: string }[] }>('{ users { id email } }');
    const kankyo = data!.users.find((u) => u.email === 'kankyo@example.jp')!.id;
    const issued = await planning.gql(`mutation($id: ID!) { issuePasswordReset(userId: $id) { resetPath } }`, { id: kankyo });
    const resetPath: string = issued.data.issuePasswordReset.resetPath;

    await page.goto(url(resetPath));
    await main().getByRole('heading', { name: 'パスワードの再設定' }).waitFor();
    await expectAccessible('reset page');
    await photograph('password-reset');

    await page.getByLabel(/^新しいパスワード(必須)?$/).fill('kaizen-review-demo');
    await page.getByLabel('新しいパスワード（確認）').fill('kaizen-review-demo');
    await main().getByRole('button', { name: 'パスワードを設定する' }).click();
    await expect.poll(() => main().textContent()).toContain('公開されているサンプルのパスワードは使えません');
    expect(await focused()).toBe('新しいパスワード');
    await expectAccessible('reset page with an error');
    await photograph('password-reset-error');

    await page.getByLabel(/^新しいパスワード(必須)?$/).fill('a-kankyo-passphrase');
    await page.getByLabel('新しいパスワード（確認）').fill('a-kankyo-passphrase');
    await main().getByRole('button', { name: 'パスワードを設定する' }).click();
    await expect.poll(focused).toContain('新しいパスワードを設定し、サインインしました');
    await page.getByRole('banner').getByRole('button', { name: 'サインアウト' }).waitFor();
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('環境課');
    await photograph('password-reset-done');

    await newPage();
    await page.goto(url(resetPath));
    await page.getByLabel(/^新しいパスワード(必須)?$/).fill('another-kankyo-passphrase');
    await page.getByLabel('新しいパスワード（確認）').fill('another-kankyo-passphrase');
    await main().getByRole('button', { name: 'パスワードを設定する' }).click();
    await expect.poll(focused).toContain('このリンクは使えません');
  });

  it('keeps a user who must change their password on the account page until they have', async () => {
    await newPage();
    await server.db.dataSource.query(`UPDATE app_user SET must_change_password = true WHERE email = 'council2@example.jp'`);
    await signIn('council2@example.jp');
    await page.waitForURL(/\/account$/);
    await expect.poll(() => main().textContent()).toContain('初期パスワードのままです');
    await page.goto(url('/review/cycles'));
    await page.waitForURL(/\/account$/);
    await main().getByRole('heading', { name: 'パスワードの変更' }).waitFor();
    await expectAccessible('account page, change required');
    await photograph('account-required');

    await page.getByLabel('現在のパスワード').fill(SAMPLE_PASSWORD);
    await page.getByLabel(/^新しいパスワード(必須)?$/).fill('a-council2-passphrase');
    await page.getByLabel('新しいパスワード（確認）').fill('a-council2-passphrase');
    await main().getByRole('button', { name: 'パスワードを変更する' }).click();
    await expect.poll(focused).toContain('パスワードを変更しました');
    await main().getByRole('link', { name: '作業のページへ' }).click();
    await page.waitForURL(/\/review\/cycles$/);
  });
});
