import { performance } from 'node:perf_hooks';
import { startApp, PortInUseError } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseError, openDatabase, type Database } from './db/database.js';
import { createFirstAdmin } from './modules/user/first-admin.js';
import { seedSampleUsers } from './modules/user/sample-users.js';
import { seedIfEmpty } from './seed.js';

const startedAt = performance.now();

async function main(): Promise<void> {
  const config = loadConfig();
  const db: Database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: `${config.dataDir}/pglite`, limits: config.databaseLimits });
  let app;
  try {
    const seeded = await seedIfEmpty(db.dataSource, config.seedPlans);
    for (const s of seeded) console.log(`Imported plan "${s.key}": ${s.goals} goals, ${s.measures} measures, ${s.kpis} KPIs (${s.kpiListings} table rows), ${s.kgis} KGIs, ${s.projects} projects`);
    const sampleUsers = config.seedUsers ? await seedSampleUsers(db.dataSource, config.seedUsers) : 0;
    if (sampleUsers > 0) console.log(`Created ${sampleUsers} sample users (README "Sample users")`);
    const adminFile = await createFirstAdmin(db.dataSource, { email: config.adminEmail, file: config.firstAdminPasswordFile });
    // The path only: the password itself never reaches a log.
    if (adminFile) console.log(`Created the administrator ${config.adminEmail}: the initial password is in ${adminFile} (readable by this OS user only); change it at the first sign-in`);
    app = await startApp({
      dataSource: db.dataSource,
      embedded: db.embedded,
      host: config.host,
      port: config.port,
      clientDist: config.clientDist,
      secureCookies: config.secureCookies,
      trustProxy: config.trustProxy,
      mail: config.mail,
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  console.log(`Kaizen Review is serving ${app.url} (GraphQL at ${app.url}graphql) on ${db.description}, started in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  // The host only: the URL may hold the SMTP password.
  console.log(config.mail ? `E-mail notifications are sent through ${new URL(config.mail.smtpUrl).host}, linking to ${config.mail.publicUrl ?? app.url}` : 'E-mail notifications are off (no SMTP_URL)');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    await app.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const expected = error instanceof ConfigError || error instanceof DatabaseError || error instanceof PortInUseError || (error as Error)?.name === 'PlanFileError';
  console.error(expected ? `Cannot start: ${(error as Error).message}` : error);
  process.exit(1);
});
