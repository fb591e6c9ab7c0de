import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { boundEchoes } from './bounded-echo.js';
import { isUnavailable, ServiceUnavailableError } from './service-unavailable.js';

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  CONFLICT: 'CONFLICT',
  INVALID_STATE: 'INVALID_STATE',
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/**
 * What a message speaks of, in both languages: messages that reach users read "日本語 / English"
 * (the client shows them as they are).
 */
export type Bilingual = { ja: string; en: string };

const ENTITY_NAMES: Record<string, Bilingual> = {
  Actual: { ja: '実績値', en: 'actual' },
  Department: { ja: '部署', en: 'department' },
  Goal: { ja: '基本目標', en: 'goal' },
  ImprovementAction: { ja: '改善アクション', en: 'action' },
  Indicator: { ja: '指標', en: 'indicator' },
  Measure: { ja: '施策', en: 'measure' },
  MeasureReport: { ja: '施策の評価', en: 'measure report' },
  OverallJudgement: { ja: '総合評価', en: 'overall judgement' },
  PlanChange: { ja: '改訂の変更点', en: 'revision change' },
  PlanRevision: { ja: '改訂', en: 'plan revision' },
  Policy: { ja: '具体的な施策', en: 'policy' },
  Project: { ja: '主な事業', en: 'project' },
  ReviewCycle: { ja: 'レビュー', en: 'review cycle' },
  ReviewThread: { ja: '論点', en: 'thread' },
  Strategy: { ja: '総合戦略', en: 'strategy' },
  ThreadPost: { ja: '投稿', en: 'post' },
  ThreadResponse: { ja: '回答', en: 'response' },
  User: { ja: '利用者', en: 'user' },
};

/** An entity's name (`Actual`, as in the audit log and NOT_FOUND's `entity`) as messages say it. */
export function entityName(entity: string): Bilingual {
  return ENTITY_NAMES[entity] ?? { ja: entity, en: entity };
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${entityName(what).ja}「${id}」は見つかりません / ${what} "${id}" does not exist`, { extensions: { code: ErrorCode.NOT_FOUND, entity: what, id } });
  }
}

/** Not signed in, a session that expired, or credentials that do not match (never saying which part). */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string, reason: 'SIGNED_OUT' | 'SESSION_EXPIRED' | 'BAD_CREDENTIALS') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, reason } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'この操作を行う権限がありません / You are not allowed to do this') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class TooManyAttemptsError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`サインインの失敗が続いたため、${retryAfterSeconds} 秒後にもう一度お試しください / Too many failed sign-ins: try again in ${retryAfterSeconds} s`, {
      extensions: { code: ErrorCode.TOO_MANY_ATTEMPTS, retryAfterSeconds },
    });
  }
}

/**
 * The user signs in with a password someone else saw (the first-start administrator's file): until
 * they change it, nothing else is served. Refused before execution, so the answer is HTTP 403.
 */
export class PasswordChangeRequiredError extends GraphQLError {
  constructor() {
    super('続ける前にパスワードを変更してください（初期パスワードのままです） / Change your initial password before doing anything else', {
      extensions: { code: ErrorCode.PASSWORD_CHANGE_REQUIRED, http: { status: 403 } },
    });
  }
}

/** Someone else changed the record since it was read: carries the current record, nothing was written. */
export class ConflictError extends GraphQLError {
  /** `entity` as for NotFoundError (`Actual`). */
  constructor(entity: string, current: Record<string, unknown> | null) {
    const what = entityName(entity);
    super(`この${what.ja}は、開いた後にほかの人が更新しました。最新の内容を確かめてから保存し直してください / This ${what.en} was changed by someone else since you opened it: review the current value and save again`, {
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
  ErrorCode.PASSWORD_CHANGE_REQUIRED,
  ErrorCode.SERVICE_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_TOO_COSTLY',
  'PAYLOAD_TOO_LARGE',
]);

type FailedRule = { property: string; constraints?: Record<string, string>; children?: FailedRule[] };

/** The innermost field a class-validator rule failed on (`reason` of `input.reason`), as the other input errors name it. */
function failingField(errors: FailedRule[]): string | undefined {
  const first = errors[0];
  if (!first) return undefined;
  return first.children?.length ? (failingField(first.children) ?? first.property) : first.property;
}

/** Expected errors reach the client as they are; anything else is logged and shown as a generic error. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // No message or extension quotes a long argument back (a 900 kB id would return several times over).
  formatted = boundEchoes(formatted);
  const code = formatted.extensions?.code;
  // type-graphql words input-rule failures (class-validator) itself; the details stay in extensions.validationErrors.
  if (error instanceof GraphQLError && error.originalError instanceof ArgumentValidationError) {
    const field = failingField(error.originalError.extensions.validationErrors);
    return { ...formatted, message: '入力内容が条件を満たしていません / Argument Validation Error', extensions: { ...formatted.extensions, ...(field && { field }) } };
  }
  if (typeof code === 'string' && exposedCodes.has(code)) return formatted;
  if (isUnavailable(error)) {
    // Expected under load or while the database restarts: one line, no stack trace.
    console.warn(`Database unavailable while serving GraphQL (${formatted.path?.join('.') ?? 'request'}): ${(error as Error).message}`);
    return { ...new ServiceUnavailableError().toJSON(), locations: formatted.locations, path: formatted.path };
  }
  console.error('Unexpected error while serving GraphQL:', error);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
