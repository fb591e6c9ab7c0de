// Builds what `npm start` serves: the server (server/dist) and the client (client/dist).
//   node scripts/build.mjs                 both, always
//   node scripts/build.mjs --if-changed    each only when its sources changed since its last build
//   node scripts/build.mjs server|client   one of them
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './build-server.mjs';
import { hashInputs, readStamp, writeStamp } from './source-hash.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.build-hash';
/** What each build reads: a change to any of these files rebuilds it. */
const COMMON = ['package-lock.json', 'shared/src', 'shared/package.json', 'scripts/build.mjs', 'scripts/source-hash.mjs'];
const TARGETS = {
  server: {
    out: 'server/dist',
    inputs: [...COMMON, 'server/src', 'server/package.json', 'tsconfig.json', 'scripts/build-server.mjs'],
    async build() {
      const files = await buildServer(root);
      return `server/dist: ${files.length} files`;
    },
  },
  client: {
    out: 'client/dist',
    inputs: [...COMMON, 'client/src', 'client/public', 'client/index.html', 'client/vite.config.ts', 'client/build', 'client/package.json', 'client/tsconfig.json'],
    async build() {
      // Vite writes client/dist and, by client/build/precompress.ts, a .br and .gz beside each file.
      execFileSync('npm', ['run', 'build', '--workspace', 'client', '--silent'], { cwd: root, stdio: 'inherit' });
      return 'client/dist';
    },
  },
};

const args = process.argv.slice(2);
const ifChanged = args.includes('--if-changed');
const names = args.filter((a) => !a.startsWith('--'));
for (const name of names.length ? names : Object.keys(TARGETS)) {
  const target = TARGETS[name];
  if (!target) throw new Error(`unknown build "${name}" (server, client)`);
  const stamp = path.join(root, target.out, STAMP);
  const hash = hashInputs(root, target.inputs);
  if (ifChanged && readStamp(stamp) === hash) continue;
  const started = performance.now();
  const what = await target.build();
  writeStamp(stamp, hash);
  console.log(`Built ${name} (${what}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
