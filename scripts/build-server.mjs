// The server's production build: esbuild bundles server/src (with @kaizen/shared and the npm
// packages) into server/dist/*.js, so `node server/dist/main.js` needs neither tsx nor
// TypeScript, and loads one file instead of ~1,200 CommonJS files (start-up: ~0.75 s → ~0.4 s on PostgreSQL).
// esbuild is what tsx runs today: the same decorator transform (experimentalDecorators, no
// decorator metadata: every type-graphql and TypeORM decorator names its type, stack notes trap 4).
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Left to node_modules at run time (production dependencies): native or WebAssembly code that loads
 * files beside itself (argon2, PGlite), and pg, which TypeORM loads by name with require(): a bundled
 * copy beside it would be a second pg whose type parsers (db/database.ts) TypeORM never sees.
 */
const EXTERNAL = /^(argon2|@electric-sql\/pglite(-socket)?|pg|pg-[a-z-]+)(\/|$)/;

/** Entry points: the server, and the plan import CLI (usable in the production image too). */
const ENTRIES = { main: 'server/src/main.ts', 'plan-import': 'server/src/modules/plan-import/cli.ts' };

export async function buildServer(root) {
  const outdir = path.join(root, 'server/dist');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    // One file per entry, no shared chunks: server/src/config.ts finds the repository from its own
    // file's place (server/dist/main.js → ../..), which a chunk in a subfolder would break.
    splitting: false,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    tsconfig: 'tsconfig.json',
    // Stack traces name the .ts lines under `node --enable-source-maps`.
    sourcemap: true,
    metafile: true,
    write: false,
    logLevel: 'warning',
    // CommonJS packages inside an ES module bundle still call require() (node built-ins, optional peers).
    banner: { js: "import { createRequire as __kaizenCreateRequire } from 'node:module'; const require = __kaizenCreateRequire(import.meta.url);" },
    plugins: [
      {
        name: 'kaizen-externals',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) => (EXTERNAL.test(args.path) ? { external: true } : undefined));
        },
      },
    ],
  });
  // type-graphql, Apollo and our schema must share one graphql-js ("another module or realm").
  const graphqlInputs = Object.keys(result.metafile.inputs).filter((f) => f.includes('node_modules/graphql/'));
  const variants = new Set(graphqlInputs.map((f) => path.extname(f)));
  if (variants.size > 1) throw new Error(`the server bundle holds two builds of graphql (${[...variants].join(', ')})`);
  writeOutputs(outdir, result.outputFiles);
  return result.outputFiles.map((f) => f.path);
}

/**
 * Each file replaced by a rename, never half-written: other processes (a test run, a server being
 * started) may be reading server/dist meanwhile.
 */
function writeOutputs(outdir, files) {
  const written = new Set();
  for (const file of files) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
    written.add(file.path);
  }
  for (const name of fs.readdirSync(outdir)) {
    const file = path.join(outdir, name);
    if (!written.has(file) && /\.js(\.map)?$/.test(name)) fs.rmSync(file, { recursive: true, force: true });
  }
  fs.rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true });
}
