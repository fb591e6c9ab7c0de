import { DeviceTrust } from './device-trust.js';
import { FailureCount, type TakenPoint } from './failure-count.js';

/**
 * How many wrong passwords a sign-in may cost, counted before the password is checked:
 * - per account from one address (or from one trusted device): 5 within 15 min, then locked
 *   15 min, 30, 60 (the delay doubles with each lockout of the day, at most 1 h);
 * - per account from everywhere else: 10 within 1 h, then 1 min, 2, 4 … at most 1 h — many
 *   addresses guessing one password;
 * - per address over all accounts: 100 within 1 h, then 1 h, 2 … at most 6 h — one address
 *   trying many accounts.
 * A browser holding the account's device cookie (it signed in there before) is counted per device
 * only: neither the address nor the account limit, filled by someone else, shuts its owner out.
 */
export const SIGN_IN_LIMITS = {
  perAccountAndClient: { points: 5, windowSeconds: 15 * 60, firstDelaySeconds: 15 * 60, maxDelaySeconds: 60 * 60 },
  perAccount: { points: 10, windowSeconds: 60 * 60, firstDelaySeconds: 60, maxDelaySeconds: 60 * 60 },
  perClient: { points: 100, windowSeconds: 60 * 60, firstDelaySeconds: 60 * 60, maxDelaySeconds: 6 * 60 * 60 },
} as const;

const count = (l: (typeof SIGN_IN_LIMITS)[keyof typeof SIGN_IN_LIMITS]) => new FailureCount(l.points, l.windowSeconds, l.firstDelaySeconds, l.maxDelaySeconds);

/** One sign-in attempt that holds its points: say how it went once the password is checked. */
export type SignInAttempt = { failed(): Promise<void>; succeeded(): Promise<void> };

export class SignInLimits {
  readonly devices = new DeviceTrust();
  private readonly perAccountAndClient = count(SIGN_IN_LIMITS.perAccountAndClient);
  private readonly perAccount = count(SIGN_IN_LIMITS.perAccount);
  private readonly perClient = count(SIGN_IN_LIMITS.perClient);

  /**
   * Takes the attempt's points, all or none (TOO_MANY_ATTEMPTS): `email` normalized, `client` the
   * address, `deviceCookie` the browser's device cookie if any.
   */
  async take(email: string, client: string, deviceCookie: string | undefined): Promise<SignInAttempt> {
    const device = this.devices.verify(deviceCookie, email);
    const counts: [FailureCount, string][] = device
      ? [[this.perAccountAndClient, `${email}\ndevice ${device}`]]
      : [
          [this.perAccountAndClient, `${email}\n${client}`],
          [this.perAccount, email],
          [this.perClient, client],
        ];
    const taken: [FailureCount, TakenPoint][] = [];
    try {
      for (const [failures, key] of counts) taken.push([failures, await failures.take(key)]);
    } catch (error) {
      await Promise.all(taken.map(([failures, point]) => failures.giveBack(point)));
      throw error;
    }
    const [[first, firstPoint], ...others] = taken;
    return {
      failed: async () => {
        await Promise.all(taken.map(([failures, point]) => failures.failed(point)));
      },
      succeeded: async () => {
        await first.clear(firstPoint.key);
        await Promise.all(others.map(([failures, point]) => failures.giveBack(point)));
      },
    };
  }
}
