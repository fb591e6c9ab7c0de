import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { EntitySubscriberInterface, InsertEvent, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity.js';

const CHANNEL = 'kaizen_activity';
/** How the listening connection shows in pg_stat_activity. */
export const LISTENER_NAME = 'kaizen-activity-listener';
/** Wakes every listener: after a lost connection nobody knows which cycles changed meanwhile. */
const EVERY_CYCLE = '*';

/** The key a plan revision's writes (its own, and its council comments) are signalled under, beside the cycles'. */
export const revisionKey = (revisionId: string) => `revision:${revisionId}`;

/** What an audit entry wakes: its review cycle's feed, or the revision it is about (a draft's edits, its comments). */
function keyOf(entry: AuditEntry): string | null {
  if (entry.cycleId) return entry.cycleId;
  if (entry.entityType === 'PlanRevision') return revisionKey(entry.entityId);
  const revisionId = (entry.after as { revisionId?: unknown } | null)?.revisionId;
  return typeof revisionId === 'string' ? revisionKey(revisionId) : null;
}

/**
 * Tells the listeners of a review cycle that its part of the audit log grew, once the write has
 * committed. It only signals; the feed reads the entries themselves, so a missed or doubled signal
 * costs a query, never an event.
 */
export abstract class ActivityBus implements EntitySubscriberInterface<AuditEntry> {
  private readonly listeners = new EventEmitter().setMaxListeners(0);

  listenTo() {
    return AuditEntry;
  }

  abstract afterInsert(event: InsertEvent<AuditEntry>): Promise<void> | void;

  /** Calls `onChange` whenever the cycle (or, by `revisionKey`, the revision) may have new entries; returns the way to stop. */
  listen(key: string, onChange: () => void): () => void {
    this.listeners.on(key, onChange);
    this.listeners.on(EVERY_CYCLE, onChange);
    return () => {
      this.listeners.off(key, onChange);
      this.listeners.off(EVERY_CYCLE, onChange);
    };
  }

  protected signal(key: string): void {
    this.listeners.emit(key);
  }

  protected signalEveryCycle(): void {
    this.listeners.emit(EVERY_CYCLE);
  }

  async close(): Promise<void> {
    this.listeners.removeAllListeners();
  }
}

/**
 * PostgreSQL: NOTIFY inside the writing transaction, which PostgreSQL delivers on commit to every
 * server process LISTENing on the same database, this one included.
 */
export class PostgresActivityBus extends ActivityBus {
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly url: string) {
    super();
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: LISTENER_NAME });
    client.on('notification', (message) => message.payload && this.signal(message.payload));
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  private reconnect(lost: pg.Client): void {
    if (this.closed || this.client !== lost) return;
    this.client = null;
    void lost.end().catch(() => undefined);
    const attempt = () => {
      this.retry = null;
      this.start().then(
        () => this.signalEveryCycle(),
        () => {
          if (!this.closed) this.retry = setTimeout(attempt, 1000);
        },
      );
    };
    this.retry = setTimeout(attempt, 200);
  }

  async afterInsert(event: InsertEvent<AuditEntry>): Promise<void> {
    const key = keyOf(event.entity);
    if (key) await event.queryRunner.query('SELECT pg_notify($1, $2)', [CHANNEL, key]);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
    await super.close();
  }
}

type PendingCycles = { activityCycles?: Set<string> };

/**
 * The embedded PGlite serves one process only: signals stay in memory, sent when the writing
 * transaction commits (and dropped if it rolls back).
 */
export class InProcessActivityBus extends ActivityBus {
  afterInsert(event: InsertEvent<AuditEntry>): void {
    const key = keyOf(event.entity);
    if (!key) return;
    if (!event.queryRunner.isTransactionActive) return this.signal(key);
    const pending = event.queryRunner.data as PendingCycles;
    (pending.activityCycles ??= new Set()).add(key);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    for (const cycleId of this.takePending(event.queryRunner)) this.signal(cycleId);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.takePending(event.queryRunner);
  }

  /** The cycles the outermost transaction wrote to, once it has ended (a savepoint is not the end). */
  private takePending(queryRunner: QueryRunner): Set<string> {
    const pending = queryRunner.data as PendingCycles;
    if (queryRunner.isTransactionActive || !pending.activityCycles) return new Set();
    const cycles = pending.activityCycles;
    delete pending.activityCycles;
    return cycles;
  }
}
