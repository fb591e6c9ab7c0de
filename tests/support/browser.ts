import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from '../../server/src/config.js';
import type { ApiSession, TestServer } from './server.js';

/** Debian's Chromium (or CHROMIUM_PATH), headless, with nothing reaching the network by itself. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

// Evaluated rather than added as a <script>: the page's CSP (script-src 'self') rightly refuses inline scripts.
const axeSource = fs.readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };

/** axe-core's critical and serious findings on the page as it stands, as `rule: selectors`. */
export async function graveViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate<AxeResult>('axe.run(document, { resultTypes: ["violations"] })');
  return result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Full-page screenshots at a phone's, a tablet's and a laptop's width, to be looked at; the viewport is put back. */
export async function photograph(page: Page, dir: string, name: string): Promise<void> {
  const before = page.viewportSize();
  fs.mkdirSync(dir, { recursive: true });
  for (const width of [390, 1024, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

/** A page of its own browser context, signed in as `email` through the API (its session cookie set), in Japanese at a laptop's width. */
export async function signedInPage(browser: Browser, server: TestServer, email: string): Promise<{ context: BrowserContext; page: Page; session: ApiSession }> {
  const session = server.session();
  await session.signIn(email);
  const [name, value] = session.cookie!.split(/=(.*)/s);
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name, value, url: server.app.url }]);
  return { context, page: await context.newPage(), session };
}
