import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { plans, startTestServer, type TestServer } from '../support/server.js';
import { rawCodeIn } from '../support/audit-text.js';
import { graveViolations, launchBrowser, photograph as photographAt, signedInPage } from '../support/browser.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');

/**
 * People in the browser: 政策企画課 invites a 商工課 user on /users and copies the link, the invitee
 * opens it in a browser of their own, chooses a name and password and lands signed in; 政策企画課
 * then moves them to another department and disables them. Both pages pass axe at 390 and 1366 px.
 */
describe('users pages in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pages: Page[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const p of pages) await p.context().close();
    await browser?.close();
    await server?.stop();
  });

  const main = (p = page) => p.locator('main');
  // Strings, evaluated in the page: this file is type-checked without the DOM library.
  const focused = (p = page) => p.evaluate<string>('(document.activeElement?.textContent || document.activeElement?.labels?.[0]?.textContent || "").trim()');
  const url = (p: string) => new URL(p, server.app.url).toString();

  /** axe at a phone's and a laptop's width (the viewport is put back), and the three screenshots. */
  async function check(p: Page, name: string) {
    const before = p.viewportSize();
    for (const width of [390, 1366]) {
      await p.setViewportSize({ width, height: 900 });
      expect(await graveViolations(p), `${name} at ${width} px`).toEqual([]);
      // Nothing but the table (in its own scrolling box) is wider than a phone.
      expect(await p.evaluate<number>('document.documentElement.scrollWidth'), `${name} at ${width} px`).toBeLessThanOrEqual(width);
    }
    if (before) await p.setViewportSize(before);
    await photographAt(p, SHOTS, name);
  }

  const row = (name: string) => main().getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

  // axe and three screenshots of each state take their time.
  it('invites a department user, who accepts in a browser of their own and lands signed in', { timeout: 240_000 }, async () => {
    const signedIn = await signedInPage(browser, server, 'planning@example.jp');
    page = signedIn.page;
    pages.push(page);
    await signedIn.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.app.url });

    await page.goto(url('/'));
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '利用者' }).click();
    await page.waitForURL(/\/users$/);
    await main().getByRole('heading', { name: '利用者の管理', level: 1 }).waitFor();
    const table = main().getByRole('table', { name: '利用者の一覧' });
    await expect.poll(() => table.textContent()).toContain('shoko@example.jp');
    await expect.poll(() => row('商工課 商工 一郎').textContent()).toMatch(/担当課.*商工課.*有効/);
    await check(page, 'users');

    const form = main().getByRole('form', { name: '利用者を招待する' });
    // Empty: the first error gets the focus, each error beside its field.
    await form.getByRole('button', { name: '招待する' }).click();
    expect(await focused()).toContain('メールアドレス');
    await expect.poll(() => form.textContent()).toContain('メールアドレスを入力してください。');
    await expect.poll(() => form.textContent()).toContain('部署を選んでください。');
    // The server's refusal lands beside its field too: the address is taken.
    await form.getByLabel('メールアドレス').fill('Shoko@example.jp');
    await form.getByLabel('氏名').fill('商工課 新人 花子');
    await form.getByLabel('部署').selectOption({ label: '商工課' });
    await form.getByRole('button', { name: '招待する' }).click();
    await expect.poll(() => form.textContent()).toContain('既に登録されています');
    expect(await focused()).toContain('メールアドレス');
    await expect.poll(() => form.getByLabel('メールアドレス').getAttribute('aria-invalid')).toBe('true');
    await check(page, 'users-invite-error');

    await form.getByLabel('メールアドレス').fill('shinjin@example.jp');
    await form.getByLabel('メールアドレス').press('Enter');
    await expect.poll(() => focused()).toContain('商工課 新人 花子 さんを招待しました');
    const result = main().getByRole('region', { name: '商工課 新人 花子 さんを招待しました' });
    await expect.poll(() => result.textContent()).toContain('今回しか表示されません');
    await result.getByRole('button', { name: 'リンクをコピー' }).click();
    await expect.poll(() => result.textContent()).toContain('コピーしました');
    const link = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(link).toMatch(new RegExp(`^${server.app.url.replace(/\/$/, '')}/invitation/[\\w-]{43}$`));
    expect(await result.getByLabel('リンク').inputValue()).toBe(link);
    await expect.poll(() => row('商工課 新人 花子').textContent()).toMatch(/shinjin@example\.jp.*担当課.*商工課.*招待中/);
    await check(page, 'users-invited');

    // The invitee, in a fresh browser context: a name of their own and a password.
    const invitee = await (await browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 900 } })).newPage();
    pages.push(invitee);
    await invitee.goto(link);
    await main(invitee).getByRole('heading', { name: '招待の受け入れ' }).waitFor();
    // Greeted by the name the inviter entered, and told which address signs in.
    await expect.poll(() => main(invitee).getByLabel('氏名').inputValue()).toBe('商工課 新人 花子');
    expect(await main(invitee).textContent()).toContain('サインインに使うメールアドレス：shinjin@example.jp');
    await check(invitee, 'invitation');
    await main(invitee).getByLabel('氏名').fill('商工課 新人 桜');
    await main(invitee).getByLabel(/^新しいパスワード(必須)?$/).fill('shinjin-passphrase');
    await main(invitee).getByLabel('新しいパスワード（確認）').fill('shinjin-passphrasf');
    await main(invitee).getByRole('button', { name: 'パスワードを設定して始める' }).click();
    expect(await focused(invitee)).toMatch(/^新しいパスワード（確認）/);
    await expect.poll(() => main(invitee).textContent()).toContain('同じパスワードをもう一度入力してください');
    await check(invitee, 'invitation-error');
    await main(invitee).getByLabel('新しいパスワード（確認）').fill('shinjin-passphrase');
    await main(invitee).getByLabel('新しいパスワード（確認）').press('Enter');
    // A department's start page, signed in as the new user.
    await invitee.waitForURL(/\/review$/);
    await expect.poll(() => invitee.getByRole('banner').textContent()).toContain('商工課 新人 桜');

    // The link is used now: one clear message at once, no form to fill in first.
    const again = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    pages.push(again);
    await again.goto(link);
    await main(again).getByRole('heading', { name: '招待の受け入れ' }).waitFor();
    await expect.poll(() => focused(again)).toContain('この招待リンクは使えません');
    expect(await main(again).getByRole('form').count()).toBe(0);
    await check(again, 'invitation-invalid');
  });

  it('moves the new user to another department and disables them', { timeout: 180_000 }, async () => {
    await page.reload();
    await expect.poll(() => row('商工課 新人 桜').textContent()).toMatch(/商工課.*有効/);
    await row('商工課 新人 桜').getByRole('button', { name: '役割・部署を変更' }).click();
    const panel = main().getByRole('region', { name: '商工課 新人 桜 さんの氏名・役割・部署' });
    expect(await focused()).toContain('商工課 新人 桜 さんの氏名・役割・部署');
    // Meanwhile someone else moves them to 観光課: saving over that is refused, and the form shows it.
    const other = server.session();
    await other.signIn('admin@example.jp');
    const { data: listed } = await other.gql(`{ users { id email version } strategies { departments { id name } } }`);
    const newcomer = listed.users.find((u: { email: string }) => u.email === 'shinjin@example.jp');
    const kanko = listed.strategies[0].departments.find((d: { name: string }) => d.name === '観光課').id;
    const moved = await other.gql(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, {
      input: { id: newcomer.id, displayName: '商工課 新人 桜', role: 'DEPARTMENT', departmentId: kanko, expectedVersion: newcomer.version },
    });
    expect(moved.errors).toBeUndefined();
    await panel.getByRole('combobox', { name: /^部署/ }).selectOption({ label: '環境課' });
    await panel.getByRole('button', { name: '変更を保存する' }).click();
    await expect.poll(() => focused()).toContain('ほかの人がこの利用者を変更しました');
    expect(await panel.getByRole('combobox', { name: /^部署/ }).inputValue()).toBe(kanko);
    await panel.getByRole('combobox', { name: /^部署/ }).selectOption({ label: '環境課' });
    await check(page, 'users-edit');
    await panel.getByRole('button', { name: '変更を保存する' }).click();
    await expect.poll(() => focused()).toContain('保存しました');
    await expect.poll(() => row('商工課 新人 桜').textContent()).toMatch(/環境課.*有効/);

    await row('商工課 新人 桜').getByRole('button', { name: '無効にする' }).click();
    const confirm = main().getByRole('region', { name: '商工課 新人 桜 さんを無効にする' });
    await confirm.getByRole('button', { name: '無効にする' }).click();
    expect(await focused()).toContain('理由');
    await expect.poll(() => confirm.textContent()).toContain('無効にする理由を入力してください。');
    await check(page, 'users-disable');
    await confirm.getByLabel('理由').fill('異動のため');
    await confirm.getByRole('button', { name: '無効にする' }).click();
    await expect.poll(() => focused()).toContain('無効にしました');
    await expect.poll(() => row('商工課 新人 桜').textContent()).toMatch(/環境課.*無効.*異動のため/);
    expect(await row('商工課 新人 桜').getByRole('button', { name: '有効にする' }).count()).toBe(1);
    await check(page, 'users-disabled');

    // The server agrees, and the audit log has both writes.
    const planning = server.session();
    await planning.signIn('planning@example.jp');
    const { data } = await planning.gql(`{ users { email status department { name } } }`);
    expect(data.users.find((u: { email: string }) => u.email === 'shinjin@example.jp')).toEqual({ email: 'shinjin@example.jp', status: 'DISABLED', department: { name: '環境課' } });

    // The audit log says it all in words: actions, fields, roles, departments and statuses by name, times in Japan's.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '監査ログ' }).click();
    const log = main().getByRole('table', { name: '監査ログ（新しい順）' });
    await log.waitFor();
    const entry = (action: string) => log.getByRole('row').filter({ hasText: action }).filter({ hasText: '商工課 新人 桜' });
    await expect.poll(() => entry('利用者の変更').first().textContent()).toMatch(/部署：\s*(変更前：)?観光課\s*→\s*(変更後：)?環境課/);
    expect(await entry('利用者の無効化').textContent()).toMatch(/状況：\s*(変更前：)?有効\s*→\s*(変更後：)?無効/);
    expect(await entry('利用者の無効化').textContent()).toMatch(/終了したセッション：[^件]*→\s*(変更後：)?1件/);
    expect(await log.getByRole('row').filter({ hasText: '利用者の招待' }).filter({ hasText: 'shinjin@example.jp' }).textContent()).toMatch(/役割：\s*(変更後：)?担当課.*部署：\s*(変更後：)?商工課/);
    expect(rawCodeIn((await log.textContent()) ?? '')).toBeNull();
    await check(page, 'audit');
  });

  it('is not offered to a department, and refuses it', async () => {
    const { page: department } = await signedInPage(browser, server, 'shoko@example.jp');
    pages.push(department);
    await department.goto(url('/users'));
    await department.getByRole('banner').getByRole('button', { name: 'サインアウト' }).waitFor();
    expect(await department.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '利用者' }).count()).toBe(0);
    expect(await main(department).getByRole('table', { name: '利用者の一覧' }).count()).toBe(0);
  });
});
