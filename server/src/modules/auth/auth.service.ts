import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { LessThan, type DataSource } from 'typeorm';
import { TooManyAttemptsError, UnauthenticatedError } from '../../graphql/errors.js';
import { User } from '../user/user.entity.js';
import { Session } from './session.entity.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const BAD_CREDENTIALS = 'メールアドレスまたはパスワードが正しくありません / The e-mail address or password is incorrect';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

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
    const matches = await argon2.verify(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !matches || user.disabledAt) {
      await Promise.all([this.failuresByEmail.penalty(key), this.failuresByClient.penalty(client)]);
      throw new UnauthenticatedError(BAD_CREDENTIALS, 'BAD_CREDENTIALS');
    }
    await this.failuresByEmail.delete(key);
    const token = randomBytes(32).toString('base64url');
    const sessions = this.dataSource.getRepository(Session);
    await sessions.delete({ userId: user.id, expiresAt: LessThan(new Date()) });
    await sessions.insert({ tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + SESSION_TTL_MS) });
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
