import type { Request, Response } from 'express';
import { SESSION_TTL_MS } from './auth.service.js';

export const SESSION_COOKIE = 'kaizen_session';
/** Marks a browser where an account signed in (see DeviceTrust): it says nothing without the server's key. */
export const DEVICE_COOKIE = 'kaizen_device';
const DEVICE_TTL_MS = 180 * 24 * 60 * 60 * 1000;

export type SessionCookie = {
  token: string | undefined;
  set(token: string): void;
  clear(): void;
  /** The device cookie, over HTTP only (the WebSocket signs nobody in). */
  device?: { value: string | undefined; set(value: string): void };
};

/** The session cookie of one request: HttpOnly so scripts never see it, SameSite against cross-site posts. */
export function sessionCookie(req: Request, res: Response, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  const cookies = req.cookies as Record<string, string> | undefined;
  return {
    token: cookies?.[SESSION_COOKIE],
    set: (token) => res.cookie(SESSION_COOKIE, token, { ...options, maxAge: SESSION_TTL_MS }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
    device: {
      value: cookies?.[DEVICE_COOKIE],
      set: (value) => res.cookie(DEVICE_COOKIE, value, { ...options, path: '/graphql', maxAge: DEVICE_TTL_MS }),
    },
  };
}
