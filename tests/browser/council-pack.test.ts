import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { graveViolations, launchBrowser, photograph, signedInPage } from '../support/browser.js';
import { closeFY2024, FY2024_VALUES, type ClosedYear } from '../support/closed-year.js';
import { plans, sampleSessions, startTestServer, type TestServer } from '../support/server.js';

const clientDist = path.join(repoRoot, 'client/dist');
const SHOTS = path.join(repoRoot, 'tests/.artifacts/screenshots');
// The machine is shared: a cold page (its chunk, its queries, a chart a KPI) may take a while.
const SLOW = { timeout: 30_000 };

const TITLE = '令和6年度 効果検証 会議資料';
const STRATEGY = '米沢市デジタル田園都市構想総合戦略';

/** Each page's text, as pdf.js reads it from the PDF (its items joined: Japanese has no spaces to keep). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await document.destroy();
  return pages;
}

/**
 * Issue 14, part 4: the council's meeting pack of a closed FY2024 review (figures, a report, a
 * thread answered with an improvement action), reached from the review's index, passes axe at 390
 * and 1366 px, and prints from Chromium to an A4 PDF: the cover alone on page 1, a page for each
 * goal and each measure, the cycle in the running head and the page numbers in the footer, and
 * none of the site's header or the pack's buttons.
 */
describe('the council meeting pack in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let year: ClosedYear;
  let goals = 0;
  let measures = 0;
  let kpis = 0;
  const url = (p: string) => new URL(p, server.app.url).toString();
  const main = () => page.locator('main');

  beforeAll(async () => {
    if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: `npm test` builds it first (pretest)');
    server = await startTestServer({ plans: [plans.yonezawa], users: true, clientDist });
    const as = await sampleSessions(server, ['planning', 'council', 'shoko']);
    year = await closeFY2024(server, as);
    const { data } = await server.gql(`{ strategies { goals { kgis { id } measures { indicators { id } } } } }`);
    const plan = data.strategies[0].goals;
    goals = plan.length;
    measures = plan.flatMap((g: any) => g.measures).length;
    kpis = plan.flatMap((g: any) => [...g.kgis, ...g.measures.flatMap((m: any) => m.indicators)]).length;
    browser = await launchBrowser();
    page = (await signedInPage(browser, server, 'council@example.jp')).page;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens from the review’s index with every goal and measure, their figures, reports and threads, and passes axe', { timeout: 180_000 }, async () => {
    await page.goto(url(`/review/cycles/${year.fy2024.id}/measures`));
    await main().getByRole('link', { name: '会議資料（印刷・PDF）を開く' }).click();
    await page.waitForURL(new RegExp(`/review/cycles/${year.fy2024.id}/pack$`));
    await main().getByRole('heading', { level: 1, name: new RegExp(`^${STRATEGY}\\s*${TITLE}$`) }).waitFor(SLOW);
    // Printing waits for every goal's measures; then a chart for each KGI and KPI.
    await expect.poll(() => main().getByRole('button', { name: '印刷・PDFに保存' }).isEnabled(), SLOW).toBe(true);
    await expect.poll(() => main().locator('.pack-chart .recharts-wrapper > svg.recharts-surface').count(), SLOW).toBe(kpis);
    expect(await main().getByRole('heading', { level: 2, name: /^基本目標 \d/ }).count()).toBe(goals);
    expect(await main().getByRole('heading', { level: 3, name: /^施策 \d+-\d+/ }).count()).toBe(measures);
    expect(await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '市民会議レビュー' }).getAttribute('aria-current')).toBe('page');

    const measure = main().locator(`[aria-labelledby="pack-measure-${year.measureId}"]`);
    const text = (await measure.textContent())!;
    for (const shown of ['R6年度：創業セミナーを3回開催', '担い手の確保', FY2024_VALUES.accepted, FY2024_VALUES.late, 'R6年度の集計方法を教えてください', '商工会議所の調査によります', '集計方法を公表する', '創業件数は伸びた']) {
      expect(text, shown).toContain(shown);
    }
    // Submitted and never accepted still counts, as the review pages count it.
    expect(text).toContain(FY2024_VALUES.submitted);
    const table = measure.getByRole('table', { name: /重要業績評価指標/ });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['指標', '単位', '基準値', '目標値', '令和6年度 実績', '進捗率', '令和6年度の評価']);

    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await graveViolations(page), `pack at ${width} px`).toEqual([]);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth'), `pack at ${width} px`).toBeLessThanOrEqual(width);
    }
    await photograph(page, SHOTS, 'council-pack');
  });

  it('prints to an A4 PDF: the cover on page 1, a page for each goal and measure, headed and numbered, without the site’s menu', { timeout: 180_000 }, async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const started = Date.now();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(path.join(SHOTS, 'council-pack.pdf'), pdf);
    const pages = await pdfPages(pdf);
    console.log(`council pack: ${pages.length} pages, ${pdf.length} bytes, printed in ${Date.now() - started} ms`);

    // A page of its own for the cover, each goal and each measure; a long one may run on.
    expect(pages.length).toBeGreaterThanOrEqual(1 + goals + measures);
    const [cover, second] = pages;
    expect(cover).toContain(STRATEGY);
    expect(cover).toContain(TITLE);
    expect(cover).toContain('山形県米沢市');
    expect(cover).toContain('完了');
    expect(cover).toContain('目次');
    // The cover alone: the first goal starts the next page.
    expect(cover).not.toContain('KPI からの算定');
    expect(second).toContain('基本目標 1');
    // The running head names the cycle; the footer numbers the pages.
    expect(second).toMatch(new RegExp(`${STRATEGY}\\s${TITLE}`));
    expect(cover).toContain(`1 / ${pages.length}`);
    expect(pages.at(-1)).toContain(`${pages.length} / ${pages.length}`);
    // The measure's figures, report and thread are printed with it.
    const measurePage = pages.find((p) => p.includes('R6年度：創業セミナーを3回開催'));
    expect(measurePage).toBeDefined();
    expect(measurePage).toContain(FY2024_VALUES.accepted);
    // Neither the site's header and menu nor the pack's own tools are printed.
    for (const absent of ['メインメニュー', '市民会議レビュー', 'サインアウト', 'English', '印刷・PDFに保存', '本文へ移動', '施策の一覧']) {
      for (const [n, text] of pages.entries()) expect(text, `page ${n + 1}: ${absent}`).not.toContain(absent);
    }
  });
});
