/** How long a request may wait for a connection, and run one statement, before it is told to retry (SERVICE_UNAVAILABLE). */
export type DatabaseLimits = { poolWaitMs: number; statementTimeoutMs: number };

/**
 * PGlite ignores the statement timeout (WebAssembly has no timers to cancel with): there, the
 * operation cost limits bound the work, and the pool wait bounds the queue.
 */
export const DEFAULT_LIMITS: DatabaseLimits = { poolWaitMs: 10_000, statementTimeoutMs: 10_000 };
