import type { Role } from '../../gql/graphql';

/** Why the sign-in page was opened instead of the page asked for. */
export type SignInReason = 'expired' | 'required';

/** The sign-in page, remembering where to come back to. */
export function signInPath(next?: string, reason?: SignInReason): string {
  const params = new URLSearchParams();
  if (next && next !== '/' && !next.startsWith('/signin')) params.set('next', next);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/signin?${query}` : '/signin';
}

/** Only paths of this app: an open redirect would send a fresh session's user anywhere. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

/** Where each role starts its work. */
export function homeOf(role: Role): string {
  if (role === 'DEPARTMENT') return '/review';
  if (role === 'PLANNING' || role === 'ADMIN') return '/cycles';
  if (role === 'COUNCIL') return '/review/cycles';
  return '/';
}
