import type http from 'node:http';
import { parse as parseCookie } from 'cookie';
import { SESSION_COOKIE } from '../auth/session-cookie.js';

/** Sockets one session may hold open (one per tab; a second window of the same tabs fits too). */
export const SOCKETS_PER_SESSION = 20;
/** Sockets without a session cookie per client address: they only ever get UNAUTHENTICATED. */
export const ANONYMOUS_SOCKETS_PER_ADDRESS = 20;
/** Subscriptions one socket may hold (a page follows one or two cycles). */
export const SUBSCRIPTIONS_PER_SOCKET = 10;
/** The largest message a client may send: a subscription document and its variables fit many times over. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
/** graphql-ws closes a socket that has not said connection_init by then (4408). */
export const CONNECTION_INIT_TIMEOUT_MS = 3000;

export type Refusal = { status: 403 | 429; message: string };

/**
 * Why a browser's upgrade must not go ahead, or null. The session cookie goes with a WebSocket
 * opened by any page, so an Origin must name this very host: a foreign one, `null` (a sandboxed
 * iframe, a file), or one that is not an http(s) URL is refused with 403. No Origin at all is a
 * client that is not a browser (browsers always send it on a WebSocket): it is allowed, since the
 * cookie, not the origin, signs a user in, and no page can make a browser leave it out.
 */
export function originRefusal(origin: string | undefined, host: string | undefined): Refusal | null {
  if (origin === undefined) return null;
  let url: URL | null = null;
  try {
    url = new URL(origin);
  } catch {
    // `null`, an empty or garbled header: not an origin this server serves.
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && host !== undefined && url.host === host.toLowerCase()) return null;
  return { status: 403, message: '別のオリジンのページからは接続できません / Refused: the page is not of this site' };
}

/** The session cookie of an upgrade request, if any (whether it still signs anyone in is checked later). */
export function sessionTokenOf(req: http.IncomingMessage): string | undefined {
  return parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE] || undefined;
}

export const TOO_MANY_SOCKETS: Refusal = { status: 429, message: '接続が多すぎます。ほかのタブを閉じてください / Too many open connections: close other tabs' };
