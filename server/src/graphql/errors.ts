import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  CONFLICT: 'CONFLICT',
  INVALID_STATE: 'INVALID_STATE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" does not exist`, { extensions: { code: ErrorCode.NOT_FOUND, entity: what, id } });
  }
}

/** Not signed in, a session that expired, or credentials that do not match (never saying which part). */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string, reason: 'SIGNED_OUT' | 'SESSION_EXPIRED' | 'BAD_CREDENTIALS') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, reason } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class TooManyAttemptsError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`Too many failed sign-ins: try again in ${retryAfterSeconds} s`, {
      extensions: { code: ErrorCode.TOO_MANY_ATTEMPTS, retryAfterSeconds },
    });
  }
}

/** Someone else changed the record since it was read: carries the current record, nothing was written. */
export class ConflictError extends GraphQLError {
  constructor(what: string, current: Record<string, unknown> | null) {
    super(`${what} was changed by someone else since you opened it: review the current value and save again`, {
      extensions: { code: ErrorCode.CONFLICT, current },
    });
  }
}

/** The write does not fit where the record or its cycle stands (e.g. a closed cycle). */
export class InvalidStateError extends GraphQLError {
  constructor(message: string, state?: string) {
    super(message, { extensions: { code: ErrorCode.INVALID_STATE, state } });
  }
}

export class BadInputError extends GraphQLError {
  constructor(message: string, field: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row, and must not reach SQL as a cast error. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

const exposedCodes = new Set<string>([
  ErrorCode.NOT_FOUND,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.TOO_MANY_ATTEMPTS,
  ErrorCode.CONFLICT,
  ErrorCode.INVALID_STATE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Expected errors reach the client as they are; anything else is logged and shown as a generic error. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && exposedCodes.has(code)) return formatted;
  console.error('Unexpected error while serving GraphQL:', error);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
