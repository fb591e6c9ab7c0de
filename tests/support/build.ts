// vitest globalSetup: the tests spawn the compiled server and serve the built client (as `npm start`
// does), so both are rebuilt first when their sources changed — a test never runs yesterday's build;
// and on PGlite the test databases start from one migrated copy.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../server/src/config.js';
import { writePgliteTemplate } from './database.js';

export default async function setup(): Promise<void> {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), '--if-changed'], { cwd: repoRoot, stdio: 'inherit' });
  if (!process.env.DATABASE_URL) await writePgliteTemplate();
}
