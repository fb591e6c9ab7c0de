import { Role } from '@kaizen/shared';
import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import type { User } from '../modules/user/user.entity.js';
import type { Context } from './context.js';

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(roles)` one of those roles. Row-level
 * scope (a department's own rows) is checked again in the services.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const viewer = requireViewer(context);
  if (roles.length > 0 && !roles.includes(viewer.role)) throw new ForbiddenError();
  return true;
};

/** The signed-in user, or an UNAUTHENTICATED error saying whether the session expired. */
export function requireViewer(context: Pick<Context, 'viewer' | 'sessionExpired'>): User {
  if (context.viewer) return context.viewer;
  throw context.sessionExpired
    ? new UnauthenticatedError('セッションの有効期限が切れました。もう一度サインインしてください / Your session has expired: sign in again', 'SESSION_EXPIRED')
    : new UnauthenticatedError('サインインが必要です / Sign in first', 'SIGNED_OUT');
}
