import { Role } from '@kaizen/shared';
import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import type { User } from '../modules/user/user.entity.js';
import type { Context } from './context.js';

/**
 * A rule of `@Authorized` that is not a role: the field's own user, for a field of `User` (e.g.
 * `@Authorized<AuthRule>(Role.PLANNING, Role.ADMIN, SELF)` on User.email: oneself and those roles).
 */
export const SELF = 'SELF';
export type AuthRule = Role | typeof SELF;

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(rules)` one of those roles, or with SELF
 * the user the field belongs to. Row-level scope (a department's own rows) is checked again in
 * the services.
 */
export const authChecker: AuthChecker<Context, AuthRule> = ({ root, context }, rules) => {
  const viewer = context.viewer ?? ownAnswer(context, root) ?? requireViewer(context);
  if (rules.length === 0 || rules.includes(viewer.role)) return true;
  if (rules.includes(SELF) && (root as Partial<User> | undefined)?.id === viewer.id) return true;
  throw new ForbiddenError();
};

/** The user just signed in, for the fields of their own User in the answer of signing in; null for anything else. */
function ownAnswer(context: Context, root: unknown): User | null {
  const user = context.signedInNow;
  return user && (root as Partial<User> | undefined)?.id === user.id ? user : null;
}

/** The signed-in user, or an UNAUTHENTICATED error saying whether the session expired. */
export function requireViewer(context: Pick<Context, 'viewer' | 'sessionExpired'>): User {
  if (context.viewer) return context.viewer;
  throw context.sessionExpired
    ? new UnauthenticatedError('セッションの有効期限が切れました。もう一度サインインしてください / Your session has expired: sign in again', 'SESSION_EXPIRED')
    : new UnauthenticatedError('サインインが必要です / Sign in first', 'SIGNED_OUT');
}
