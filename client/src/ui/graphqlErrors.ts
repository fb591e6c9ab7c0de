import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** The first GraphQL error of a failed operation, with its extensions (code, field, current…). */
export type GraphQLErrorInfo = {
  code: string | undefined;
  message: string;
  extensions: Record<string, unknown>;
};

export function firstGraphQLError(error: unknown): GraphQLErrorInfo | null {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) return null;
  const [first] = error.errors;
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  return { code: typeof extensions.code === 'string' ? extensions.code : undefined, message: first.message, extensions };
}

export function errorCode(error: unknown): string | undefined {
  return firstGraphQLError(error)?.code;
}

/** No answer from the server at all (offline, server down), as opposed to an answer that refuses. */
export function isNetworkError(error: unknown): boolean {
  return !!error && !CombinedGraphQLErrors.is(error) && !ServerError.is(error);
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** A refused operation in the user's language, by its code; the server's wording follows as detail. */
export function errorMessage(error: unknown, t: T): string {
  const info = firstGraphQLError(error);
  if (!info) return t('common.networkError');
  switch (info.code) {
    case 'FORBIDDEN':
      return t('common.forbidden');
    case 'INVALID_STATE':
      return t('common.invalidState', { detail: info.message });
    case 'BAD_USER_INPUT':
      return t('common.badInput', { detail: info.message });
    case 'CONFLICT':
      return t('common.conflict');
    case 'NOT_FOUND':
      return t('common.gone');
    case 'UNAUTHENTICATED':
      return t('common.signInAgain');
    default:
      return t('common.unexpected');
  }
}
