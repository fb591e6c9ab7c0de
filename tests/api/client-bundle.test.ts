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
 * The JS of the first page, gzip. Issue 10 asks for 120 KB; this stack's libraries alone come to
 * more before a line of the app (measured from this build's source map: react-dom 62 KB, Apollo
 * Client with rxjs, optimism and graphql's printer 50 KB, i18next 15 KB, react-router 13.5 KB,
 * react 3 KB ≈ 144 KB), so 120 KB needs a decision on a library (e.g. Preact, a smaller i18n).
 * Until then this ceiling keeps what splitting won (194 KB → 167 KB) from creeping back.
 */
const FIRST_LOAD_TARGET = 120 * 1024;
const FIRST_LOAD_CEILING = 170 * 1024;

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

  it('keeps the chart library and the live socket out of the first load', () => {
    const first = firstLoad(manifest, ['src/features/plan/StrategiesPage.tsx', 'src/features/plan/StrategyPage.tsx', 'src/features/auth/SignInPage.tsx']);
    const text = [...first.keys()].map((file) => fs.readFileSync(path.join(dist, file), 'utf8')).join('\n');
    // recharts' and graphql-ws' own strings, which survive minification.
    expect(text).not.toContain('recharts-wrapper');
    expect(text).not.toContain('graphql-transport-ws');
  });
});
