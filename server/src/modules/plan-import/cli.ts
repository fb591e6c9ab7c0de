// Imports plan files: npm run import -- plans/yonezawa.yaml [more.yaml …]
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { importPlanFile } from './plan-import.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run import -- <plan.yaml> [more.yaml …]');
  process.exit(2);
}
const config = loadConfig();
let exitCode = 0;
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: `${config.dataDir}/pglite` }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
try {
  for (const file of files) {
    const { proposal, ...summary } = await importPlanFile(db.dataSource, file);
    if (!proposal) console.log(`${file}: imported into ${db.description}`, summary);
    else if (!proposal.revisionId) console.log(`${file}: the plan in ${db.description} already says what the file says; nothing to propose`);
    else console.log(`${file}: ${proposal.changes} differences proposed as a draft revision (改訂案) in ${db.description}: review, give reasons and adopt it in the client`);
    for (const line of proposal?.notProposed ?? []) console.log(`  not proposed (make it by hand): ${line}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.close();
}
process.exit(exitCode);
