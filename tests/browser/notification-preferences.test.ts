import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { MOVE_CYCLE } from '../support/review-ops.js';
import { plans, startTestServer, type TestServer } from '../support/server.js';
import { startMailCapture, type MailCapture } from '../support/smtp.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = '/tmp/shots';

/**
 * 環境課 turns the cycle-opened notice off on the account page, by keyboard: the outcome is
 * announced and focused, stays after a reload, and the next cycle opening mails 商工課 but not them.
 */
describe('e-mail notice settings in headless Chromium', () => {
  let smtp: MailCapture;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    smtp = await startMailCapture();
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist, mail: smtp.config() });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('turns a kind off with the keyboard; the saved choice is announced, focused, kept and obeyed', async () => {
    const { context, page } = await signedInPage(browser, server, 'kankyo@example.jp');
    const main = page.locator('main');
    const focused = () => page.evaluate<string>('(document.activeElement?.textContent || "").trim()');
    await page.goto(new URL('/account', server.app.url).toString());
    const section = main.getByRole('region', { name: 'メール通知' });
    await section.getByRole('checkbox', { name: '実績入力の開始' }).waitFor();
    await expect.poll(() => section.textContent()).toContain('招待とパスワード再設定のメールは');
    expect(await section.getByRole('checkbox').count()).toBe(5);
    expect(await graveViolations(page), 'account page with notice settings').toEqual([]);
    await photograph(page, SHOTS, 'account-notifications');

    await section.getByRole('checkbox', { name: '実績入力の開始' }).focus();
    await page.keyboard.press('Space');
    expect(await section.getByRole('checkbox', { name: '実績入力の開始' }).isChecked()).toBe(false);
    await section.getByRole('button', { name: '通知の設定を保存する' }).press('Enter');
    await expect.poll(focused).toBe('通知の設定を保存しました。');
    expect(await section.getByRole('status').textContent()).toBe('通知の設定を保存しました。');
    expect(await graveViolations(page), 'account page after saving').toEqual([]);

    await page.reload();
    await section.getByRole('checkbox', { name: '差戻し' }).waitFor();
    expect(await section.getByRole('checkbox', { name: '実績入力の開始' }).isChecked()).toBe(false);
    expect(await section.getByRole('checkbox', { name: '差戻し' }).isChecked()).toBe(true);
    await context.close();

    const planning = server.session();
    await planning.signIn('planning@example.jp');
    const strategyId = (await planning.gql(`{ strategies { id } }`)).data.strategies[0].id;
    const opened = (await planning.gql(`mutation($s: ID!) { openReviewCycle(input: { strategyId: $s, fiscalYear: 2024, collectingDue: "2025-06-30" }) { id version } }`, { s: strategyId })).data.openReviewCycle;
    expect((await planning.gql(MOVE_CYCLE, { id: opened.id, to: 'COLLECTING', v: opened.version })).errors).toBeUndefined();
    await smtp.next('shoko@example.jp', { subject: '実績入力が始まりました' });
    expect(smtp.to('kankyo@example.jp')).toEqual([]);
  });
});
