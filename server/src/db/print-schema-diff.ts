// Dev tool: prints the SQL that would bring DATABASE_URL's schema in line with the entities,
// to write a migration from. Usage: DATABASE_URL=… tsx server/src/db/print-schema-diff.ts
import 'reflect-metadata';
import { createDataSource } from './database.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a database migrated up to the current head.');
const dataSource = createDataSource(url);
await dataSource.initialize();
await dataSource.runMigrations();
const sql = await dataSource.driver.createSchemaBuilder().log();
for (const q of sql.upQueries) console.log(`await queryRunner.query(\`${q.query}\`);`);
console.log('--- down');
for (const q of sql.downQueries.reverse()) console.log(`await queryRunner.query(\`${q.query}\`);`);
await dataSource.destroy();
