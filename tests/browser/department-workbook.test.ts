import fs from 'node:fs';
import path from 'node:path';
import { type Browser } from 'playwright-core';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { openCycleAt } from '../support/review-ops.js';
import { plans, startTestServer, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');
const WORK = path.join(repoRoot, 'tests/.artifacts/workbooks');

/** Fills the KPI sheet's first rows' value cells (SheetJS, not the library that wrote the file). */
function filled(file: string, values: string[], out: string): string {
  const book = XLSX.read(fs.readFileSync(file), { type: 'buffer' });
  const sheet = book.Sheets['実績'];
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  let column = -1;
  for (let c = range.s.c; c <= range.e.c; c++) if (sheet[XLSX.utils.encode_cell({ r: 2, c })]?.v === 'R6実績値') column = c;
  values.forEach((v, i) => (sheet[XLSX.utils.encode_cell({ r: 3 + i, c: column })] = { t: 's', v }));
  fs.writeFileSync(out, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  return out;
}

describe('Excel in and out on the department’s page, in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let cycleId: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    fs.mkdirSync(WORK, { recursive: true });
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    browser = await launchBrowser();
    const planning = server.session();
    await planning.signIn('planning@example.jp');
    const [{ id: strategyId }] = await server.db.dataSource.query(`SELECT id FROM strategy`);
    cycleId = (await openCycleAt(planning, strategyId, 2024, 'COLLECTING')).id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('downloads the workbook, shows the unreadable cell by its address, then saves the fixed file as drafts', async () => {
    const { page } = await signedInPage(browser, server, 'shoko@example.jp');
    await page.goto(new URL(`/review/cycles/${cycleId}`, server.app.url).toString());
    const panel = page.getByRole('region', { name: 'Excel で入力する' });
    await panel.waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '入力シートをダウンロード' }).click()]);
    expect(download.suggestedFilename()).toContain('商工課');
    const original = path.join(WORK, 'shoko.xlsx');
    await download.saveAs(original);

    // The upload is held back a moment, so that its progress can be seen.
    await page.route('**/department-workbook/preview', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await panel.getByLabel('入力したシートを取り込む…').setInputFiles(filled(original, ['１，２３４', 'abc'], path.join(WORK, 'bad.xlsx')));
    await expect.poll(() => panel.getByRole('status').first().textContent()).toContain('ファイルを送信して確かめています');
    const problems = panel.locator('.import-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/実績!J5：「abc」は数値として読めません/);
    expect(await panel.getByRole('button', { name: /下書きとして保存する/ }).count()).toBe(0);
    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'workbook-problems');

    await panel.getByLabel('入力したシートを取り込む…').setInputFiles(filled(original, ['１，２３４', '75.1%'], path.join(WORK, 'good.xlsx')));
    const changes = panel.getByRole('table', { name: /変わる内容/ });
    await changes.waitFor();
    expect(await changes.textContent()).toContain('1234');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toContain('取り込みの確認');
    await photograph(page, SHOTS, 'workbook-preview');
    await panel.getByRole('button', { name: '2 行を下書きとして保存する' }).click();
    await expect.poll(() => panel.locator('.notice').textContent()).toContain('2 行を下書きとして保存しました');
    const table = page.getByRole('table', { name: /入力する指標/ });
    await expect.poll(() => table.textContent()).toContain('1,234');
    expect(await graveViolations(page)).toEqual([]);
  });

  it('lets the planning division take one department’s or every department’s workbook from the board', async () => {
    const { page } = await signedInPage(browser, server, 'planning@example.jp');
    await page.goto(new URL(`/cycles/${cycleId}/board`, server.app.url).toString());
    const panel = page.getByRole('region', { name: 'Excel で入力する' });
    await panel.getByLabel('対象の課').selectOption({ label: '環境課' });
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '入力シートをダウンロード' }).click()]);
    expect(download.suggestedFilename()).toContain('環境課');
    await panel.getByLabel('対象の課').selectOption({ label: '全課' });
    const [all] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '入力シートをダウンロード' }).click()]);
    expect(all.suggestedFilename()).toContain('全課');
    expect(await graveViolations(page)).toEqual([]);
    await photograph(page, SHOTS, 'workbook-board');
  });
});
