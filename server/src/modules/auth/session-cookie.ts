import type { Request, Response } from 'express';
import { SESSION_TTL_MS } from './auth.service.js';

export const SESSION_COOKIE = 'kaizen_session';

export type SessionCookie = {
  token: string | undefined;
  set(token: string): void;
  clear(): void;
};

/** The session cookie of one request: HttpOnly so scripts never see it, SameSite against cross-site posts. */
export function sessionCookie(req: Request, res: Response, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    token: (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE],
    set: (token) => res.cookie(SESSION_COOKIE, token, { ...options, maxAge: SESSION_TTL_MS }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}
