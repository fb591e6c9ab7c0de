import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { LessThan, Not, type DataSource, type EntityManager } from 'typeorm';
import { UnauthenticatedError } from '../../graphql/errors.js';
import { entityQuery } from '../../db/entity-rows.js';
import { User } from '../user/user.entity.js';
import { Session } from './session.entity.js';
import { SignInLimits } from './sign-in-limits.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const BAD_CREDENTIALS = 'メールアドレスまたはパスワードが正しくありません / The e-mail address or password is incorrect';

/** Session and invitation tokens are stored only as this hash: a copy of the database signs no one in. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A new random secret (256 bits) and the hash to store for it. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** Starts a session for the user (in the caller's transaction, if any); returns the cookie's token. */
export async function startSession(manager: EntityManager, userId: string): Promise<string> {
  const { token, tokenHash } = newToken();
  await manager.delete(Session, { userId, expiresAt: LessThan(new Date()) });
  await manager.insert(Session, { tokenHash, userId, expiresAt: new Date(Date.now() + SESSION_TTL_MS) });
  return token;
}

/** Ends every session of the user: used when the user is disabled. Returns how many there were. */
export async function endAllSessions(manager: EntityManager, userId: string): Promise<number> {
  return (await manager.delete(Session, { userId })).affected ?? 0;
}

/** Ends the user's sessions but the one of `keepToken` (the browser that changed the password). */
export async function endOtherSessions(manager: EntityManager, userId: string, keepToken: string | undefined): Promise<number> {
  if (!keepToken) return endAllSessions(manager, userId);
  return (await manager.delete(Session, { userId, tokenHash: Not(hashToken(keepToken)) })).affected ?? 0;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** What a request's session cookie says about who is asking. */
export type SessionState = { user: User | null; expired: boolean };

export class AuthService {
  readonly limits = new SignInLimits();
  /** Unknown addresses are checked against this, so that the answer takes as long as for a real one. */
  private readonly decoyHash = argon2.hash(randomBytes(16).toString('hex'));

  constructor(private readonly dataSource: DataSource) {}

  /**
   * `deviceCookie`: the browser's device cookie, if any. Returns, besides the session, a new device
   * cookie for the browser (see SignInLimits).
   */
  async signIn(email: string, password: string, client: string, deviceCookie?: string): Promise<{ user: User; token: string; deviceCookie: string }> {
    const key = normalizeEmail(email);
    // The point is taken before the slow check: 300 concurrent guesses get 5 checks, not 300.
    const attempt = await this.limits.take(key, client, deviceCookie);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: key });
    // An invited user has no password yet: checked against the decoy too, so that timing tells nothing.
    const matches = await argon2.verify(user?.passwordHash ?? (await this.decoyHash), password);
    // A disabled user gets the same answer as a wrong password: no hint that the account exists.
    if (!user || !user.passwordHash || !matches || user.disabledAt) {
      await attempt.failed();
      throw new UnauthenticatedError(BAD_CREDENTIALS, 'BAD_CREDENTIALS');
    }
    await attempt.succeeded();
    const token = await startSession(this.dataSource.manager, user.id);
    return { user, token, deviceCookie: this.limits.devices.issue(key) };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token) await this.dataSource.getRepository(Session).delete({ tokenHash: hashToken(token) });
  }

  async resolveSession(token: string | undefined): Promise<SessionState> {
    if (!token) return { user: null, expired: false };
    // One prepared statement, with its user: every request starts with it.
    const [session] = await sessionWithUser(this.dataSource)([hashToken(token)]);
    if (!session || session.expiresAt.getTime() <= Date.now() || session.user!.disabledAt) return { user: null, expired: true };
    return { user: session.user!, expired: false };
  }
}

const sessionWithUser = (dataSource: DataSource) =>
  entityQuery(dataSource, Session, { where: 't.token_hash = $1', join: { relation: 'user', entity: User, joinColumn: 'user_id' } });

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}
