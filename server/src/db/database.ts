import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../migrations/index.js';
import { DEFAULT_LIMITS, type DatabaseLimits } from './limits.js';
import { entities } from './entities.js';
import { startEmbeddedPostgres } from './pglite.js';
import { StatementCountingLogger } from './statement-counter.js';

const POOL_SIZE = 10;
/**
 * pglite-socket queues each protocol message, not each query: outside a transaction the
 * Parse/Bind/Execute of two connections interleave in PGlite's one session, and a query gets
 * another's portal or results. One connection keeps every query whole; PGlite runs one at a time anyway.
 */
const EMBEDDED_POOL_SIZE = 1;
// A `date` is a calendar day (a due date), not an instant: keep it as 'YYYY-MM-DD', free of time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type Database = {
  dataSource: DataSource;
  statementCounter: StatementCountingLogger;
  /** `PGlite (data/pglite)` or `PostgreSQL (host:port/db)`, for start-up messages. */
  description: string;
  /** PGlite in this process: nothing else can reach it, so live events need not leave the process. */
  embedded: boolean;
  /** The embedded database's data directory as a tarball (`initialData`); undefined on PostgreSQL. */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
};

export class DatabaseError extends Error {}

/** Where the database is, for messages: never the password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'an unparsable DATABASE_URL';
  }
}

export function createDataSource(url: string, logger = new StatementCountingLogger(), poolSize = POOL_SIZE, limits = DEFAULT_LIMITS): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['query'],
    logger,
    extra: {
      max: poolSize,
      // PGlite keeps its one session (and its named prepared statements, entity-rows.ts) when a
      // socket connection closes: a connection pg opened anew after 10 s idle would prepare them
      // again and fail ("prepared statement … already exists"). Its one connection stays open.
      idleTimeoutMillis: poolSize === EMBEDDED_POOL_SIZE ? 0 : 10_000,
      connectionTimeoutMillis: limits.poolWaitMs,
      statement_timeout: limits.statementTimeoutMs,
      // A transaction left open by a crashed request would hold its row locks: PostgreSQL ends it.
      idle_in_transaction_session_timeout: limits.statementTimeoutMs,
    },
  });
}

/**
 * Opens the database: the PostgreSQL of `databaseUrl`, or else an embedded PGlite kept under
 * `dataDir` (in memory when `dataDir` is undefined; from the tarball `initialData` when given), and
 * brings its schema up to date.
 */
export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; initialData?: Blob; limits?: DatabaseLimits }): Promise<Database> {
  const embedded = opts.databaseUrl ? undefined : await startEmbeddedPostgres(opts.dataDir, EMBEDDED_POOL_SIZE + 2, opts.initialData);
  const url = opts.databaseUrl ?? embedded!.url;
  const statementCounter = new StatementCountingLogger();
  const dataSource = createDataSource(url, statementCounter, embedded ? EMBEDDED_POOL_SIZE : POOL_SIZE, opts.limits);
  const description = embedded ? `PGlite (${opts.dataDir ?? 'in memory'})` : `PostgreSQL (${describeUrl(url)})`;
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseError(`Cannot open the database ${description}: ${reason || (error as { code?: string }).code}`);
  }
  return {
    dataSource,
    statementCounter,
    description,
    embedded: embedded !== undefined,
    dumpDataDir: embedded?.dumpDataDir,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
