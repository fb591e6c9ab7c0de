import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors.js';

/** What a client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The database could not take the request now: no connection came free in time (the embedded
 * database has one), a statement ran past its timeout, or the server is unreachable or restarting.
 */
export class ServiceUnavailableError extends GraphQLError {
  /** `http`: the error ends the request before any operation ran (Apollo answers with that status). */
  constructor(opts: { http?: boolean } = {}) {
    const http = opts.http ? { http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } } : {};
    super(`混み合っているため処理できませんでした。${RETRY_AFTER_SECONDS} 秒ほどおいてもう一度お試しください / The server is busy: try again in ${RETRY_AFTER_SECONDS} s`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS, ...http },
    });
  }
}

/** PostgreSQL's codes for a cancelled statement, too many connections and a server going away. */
const UNAVAILABLE_SQLSTATES = new Set(['57014', '53300', '57P01', '57P02', '57P03']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT']);

/** Whether `error` (or what it wraps) says the database is busy or away, rather than a bug. */
export function isUnavailable(error: unknown): boolean {
  for (let e = error as { message?: unknown; code?: unknown; severity?: unknown; driverError?: unknown; originalError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    // FATAL ends the session: the server refused the connection (not accepting, too many, shutting down).
    if (e.severity === 'FATAL') return true;
    if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATES.has(e.code) || UNAVAILABLE_NODE_CODES.has(e.code) || e.code.startsWith('08'))) return true;
    if (e.message === 'timeout exceeded when trying to connect' || e.message === 'Connection terminated unexpectedly') return true;
    e = (e.driverError ?? e.originalError ?? e.cause) as typeof e;
  }
  return false;
}

/** Answers HTTP 503 with Retry-After when an operation's error was the database being unavailable. */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (!errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
