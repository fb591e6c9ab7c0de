import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';

// A build of its own: rebuilding client/dist would pull it from under the browser tests running alongside.
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'kaizen-client-'));

type Chunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type Manifest = Record<string, Chunk>;

/**
 * The JS of the first page, gzip. Issue 10 asks for 120 KB; this build reaches 137 KB (194 → 167 KB by
 * splitting, → 137 KB by a 1 KB i18n in place of i18next and react-i18next (17 KB), the other pages'
 * strings out of the entry, the entry in one file, rxjs's ES2015 build). What remains, measured
 * from this build's source map for `/`: react-dom 63.3 KB, react + scheduler 3.6 KB, Apollo Client
 * 34.8 KB with rxjs 6.6 KB, optimism and @wry 3.3 KB and graphql's printer and visitor 4.4 KB,
 * react-router 12 KB — 128 KB of libraries before the app's own 5.6 KB and its strings and
 * documents 3.1 KB. React and Apollo alone are 116 KB, so even a 3 KB router in place of
 * react-router (about 128 KB in all) would not reach 120 KB. This ceiling keeps what was won (137 KB,
 * plus the routes added since: each lazy page adds its import and its preload list to the entry;
 * the four plan-revision pages and their menu entry, declared from one chunk, 0.4 KB; the three
 * published-results pages, from one chunk too, and the plan page's link to them, 0.3 KB).
 */
const FIRST_LOAD_TARGET = 120 * 1024;
const FIRST_LOAD_CEILING = 140 * 1024;

/**
 * What the browser loads for the first page: the entry, everything it imports statically (what
 * index.html preloads), and the lazy chunks of the routes a visitor lands on — `/` lists the
 * strategies and, with one strategy, goes straight on to its page; /signin is the other way in.
 */
function firstLoad(manifest: Manifest, routeSources: string[]): Map<string, number> {
  const files = new Map<string, number>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no ${key}`);
    if (files.has(chunk.file)) return;
    files.set(chunk.file, zlib.gzipSync(fs.readFileSync(path.join(dist, chunk.file))).length);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  for (const src of routeSources) visit(src);
  return files;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const total = (files: Map<string, number>) => [...files.values()].reduce((a, b) => a + b, 0);

describe('the client’s first load', () => {
  let manifest: Manifest;
  beforeAll(() => {
    // The production build as `npm run build` makes it (vitest's NODE_ENV=test would give React's development build).
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync('npm', ['run', 'build', '--workspace', 'client', '--', '--outDir', dist, '--emptyOutDir'], { cwd: repoRoot, env, stdio: 'pipe' });
    manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  }, 120_000);
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('preloads in index.html exactly the entry’s static imports', () => {
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]* href="\/([^"]+)"/g)].map((m) => m[1]).sort();
    const entry = manifest['index.html'];
    const statics = new Set<string>();
    const visit = (key: string) => {
      for (const imported of manifest[key].imports ?? []) if (!statics.has(manifest[imported].file)) (statics.add(manifest[imported].file), visit(imported));
    };
    visit('index.html');
    expect(preloaded).toEqual([...statics].sort());
    expect(html).toContain(`src="/${entry.file}"`);
  });

  for (const [page, routes] of [
    ['the plan browser (/ and the strategy it opens)', ['src/features/plan/StrategiesPage.tsx', 'src/features/plan/StrategyPage.tsx']],
    ['the sign-in page', ['src/features/auth/SignInPage.tsx']],
  ] as const) {
    it(`loads at most ${FIRST_LOAD_CEILING / 1024} KB gzip of JS for ${page} (target ${FIRST_LOAD_TARGET / 1024} KB)`, () => {
      const files = firstLoad(manifest, [...routes]);
      console.table(Object.fromEntries([...files].map(([file, size]) => [file, { gzipKB: kb(size) }])));
      console.log(`${page}: ${kb(total(files))} KB gzip in ${files.size} files`);
      expect(total(files)).toBeLessThanOrEqual(FIRST_LOAD_CEILING);
    });
  }

  it('keeps the chart library, the live socket and the other pages’ strings out of the first load', () => {
    const first = firstLoad(manifest, ['src/features/plan/StrategiesPage.tsx', 'src/features/plan/StrategyPage.tsx', 'src/features/auth/SignInPage.tsx']);
    const text = [...first.keys()].map((file) => fs.readFileSync(path.join(dist, file), 'utf8')).join('\n');
    // recharts' and graphql-ws' own strings, which survive minification.
    expect(text).not.toContain('recharts-wrapper');
    expect(text).not.toContain('graphql-transport-ws');
    // A hint of the actual's entry form (client/src/app/i18n/rest/ja.json): such strings come with the pages after the first.
    expect(text).not.toContain('全角・カンマ付きでも読み取ります');
  });
});
