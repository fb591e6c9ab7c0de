import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyAttemptsError } from '../../graphql/errors.js';

/** A point taken for one attempt, before its password is checked. */
export type TakenPoint = { key: string; res: RateLimiterRes };

/**
 * Failures of one kind per key (an account, an address, an account from an address): at most
 * `points` attempts within the window. The point is taken before the slow password check, so
 * concurrent guesses cannot all slip through; a success gives it back. The failure that uses the
 * last point locks the key for a delay that doubles with each lockout of the day.
 */
export class FailureCount {
  private readonly attempts: RateLimiterMemory;
  private readonly lockouts = new RateLimiterMemory({ points: 10_000, duration: 24 * 60 * 60 });

  constructor(
    readonly points: number,
    windowSeconds: number,
    private readonly firstDelaySeconds: number,
    private readonly maxDelaySeconds: number,
  ) {
    this.attempts = new RateLimiterMemory({ points, duration: windowSeconds });
  }

  /** Takes one attempt for `key`; throws TOO_MANY_ATTEMPTS when none is left. */
  async take(key: string): Promise<TakenPoint> {
    try {
      return { key, res: await this.attempts.consume(key) };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new TooManyAttemptsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }

  /** The attempt was not a guess that failed (it succeeded, or was refused for another reason). */
  async giveBack(point: TakenPoint): Promise<void> {
    await this.attempts.reward(point.key, 1);
  }

  /** Forgets the key's failures: a success proves the one at this key knows the password. */
  async clear(key: string): Promise<void> {
    await this.attempts.delete(key);
  }

  /** The attempt failed: when it used the last point, the key is locked out. */
  async failed(point: TakenPoint): Promise<void> {
    if (point.res.remainingPoints > 0) return;
    const lockout = (await this.lockouts.consume(point.key)).consumedPoints;
    await this.attempts.block(point.key, Math.min(this.firstDelaySeconds * 2 ** (lockout - 1), this.maxDelaySeconds));
  }
}
