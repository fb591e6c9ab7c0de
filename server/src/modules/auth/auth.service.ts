import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { LessThan, type DataSource, type EntityManager } from 'typeorm';
import { TooManyAttemptsError, UnauthenticatedError } from '../../graphql/errors.js';
import { User } from '../user/user.entity.js';
import { Session } from './session.entity.js';

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

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** What a request's session cookie says about who is asking. */
export type SessionState = { user: User | null; expired: boolean };

export class AuthService {
  /** Failed sign-ins per e-mail address, and per client address, within 15 minutes. */
  private readonly failuresByEmail = new RateLimiterMemory({ points: 5, duration: 15 * 60 });
  private readonly failuresByClient = new RateLimiterMemory({ points: 30, duration: 15 * 60 });
  /** Unknown addresses are checked against this, so that the answer takes as long as for a real one. */
  private readonly decoyHash = argon2.hash(randomBytes(16).toString('hex'));

  constructor(private readonly dataSource: DataSource) {}

  async signIn(email: string, password: string, client: string): Promise<{ user: User; token: string }> {
    const key = normalizeEmail(email);
    await this.refuseWhenLimited(key, client);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: key });
    // An invited user has no password yet: checked against the decoy too, so that timing tells nothing.
    const matches = await argon2.verify(user?.passwordHash ?? (await this.decoyHash), password);
    // A disabled user gets the same answer as a wrong password: no hint that the account exists.
    if (!user || !user.passwordHash || !matches || user.disabledAt) {
      await Promise.all([this.failuresByEmail.penalty(key), this.failuresByClient.penalty(client)]);
      throw new UnauthenticatedError(BAD_CREDENTIALS, 'BAD_CREDENTIALS');
    }
    await this.failuresByEmail.delete(key);
    const token = await startSession(this.dataSource.manager, user.id);
    return { user, token };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token) await this.dataSource.getRepository(Session).delete({ tokenHash: hashToken(token) });
  }

  async resolveSession(token: string | undefined): Promise<SessionState> {
    if (!token) return { user: null, expired: false };
    const session = await this.dataSource.getRepository(Session).findOne({ where: { tokenHash: hashToken(token) }, relations: { user: true } });
    if (!session || session.expiresAt.getTime() <= Date.now() || session.user!.disabledAt) return { user: null, expired: true };
    return { user: session.user!, expired: false };
  }

  private async refuseWhenLimited(email: string, client: string): Promise<void> {
    const [byEmail, byClient] = await Promise.all([this.failuresByEmail.get(email), this.failuresByClient.get(client)]);
    const blocked = [
      [byEmail, this.failuresByEmail.points],
      [byClient, this.failuresByClient.points],
    ].find(([res, points]) => res instanceof RateLimiterRes && res.consumedPoints >= (points as number)) as [RateLimiterRes, number] | undefined;
    if (blocked) throw new TooManyAttemptsError(Math.ceil(blocked[0].msBeforeNext / 1000));
  }
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password);
}
